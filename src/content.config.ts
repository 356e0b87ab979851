// The policies collection: one MDX file per policy, frontmatter = PolicyRecord.
// LUOSHI_CONTENT overrides the directory (fixtures, benchmarks, tests).
// The loader (src/content/policy-loader.ts) validates each file's frontmatter with
// the one policy schema (as `luoshi check` does) and renders its body to HTML; Astro's store keeps an index entry per
// policy (slug, title) and src/load/policies.ts reads the records and bodies from
// the policy cache (src/content/policy-cache.ts says why).
import { defineCollection } from 'astro:content';
import { policyIndexSchema, policyLoader } from './content/policy-loader.ts';

export const contentDir = process.env.LUOSHI_CONTENT || 'content/policies';

const policies = defineCollection({
  // The id is the file name (ASCII by construction); the loader checks it equals `slug`.
  loader: policyLoader({ base: contentDir }),
  schema: policyIndexSchema,
});

export const collections = { policies };

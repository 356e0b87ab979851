// The policies collection: one MDX file per policy, frontmatter = PolicyRecord.
// LUOSHI_CONTENT overrides the directory (fixtures, benchmarks, tests).
// The loader validates the frontmatter with this schema and renders the body to HTML
// at load time (src/content/policy-loader.ts); pages show `entry.rendered.html`.
import { defineCollection } from 'astro:content';
import { policyLoader } from './content/policy-loader.ts';
import { policySchema } from './content/policy-schema.ts';

export const contentDir = process.env.LUOSHI_CONTENT || 'content/policies';

export { policySchema };

const policies = defineCollection({
  // The id is the file name (ASCII by construction); load-policies.ts checks it equals `slug`.
  loader: policyLoader({ base: contentDir }),
  schema: policySchema,
});

export const collections = { policies };

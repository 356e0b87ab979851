// The policies collection: one MDX file per policy, frontmatter = PolicyRecord.
// LUOSHI_CONTENT overrides the directory (fixtures, benchmarks, tests).
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { record } from './schema/record.ts';

export const contentDir = process.env.LUOSHI_CONTENT || 'content/policies';

export const policySchema = record.extend({
  /** Written by the ingest pipeline: which version produced the file, and a hash of its input. */
  generated: z.object({ by: z.string(), hash: z.string() }).optional(),
});

const policies = defineCollection({
  loader: glob({
    pattern: '**/*.mdx',
    base: contentDir,
    // The id is the file name (ASCII by construction); load-policies.ts checks it equals `slug`.
    generateId: ({ entry }) => entry.replace(/\.mdx$/, '').split('/').pop() ?? entry,
  }),
  schema: policySchema,
});

export const collections = { policies };

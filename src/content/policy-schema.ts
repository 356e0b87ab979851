// The schema of a policy file's frontmatter: the record, plus the ingest stamp.
// Apart from src/content.config.ts so that code and tests outside Astro can use it.
import { z } from 'astro/zod';
import { record } from '../schema/record.ts';

export const policySchema = record.extend({
  /** Written by the ingest pipeline: which version produced the file, and a hash of its input. */
  generated: z.object({ by: z.string(), hash: z.string() }).optional(),
});

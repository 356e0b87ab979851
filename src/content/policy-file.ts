// One policy file → its validated record and rendered body, written to the policy
// cache. Used by the content loader on its own thread and by its worker threads
// (policy-worker.ts), so it imports nothing from Astro but its Zod (a plain module).
// The file is read as `luoshi check` reads it (policy-files.ts): the pipeline's YAML
// rules (an unquoted 2025-01-01 is a Date, which the schema rejects, as in Astro's own
// frontmatter parser) and the one frontmatter schema.
import { z } from 'astro/zod';
import { policyFrontmatter } from '../pipeline/mdx/frontmatter.ts';
import { asProblem, ProblemError } from '../problems/problem.ts';
import type { PolicyRecord } from '../schema/record.ts';
import { renderPolicyBody, rendererFingerprint } from './policy-body.ts';
import { writeCachedPolicy } from './policy-cache.ts';
import { readPolicyFile } from './policy-files.ts';

/** What Astro's data store keeps of a policy (the rest is in the policy cache). */
export const policyIndexSchema = z.object({ slug: z.string(), title: z.string() });
export type PolicyIndex = z.infer<typeof policyIndexSchema>;

export function policyIndex(record: PolicyRecord): PolicyIndex {
  return { slug: record.slug, title: record.meta.title };
}

/** The id of a policy file: its name without `.mdx`. */
export function policyId(file: string): string {
  return file.replace(/\.mdx$/, '').split(/[\\/]/).pop() ?? file;
}

/** Changes with the renderer and the schema: a cache made by other versions is not reused. */
export function loaderFingerprint(): string {
  return `${rendererFingerprint()}\n${JSON.stringify(z.toJSONSchema(policyFrontmatter, { unrepresentable: 'any' }))}`;
}

export interface PolicyJob {
  id: string;
  /** Relative to the project root: how errors name the file. */
  filePath: string;
  contents: string;
  digest: string;
  cacheDir: string;
}

/** Validates and renders one policy file into the cache; returns its index entry. Throws a ProblemError naming the file. */
export function loadPolicyFile(job: PolicyJob): PolicyIndex {
  let policy;
  try {
    policy = readPolicyFile(job.contents, job.filePath);
  } catch (error) {
    throw new ProblemError(asProblem(error));
  }
  const { record } = policy;
  if (record.slug !== job.id) {
    throw new ProblemError({ severity: 'error', file: job.filePath, ...policy.locate(['slug']), message: `slug "${record.slug}" must equal the file name "${job.id}.mdx"` });
  }
  const { html } = renderPolicyBody(policy.body, job.filePath, policy.bodyLine);
  writeCachedPolicy(job.cacheDir, job.id, job.digest, record, html);
  return policyIndex(record);
}

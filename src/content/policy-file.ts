// One policy file → its validated record and rendered body, written to the policy
// cache. Used by the content loader on its own thread and by its worker threads
// (policy-worker.ts), so it imports nothing from Astro but its Zod (a plain module).
import { z } from 'astro/zod';
import { renderPolicyBody, rendererFingerprint } from './policy-body.ts';
import { InputError } from '../pipeline/errors.ts';
// The pipeline's reader: YAML with the rules of Astro's frontmatter parser (js-yaml 4's
// default schema: an unquoted 2025-01-01 is a Date, which the schema rejects), as
// `luoshi check` reads it, and faster than Astro's own (js-yaml 4).
import { loadYaml } from '../pipeline/mdx/yaml.ts';
import { locateYamlPath } from '../pipeline/mdx/yaml-locate.ts';
import type { PolicyRecord } from '../schema/record.ts';
import { policySchema } from './policy-schema.ts';
import { writeCachedPolicy } from './policy-cache.ts';

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

/** A problem with a policy file; the message starts with the file (and line). */
export class PolicyFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PolicyFileError';
  }
}

// Where @astrojs/mdx found the frontmatter (@astrojs/internal-helpers/frontmatter).
const FRONTMATTER = /(?:^\uFEFF?|^\s*\n)---([\s\S]*?\n)---/;

/**
 * A policy file split as @astrojs/mdx split it: the raw and parsed YAML frontmatter,
 * and the MDX body with the frontmatter blanked out (line numbers stay the file's).
 */
export function splitPolicyFile(contents: string, file: string): { yaml: string; data: Record<string, unknown>; body: string } {
  const match = FRONTMATTER.exec(contents);
  if (!match) throw new PolicyFileError(`${file}:1: no frontmatter (a policy file starts with a --- YAML block ---)`);
  // The raw frontmatter starts with the end of the opening `---` line: its lines are the file's.
  const yaml = match[1];
  let data: unknown;
  try {
    data = loadYaml(yaml, file, 1);
  } catch (error) {
    if (error instanceof InputError) throw new PolicyFileError(error.format());
    throw error;
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) throw new PolicyFileError(`${file}:2: the frontmatter is not a YAML mapping of the record's fields`);
  const body = contents.replace(`---${yaml}---`, `   ${yaml.replace(/[^\r\n]/g, ' ')}   `);
  return { yaml, data: data as Record<string, unknown>, body };
}

/** The line of the file where the frontmatter value at `path` is written. */
function lineOf(yaml: string, path: readonly PropertyKey[]): number {
  try {
    return locateYamlPath(yaml, path).line;
  } catch {
    return 1; // the YAML parsed, so this does not happen; the field is named anyway
  }
}

/** The validated record of a policy file; errors name the file, the line and the field. */
export function validatePolicy(id: string, data: Record<string, unknown>, yaml: string, file: string): PolicyRecord {
  const result = policySchema.safeParse(data);
  if (!result.success) {
    const issues = result.error.issues
      .slice(0, 10)
      .map((issue) => `  ${file}:${lineOf(yaml, issue.path)}: ${issue.path.join('.') || '(frontmatter)'}: ${issue.message}`);
    const more = result.error.issues.length > 10 ? `\n  … and ${result.error.issues.length - 10} more` : '';
    throw new PolicyFileError(`${file}: the frontmatter does not match the policy schema:\n${issues.join('\n')}${more}`);
  }
  const record = result.data;
  if (record.slug !== id) throw new PolicyFileError(`${file}:${lineOf(yaml, ['slug'])}: slug "${record.slug}" must equal the file name "${id}.mdx"`);
  return record;
}

/** Changes with the renderer and the schema: a cache made by other versions is not reused. */
export function loaderFingerprint(): string {
  return `${rendererFingerprint()}\n${JSON.stringify(z.toJSONSchema(policySchema, { unrepresentable: 'any' }))}`;
}

export interface PolicyJob {
  id: string;
  /** Relative to the project root: how errors name the file. */
  filePath: string;
  contents: string;
  digest: string;
  cacheDir: string;
}

/** Validates and renders one policy file into the cache; returns its index entry. Throws PolicyFileError / PolicyBodyError. */
export function loadPolicyFile(job: PolicyJob): PolicyIndex {
  const { yaml, data, body } = splitPolicyFile(job.contents, job.filePath);
  const record = validatePolicy(job.id, data, yaml, job.filePath);
  const { html } = renderPolicyBody(body, job.filePath);
  writeCachedPolicy(job.cacheDir, job.id, job.digest, record, html);
  return policyIndex(record);
}

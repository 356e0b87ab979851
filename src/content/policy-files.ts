// The policy files (content/policies/*.mdx) as `luoshi check`, `luoshi data check`, publish
// and the site read them: one reader over the pipeline's (src/pipeline/mdx/read-mdx.ts), one
// frontmatter schema (policyFrontmatter), errors naming the file, the line and the field.
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { readMdx, readPolicyMdx, splitMdx, type PolicyFrontmatter } from '../pipeline/mdx/index.ts';
import { yamlLocator, type Position } from '../pipeline/mdx/yaml-locate.ts';

export interface PolicyFile {
  record: PolicyFrontmatter;
  /** The MDX after the frontmatter. */
  body: string;
  /** The line of the file the body starts on. */
  bodyLine: number;
  /** Where in the file the frontmatter value at `path` is written. */
  locate(path: readonly PropertyKey[]): Position;
}

/** Reads and validates one policy file; throws InputError naming the file, line and field. */
export function readPolicyFile(contents: string, file: string): PolicyFile {
  const { record, body } = readPolicyMdx(contents, file);
  const text = contents.replace(/^\uFEFF/, '');
  let locate: PolicyFile['locate'] | undefined;
  return {
    record,
    body,
    bodyLine: text.slice(0, text.length - body.length).split('\n').length,
    locate(path) {
      locate ??= frontmatterLocator(contents, file);
      return locate(path);
    },
  };
}

/** Where each frontmatter value of a policy file is written; the file is parsed once, on this call. */
export function frontmatterLocator(contents: string, file: string): PolicyFile['locate'] {
  const locate = yamlLocator(splitMdx(contents, file).yaml);
  return (path) => {
    // The frontmatter starts on the file's second line.
    const at = locate(path);
    return { line: at.line + 1, column: at.column };
  };
}

/** The policy files under `dir` (sub-folders included), sorted; none when it does not exist. */
export async function listPolicyFiles(dir: string): Promise<string[]> {
  if (!existsSync(dir)) return [];
  const names = await readdir(dir, { recursive: true });
  return names.filter((name) => name.endsWith('.mdx')).sort().map((name) => join(dir, name));
}

/** Every policy record under `dir`; throws on the first file that cannot be read, naming it relative to `root`. */
export async function loadPolicies(dir: string, root = process.cwd()): Promise<PolicyFrontmatter[]> {
  const files = await listPolicyFiles(dir);
  return Promise.all(files.map(async (path) => readPolicyFile(await readFile(path, 'utf8'), relative(root, path)).record));
}

/**
 * The target ids of the policies under `dir`, read without validating the rest of the
 * record; null (with the reason) when there are none or a file has no readable targets.
 */
export async function targetIdsIn(dir: string): Promise<{ ids: Set<string> | null; note: string | null }> {
  const files = await listPolicyFiles(dir);
  if (files.length === 0) return { ids: null, note: `no policies in ${dir}: milestone target ids were not checked` };
  const ids = new Set<string>();
  for (const file of files) {
    let targets: unknown;
    try {
      const { record } = readMdx(await readFile(file, 'utf8'), file);
      targets = record !== null && typeof record === 'object' && 'targets' in record ? record.targets : undefined;
    } catch {
      targets = undefined;
    }
    if (!Array.isArray(targets)) return { ids: null, note: `${file}: no readable targets in the frontmatter: milestone target ids were not checked` };
    for (const t of targets as Array<{ id?: unknown }>) if (typeof t?.id === 'string') ids.add(t.id);
  }
  return { ids, note: null };
}

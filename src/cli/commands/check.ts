// `luoshi check`: validates all content and reports problems with file and location.
import { readdir, readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import type { Command, Io } from '../command.ts';
import { buildDateOption, UsageError } from '../command.ts';
import { InputError } from '../../pipeline/errors.ts';
import { readPolicyMdx, splitMdx } from '../../pipeline/mdx/index.ts';
import { locateYamlPath } from '../../pipeline/mdx/yaml-locate.ts';
import { loadCorrections } from '../../pipeline/corrections/index.ts';
import { loadDirectory } from '../../pipeline/units/directory.ts';
import { contentPaths } from '../../ingest/paths.ts';
import { checkPolicy } from '../../ingest/check-policy.ts';
import { checkData } from '../../data/check.ts';
import { formatProblem } from '../../data/problem.ts';

const USAGE = `usage: npm run luoshi -- check

  Validates content/policies/*.mdx (frontmatter against the record schema, ids,
  links between targets, sections and units), content/corrections/*.yaml,
  data/units.yaml and the progress data (as \`luoshi data check\` does).`;

async function list(dir: string, ext: string): Promise<string[]> {
  if (!existsSync(dir)) return [];
  return (await readdir(dir)).filter((f) => f.endsWith(ext)).sort().map((f) => join(dir, f));
}

export async function checkContent(io: Io): Promise<{ errors: string[]; warnings: string[]; policies: number; targetIds: Set<string> }> {
  const paths = contentPaths(io.root);
  const errors: string[] = [];
  const warnings: string[] = [];
  const targetIds = new Set<string>();
  const rel = (p: string) => relative(io.root, p);
  const slugs = new Set<string>();
  const policies = await list(paths.policies, '.mdx');
  for (const file of policies) {
    try {
      const text = await readFile(file, 'utf8');
      const { record } = readPolicyMdx(text, rel(file));
      slugs.add(record.slug);
      for (const t of record.targets) targetIds.add(t.id);
      const { yaml } = splitMdx(text, rel(file));
      for (const issue of checkPolicy(record, basename(file), io.root)) {
        // The frontmatter starts on the file's second line.
        const at = locateYamlPath(yaml, issue.path);
        (issue.severity === 'error' ? errors : warnings).push(`${rel(file)}:${at.line + 1}:${at.column}: ${issue.message}`);
      }
    } catch (error) {
      if (error instanceof InputError) errors.push(error.format());
      else throw error;
    }
  }
  for (const file of await list(paths.corrections, '.yaml')) {
    try {
      await loadCorrections(file);
      const slug = file.slice(file.lastIndexOf('/') + 1, -'.yaml'.length);
      if (!slugs.has(slug)) warnings.push(`${rel(file)}: corrects content/policies/${slug}.mdx, which does not exist (renamed source?)`);
    } catch (error) {
      if (error instanceof InputError) errors.push(error.format());
      else throw error;
    }
  }
  try {
    await loadDirectory(io.root);
  } catch (error) {
    if (error instanceof InputError) errors.push(error.format());
    else throw error;
  }
  return { errors, warnings, policies: policies.length, targetIds };
}

export const checkCommand: Command = {
  name: 'check',
  summary: 'validate all content and data, reporting each problem with its file and location',
  usage: USAGE,
  async run(argv, io) {
    if (argv.length) throw new UsageError(`check takes no arguments (got "${argv.join(' ')}")`);
    const content = await checkContent(io);
    const data = checkData(io.root, { today: buildDateOption(), targetIds: content.targetIds });
    const dataErrors = data.problems.filter((p) => p.severity === 'error').map(formatProblem);
    const dataWarnings = data.problems.filter((p) => p.severity === 'warning').map(formatProblem);
    for (const e of [...content.errors, ...dataErrors]) io.err(`error: ${e}`);
    for (const w of [...content.warnings, ...dataWarnings]) io.err(`warning: ${w}`);
    const errors = content.errors.length + dataErrors.length;
    const warnings = content.warnings.length + dataWarnings.length;
    io.out(`check: ${content.policies} policies, ${data.observations.length} observations: ${errors} errors, ${warnings} warnings`);
    return errors ? 1 : 0;
  },
};

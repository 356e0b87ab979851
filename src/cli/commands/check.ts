// `luoshi check`: validates all content and reports problems with file and location.
import { readdir, readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Command, Io } from '../command.ts';
import { buildDateOption, UsageError } from '../command.ts';
import { listPolicyFiles, readPolicyFile } from '../../content/policy-files.ts';
import { loadCorrections } from '../../pipeline/corrections/index.ts';
import { loadDirectory } from '../../pipeline/units/directory.ts';
import { contentPaths } from '../../ingest/paths.ts';
import { checkPolicy } from '../../ingest/check-policy.ts';
import { checkData } from '../../data/check.ts';
import { asProblem, compareProblems, formatProblem, type Problem } from '../../problems/problem.ts';

const USAGE = `usage: npm run luoshi -- check

  Validates content/policies/*.mdx (frontmatter against the record schema, ids,
  links between targets, sections and units), content/corrections/*.yaml,
  data/units.yaml and the progress data (as \`luoshi data check\` does).`;

async function list(dir: string, ext: string): Promise<string[]> {
  if (!existsSync(dir)) return [];
  return (await readdir(dir))
    .filter((f) => f.endsWith(ext))
    .sort()
    .map((f) => join(dir, f));
}

/** Problems of the policy files, the corrections and the unit directory, by file and line. */
export async function checkContent(io: Io): Promise<{ problems: Problem[]; policies: number; targetIds: Set<string> }> {
  const paths = contentPaths(io.root);
  const problems: Problem[] = [];
  const targetIds = new Set<string>();
  const rel = (p: string) => relative(io.root, p);
  const slugs = new Set<string>();
  const policies = await listPolicyFiles(paths.policies);
  for (const path of policies) {
    const file = rel(path);
    try {
      const policy = readPolicyFile(await readFile(path, 'utf8'), file);
      slugs.add(policy.record.slug);
      for (const t of policy.record.targets) targetIds.add(t.id);
      problems.push(...checkPolicy(policy.record, { file, root: io.root, locate: policy.locate }));
    } catch (error) {
      problems.push(asProblem(error));
    }
  }
  for (const path of await list(paths.corrections, '.yaml')) {
    try {
      await loadCorrections(path);
      const slug = path.slice(path.lastIndexOf('/') + 1, -'.yaml'.length);
      if (!slugs.has(slug))
        problems.push({ severity: 'warning', file: rel(path), message: `corrects content/policies/${slug}.mdx, which does not exist (renamed source?)` });
    } catch (error) {
      problems.push(asProblem(error));
    }
  }
  try {
    await loadDirectory(io.root);
  } catch (error) {
    problems.push(asProblem(error));
  }
  return { problems: problems.sort(compareProblems), policies: policies.length, targetIds };
}

export const checkCommand: Command = {
  name: 'check',
  summary: 'validate all content and data, reporting each problem with its file and location',
  usage: USAGE,
  async run(argv, io) {
    if (argv.length) throw new UsageError(`check takes no arguments (got "${argv.join(' ')}")`);
    const content = await checkContent(io);
    const data = checkData(io.root, { today: buildDateOption(), targetIds: content.targetIds });
    const problems = [...content.problems, ...data.problems];
    // errors first, then warnings, then what to review, each by file and line
    for (const severity of ['error', 'warning', 'review'] as const) for (const p of problems) if (p.severity === severity) io.err(formatProblem(p));
    // data files list their first problems and count the rest: the totals come from the counts
    const count = (severity: string) => content.problems.filter((p) => p.severity === severity).length;
    const errors = count('error') + data.counts.errors;
    const warnings = count('warning') + data.counts.warnings;
    io.out(
      `check: ${content.policies} policies, ${data.observations.length} observations: ${errors} errors, ${warnings} warnings, ${count('review')} to review`,
    );
    return errors ? 1 : 0;
  },
};

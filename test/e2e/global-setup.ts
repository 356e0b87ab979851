// Builds the site once for all browser tests in a temporary copy of the repository, judged
// against a fixed date: the sample sources and three real texts (test/fixtures/real) go
// through the normal ingest (`luoshi ingest`), then `luoshi check` and `astro build`.
// Extraction of plan-level leads is being improved: when it does not yet record the lead of
// 镇康's plan, which the text states plainly (县委教育工委、县教育体育局牵头…统筹推进), the
// setup writes it into that record as a person would, so the lead journeys have one.
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { assertChromium } from './support/browser.ts';
import { astroBuild, BUILD_DATE, copyRepo, removeRepo, ROOT, runCli, tail, type CliResult } from './support/repo.ts';

/** The plan whose lead the journeys follow, and its lead as the text states it. */
export const LEAD_PLAN = 'zhenkang-education-2023-2025';
export const LEAD_UNIT = '县教育体育局';

/** Sets `leads` of a policy file when extraction left it empty (a YAML flow list, as the pipeline writes it). */
function ensureLead(file: string): void {
  const text = readFileSync(file, 'utf8');
  if (!/^leads: \[\]$/m.test(text)) return;
  writeFileSync(file, text.replace(/^leads: \[\]$/m, `leads: [${JSON.stringify(LEAD_UNIT)}]`));
}

export default async function setup(project: TestProject): Promise<() => void> {
  assertChromium();
  // For working on the tests: LUOSHI_E2E_SITE=<dir> reuses a site built with
  // LUOSHI_BUILD_DATE=2026-11-25 instead of building one.
  const reuse = process.env.LUOSHI_E2E_SITE;
  if (reuse) {
    if (!existsSync(join(reuse, 'index.html'))) throw new Error(`LUOSHI_E2E_SITE=${reuse}: no index.html there`);
    project.provide('siteDir', resolve(reuse));
    project.provide('buildMs', 0);
    return () => {};
  }
  const root = copyRepo('luoshi-e2e-site-');
  const out = join(root, 'site');
  const real = join(ROOT, 'test', 'fixtures', 'real');
  for (const name of readdirSync(real)) if (name !== 'README.md') cpSync(join(real, name), join(root, 'content', 'sources', name));
  const steps: [string, () => Promise<CliResult>][] = [
    ['luoshi ingest', () => runCli(root, ['ingest'])],
    [
      'luoshi check',
      () => {
        ensureLead(join(root, 'content', 'policies', `${LEAD_PLAN}.mdx`));
        return runCli(root, ['check']);
      },
    ],
    ['astro build', () => astroBuild(root, out)],
  ];
  let ms = 0;
  for (const [name, step] of steps) {
    const result = await step();
    ms += result.ms;
    // ingest exits 1 when some input failed: the others are built, as `luoshi build` does
    if ((result.code !== 0 && !(name === 'luoshi ingest' && result.code === 1)) || (name === 'astro build' && !existsSync(join(out, 'index.html')))) {
      removeRepo(root);
      throw new Error(
        `e2e global setup: \`${name}\` (LUOSHI_BUILD_DATE=${BUILD_DATE}) exited with ${result.code}:\n${tail(result.stdout + '\n' + result.stderr)}`,
      );
    }
  }
  const result = { ms };
  console.log(
    `e2e: site built from the samples and test/fixtures/real in ${(result.ms / 1000).toFixed(1)} s (luoshi ingest, check, astro build; LUOSHI_BUILD_DATE=${BUILD_DATE})`,
  );
  project.provide('siteDir', out);
  project.provide('buildMs', result.ms);
  return () => removeRepo(root);
}

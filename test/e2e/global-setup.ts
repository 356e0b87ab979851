// Builds the site once for all browser tests in a temporary copy of the repository, judged
// against a fixed date: the sample sources and three real texts of test/fixtures/corpus-real go
// through the normal ingest (`luoshi ingest`), then `luoshi check` and `astro build`.
import { cpSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { assertChromium } from './support/browser.ts';
import { astroBuild, BUILD_DATE, copyRepo, removeRepo, ROOT, runCli, tail, type CliResult } from './support/repo.ts';

/**
 * The real texts beside the samples, named without their corpus number (the slug the tests
 * use): a national plan with per-measure units （…负责）, a work report (a review, then the
 * year's targets), a district plan with dated targets.
 */
const REAL_TEXTS = [
  '03-national-employment-promotion-opinions-2018.html',
  '07-provincial-guizhou-government-work-report-2021.txt',
  '18-county-changping-school-arts-education-opinions-2018.txt',
];

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
  const corpus = join(ROOT, 'test', 'fixtures', 'corpus-real');
  for (const name of REAL_TEXTS) cpSync(join(corpus, name), join(root, 'content', 'sources', name.replace(/^\d+-/, '')));
  const steps: [string, () => Promise<CliResult>][] = [
    ['luoshi ingest', () => runCli(root, ['ingest'])],
    ['luoshi check', () => runCli(root, ['check'])],
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
    `e2e: site built from the samples and three real texts in ${(result.ms / 1000).toFixed(1)} s (luoshi ingest, check, astro build; LUOSHI_BUILD_DATE=${BUILD_DATE})`,
  );
  project.provide('siteDir', out);
  project.provide('buildMs', result.ms);
  return () => removeRepo(root);
}

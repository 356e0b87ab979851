// Builds the site once for all browser tests: the CLI build path
// (`node scripts/luoshi.ts build --out <tmp>`) in a temporary copy of the
// repository, from the sample content, judged against a fixed date.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { assertChromium } from './support/browser.ts';
import { BUILD_DATE, copyRepo, removeRepo, runCli, tail } from './support/repo.ts';

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
  const result = await runCli(root, ['build', '--out', out]);
  if (result.code !== 0 || !existsSync(join(out, 'index.html'))) {
    removeRepo(root);
    throw new Error(
      `e2e global setup: \`luoshi build --out\` (LUOSHI_BUILD_DATE=${BUILD_DATE}) exited with ${result.code}:\n${tail(result.stdout + '\n' + result.stderr)}`,
    );
  }
  console.log(`e2e: site built from the sample content in ${(result.ms / 1000).toFixed(1)} s (luoshi build --out, LUOSHI_BUILD_DATE=${BUILD_DATE})`);
  project.provide('siteDir', out);
  project.provide('buildMs', result.ms);
  return () => removeRepo(root);
}

// Progress data for the tests: the real sample policies (content/policies) with the real
// progress data (data/), and the hand-written fixtures (test/site/fixtures) with their
// synthetic data, which reach every status. Built the way src/load/progress.ts builds them.
import { join } from 'node:path';
import { loadPolicies } from '../../src/content/policy-files.ts';
import { checkData } from '../../src/data/check.ts';
import { buildSite } from '../../src/site/site-data.ts';
import { buildProgress } from '../../src/progress/build.ts';
import type { PolicyRecord } from '../../src/schema/record.ts';
import { readFixtures, TODAY } from './policy-fixtures.ts';

export const REPO = join(import.meta.dirname, '..', '..');
export const FIXTURE_ROOT = join(REPO, 'test', 'site', 'fixtures');

export function progressFor(records: PolicyRecord[], root: string, today = TODAY) {
  const site = buildSite(records, today);
  const data = checkData(root, { today });
  if (!data.catalogue || !data.regions) throw new Error(`no catalogue under ${root}`);
  const progress = buildProgress(site, { ...data, catalogue: data.catalogue, regions: data.regions });
  return { site, data, progress, catalogue: data.catalogue, regions: data.regions };
}

/** The real sample: content/policies and data/. */
export async function realProgress(today = TODAY) {
  return progressFor(await loadPolicies(join(REPO, 'content', 'policies'), REPO), REPO, today);
}

/** The fixtures: test/site/fixtures/policies and test/site/fixtures/data (synthetic figures). */
export function fixtureProgress(today = TODAY) {
  return progressFor(readFixtures(), FIXTURE_ROOT, today);
}

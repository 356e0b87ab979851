// Files far larger than people write by hand, generated here: every check is linear, and a
// file of bad rows lists its first problems rather than all of them. Times are measured by
// `npm run bench:data`, not asserted.
import { describe, expect, it } from 'vitest';
import { readRegionList } from '../../src/data/catalogue.ts';
import { checkData } from '../../src/data/check.ts';
import { PROGRESS_HEADER, REPO, TODAY, makeRoot } from './helpers.ts';

const X = 'data/progress/x.csv';
const REGIONS = readRegionList(REPO).regions!.regions.map((r) => r.id);

/** A progress file of `rows` (too many to pass as arguments). */
const table = (rows: string[]): string => `${PROGRESS_HEADER}\n${rows.join('\n')}\n`;

/** Row `i`'s region and day: every row its own observation, the days from 1950-01-01 on. */
function at(i: number): { region: string; day: string } {
  const day = new Date(Date.UTC(1950, 0, 1 + Math.floor(i / REGIONS.length)));
  return { region: REGIONS[i % REGIONS.length], day: day.toISOString().slice(0, 10) };
}

describe('large files', () => {
  it('reads 150,000 rows: more than an array spread into push(...) can take', () => {
    // values move by 0.1 a day within each region's series, and fall back by 9.9: no jump warnings
    const rows = Array.from(
      { length: 150_000 },
      (_, i) => `学前教育毛入园率,${at(i).region},${at(i).day},${(60 + (Math.floor(i / REGIONS.length) % 100) / 10).toFixed(1)},%,教育部公报,,`,
    );
    const result = checkData(makeRoot({ [X]: table(rows) }), { today: TODAY });
    expect(result.problems).toEqual([]);
    expect(result.observations).toHaveLength(150_000);
    expect(result.observations.at(-1)).toMatchObject({ regionId: at(149_999).region, period: at(149_999).day, line: 150_001 });
  });

  it('40,000 bad rows: the first 100 problems listed, the rest counted in one error', () => {
    const rows = Array.from({ length: 40_000 }, (_, i) => `学前教育毛入园率,${at(i).region},${at(i).day},-${i % 90}.5,%,教育部公报,,`);
    const result = checkData(makeRoot({ [X]: table(rows) }), { today: TODAY });
    expect(result.counts).toEqual({ errors: 40_000, warnings: 0 });
    expect(result.problems).toHaveLength(101);
    expect(result.problems.slice(0, 100).map((p) => p.line)).toEqual(rows.slice(0, 100).map((_, i) => i + 2));
    expect(result.problems[100]).toMatchObject({ severity: 'error', line: 102 });
    expect(result.problems[100].message).toMatch(/^39900 more problems from here on \(39900 errors\) not listed/);
    expect(result.observations).toEqual([]);
  });
});

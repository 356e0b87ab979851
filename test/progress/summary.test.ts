import { describe, expect, it } from 'vitest';
import {
  COUNTS_PAGE,
  departmentGroups,
  missingAnchors,
  missingListedApart,
  missingPageOf,
  MISSING_LIMIT,
  policyGroups,
  progressList,
  WAITING_LIMIT,
} from '../../src/progress/summary.ts';
import { compareSeverity } from '../../src/progress/statuses.ts';
import type { QuantityEntry } from '../../src/progress/entries.ts';
import { indicatorViews } from '../../src/progress/indicator-views.ts';
import { fixtureProgress, realProgress } from '../support/progress-data.ts';

const real = await realProgress();
const fx = fixtureProgress();

describe('progress summary tables', () => {
  it('orders departments most at risk first and adds the targets without a department last', () => {
    const groups = departmentGroups(fx.site, fx.progress);
    expect(groups[0].counts.atRisk).toBeGreaterThanOrEqual(groups[1].counts.atRisk);
    for (let i = 1; i < groups.length - 1; i++) expect(groups[i - 1].counts.atRisk).toBeGreaterThanOrEqual(groups[i].counts.atRisk);
    const last = groups[groups.length - 1];
    expect(last.href).toBeNull();
    expect(last.counts.total).toBe(fx.progress.noDepartment.total);
    expect(groups.slice(0, -1).every((g) => g.href?.startsWith('/departments/'))).toBe(true);
  });

  it('has one row per policy with a status, linking to its target list', () => {
    const groups = policyGroups(real.site, real.progress);
    expect(groups.reduce((n, g) => n + g.counts.total, 0)).toBe(real.progress.totals.total);
    expect(groups.every((g) => g.href?.endsWith('#targets-heading'))).toBe(true);
  });

  it('lists every status on a small site, worst first within a policy', () => {
    const list = progressList(fx.site, fx.progress.entries);
    expect(list.atRiskOnly).toBe(false);
    expect(list.shown).toBe(fx.progress.entries.length);
    for (const g of list.groups) {
      for (let i = 1; i < g.entries.length; i++) expect(compareSeverity(g.entries[i - 1].status, g.entries[i].status)).toBeLessThanOrEqual(0);
    }
  });

  it('lists only the targets at risk on a large site, capped', () => {
    const list = progressList(fx.site, fx.progress.entries, { full: 5, atRisk: 3 });
    expect(list.atRiskOnly).toBe(true);
    expect(list.capped).toBe(true);
    expect(list.shown).toBe(3);
    const shown = list.groups.flatMap((g) => g.entries.map((e) => e.status));
    expect(shown).toContain('regressing');
    expect(shown.every((s) => ['regressing', 'overdue', 'limited-progress', 'acceleration-needed'].includes(s))).toBe(true);
  });
});

describe('the data still missing', () => {
  const row = (indicatorId: string, targets: number) => ({ indicatorId, region: `${indicatorId}-${targets}`, regionId: null, targets });

  it('puts the regions whose data would assess most targets first', () => {
    const upper = real.progress.entries.filter((e): e is QuantityEntry => e.kind === 'quantity' && e.indicatorId === 'upper-secondary-gross-enrolment');
    const copies = (region: string, n: number) => Array.from({ length: n }, (_, i) => ({ ...upper[0], id: `${region}-${i}`, region, regionId: null }));
    const views = indicatorViews([...copies('甲县', 1), ...copies('乙县', 3), ...copies('丙县', 2)], {
      policies: [],
      observations: [],
      catalogue: real.catalogue,
      regions: real.regions,
    });
    const waiting = views.find((v) => v.indicator.id === 'upper-secondary-gross-enrolment')!.waiting;
    expect(waiting.map((w) => [w.region, w.targets])).toEqual([
      ['乙县', 3],
      ['丙县', 2],
      ['甲县', 1],
    ]);
  });

  it("lists each indicator's regions most targets first, in the catalogue's order of indicators", () => {
    const missing = real.progress.missing;
    expect(missing.length).toBeGreaterThan(0);
    const order = real.progress.indicators.map((v) => v.indicator.id);
    for (let i = 1; i < missing.length; i++) {
      const [a, b] = [missing[i - 1], missing[i]];
      expect(order.indexOf(a.indicatorId)).toBeLessThanOrEqual(order.indexOf(b.indicatorId));
      if (a.indicatorId === b.indicatorId) expect(a.targets).toBeGreaterThanOrEqual(b.targets);
    }
  });

  it('has pages of its own only when a page lists less than all of it', () => {
    const view = (waiting: number) => ({ waiting: Array.from({ length: waiting }, () => ({ region: null, regionId: null, policies: [], targets: 1 })) });
    const few = Array.from({ length: MISSING_LIMIT }, (_, i) => row('a', i));
    expect(missingListedApart({ missing: few, indicators: [view(WAITING_LIMIT)] })).toBe(false);
    expect(missingListedApart({ missing: [...few, row('a', 0)], indicators: [view(WAITING_LIMIT)] })).toBe(true);
    expect(missingListedApart({ missing: few.slice(0, 30), indicators: [view(WAITING_LIMIT + 1)] })).toBe(true);
    expect(missingListedApart(real.progress)).toBe(false);
  });

  it('finds the page on which an indicator starts, where its first row carries the anchor', () => {
    const rows = [...Array.from({ length: COUNTS_PAGE + 5 }, (_, i) => row('a', 500 - i)), row('b', 3), row('b', 1)];
    expect(missingPageOf(rows, 'a')).toBe(1);
    expect(missingPageOf(rows, 'b')).toBe(2);
    expect(missingPageOf(rows, 'none')).toBe(1);
    const anchored = missingAnchors(rows);
    expect([...anchored]).toEqual([rows[0], rows[COUNTS_PAGE + 5]]);
    // page 2 goes on with a's rows: none of them is anchored there
    expect(
      rows
        .slice(COUNTS_PAGE)
        .filter((m) => anchored.has(m))
        .map((m) => m.indicatorId),
    ).toEqual(['b']);
  });
});

import { describe, expect, it } from 'vitest';
import { entryOf } from '../../src/progress/build.ts';
import type { QuantityEntry } from '../../src/progress/entries.ts';
import { countStatuses, isAtRisk } from '../../src/progress/statuses.ts';
import { takeSnapshot } from '../../src/publish/snapshot.ts';
import { departmentSlug } from '../../src/site/departments.ts';
import { answerable } from '../../src/site/target-rows.ts';
import { FIXTURE_ROOT, fixtureProgress, realProgress, REPO } from '../support/progress-data.ts';

const real = await realProgress();
const fx = fixtureProgress();

describe('statuses on the real sample data', () => {
  const quantities = real.progress.entries.filter((e): e is QuantityEntry => e.kind === 'quantity');

  it('gives every linked quantity target a status, and says why none can be assessed yet', () => {
    expect(quantities.length).toBeGreaterThanOrEqual(20);
    // no plan region (镇康县, 德州市, 恩施州) has published figures in data/progress: national data do not stand in
    for (const e of quantities) expect(e.status).toBe('insufficient-data');
    const preschool = quantities.find((e) => e.indicatorId === 'preschool-gross-enrolment' && e.region === '镇康县')!;
    expect(preschool.progress).toMatchObject({ reason: 'no-data', region: '镇康县', latest: null });
  });

  it('gives every milestone done, pending, lapsed or overdue against the build date', () => {
    const milestones = real.progress.entries.filter((e) => e.kind === 'milestone');
    expect(milestones.length).toBe(real.site.policies.reduce((n, p) => n + p.targets.filter((t) => t.kind === 'milestone').length, 0));
    // data/milestones/milestones.csv has no rows: nothing is done
    expect(milestones.every((e) => e.status !== 'done')).toBe(true);
    // passed deadlines without a record are lapsed, never overdue: no record says they were missed
    expect(real.progress.totals.lapsed).toBeGreaterThan(0);
    expect(real.progress.totals.overdue).toBe(0);
    expect(real.progress.totals.total).toBe(real.progress.entries.length);
  });

  it('counts by policy and by department add up', () => {
    let sum = 0;
    for (const c of real.progress.byPolicy.values()) sum += c.total;
    expect(sum).toBe(real.progress.totals.total);
    for (const dep of real.site.departments) {
      const c = real.progress.byDepartment.get(dep.slug);
      if (!c) continue;
      // An item that names no unit answers to its plan's lead.
      const own = real.progress.entries.filter((e) => answerable(e.row).some((r) => r.slug === dep.slug));
      expect(c).toEqual(countStatuses(own));
    }
    expect(real.progress.unlinked).toBeGreaterThan(0);
  });

  it('builds a view per catalogued indicator with its series, targets, trajectories and regions without data', () => {
    expect(real.progress.indicators.map((v) => v.indicator.id)).toEqual(real.catalogue.indicators.map((i) => i.id));
    const preschool = real.progress.byIndicator.get('preschool-gross-enrolment')!;
    expect(preschool.series.map((s) => s.region)).toEqual(['全国', '云南省', '河南省']);
    expect(preschool.series[0].points.map((o) => o.period)).toEqual([
      '2012',
      '2013',
      '2014',
      '2015',
      '2016',
      '2017',
      '2018',
      '2019',
      '2020',
      '2021',
      '2022',
      '2023',
      '2024',
    ]);
    expect(preschool.latestPeriod).toBe('2024');
    expect(preschool.waiting.map((w) => w.region)).toEqual(['镇康县']);

    const upper = real.progress.byIndicator.get('upper-secondary-gross-enrolment')!;
    expect(upper.targets.map((e) => [e.region, e.target.comparator, e.target.value, e.target.deadline])).toEqual(
      expect.arrayContaining([
        ['德州市', '>=', 95, '2025'],
        ['镇康县', '>=', 95.5, '2025'],
      ]),
    );
    expect(upper.waiting.map((w) => w.region).sort()).toEqual(['德州市', '镇康县'].sort());

    const balanced = real.progress.byIndicator.get('compulsory-high-quality-balanced-share')!;
    expect(balanced.observations).toEqual([]);
    expect(balanced.latestPeriod).toBeNull();
    expect(balanced.trajectories.map((p) => [p.region, p.trajectory.steps.map((s) => [s.year, s.value])])).toEqual([
      [
        '镇康县',
        [
          [2023, 30],
          [2024, 50],
          [2025, 70],
        ],
      ],
    ]);
    const alliance = real.progress.byIndicator.get('education-alliance-coverage')!;
    expect(alliance.trajectories[0].trajectory.steps.map((s) => s.value)).toEqual([30, 60, 80]);

    // an indicator with data and no target
    const junior = real.progress.byIndicator.get('junior-secondary-teachers-bachelor')!;
    expect(junior.targets).toEqual([]);
    expect(junior.latestPeriod).toBe('2023');
  });

  it('lists the indicator × region pairs that targets wait for', () => {
    expect(real.progress.missing).toEqual(
      expect.arrayContaining([{ indicatorId: 'preschool-gross-enrolment', region: '镇康县', regionId: 'zhenkang', targets: 1 }]),
    );
    expect(real.progress.missing.find((m) => m.indicatorId === 'education-alliance-coverage')!.region).toBe('恩施土家族苗族自治州');
  });
});

describe('statuses on the fixtures (synthetic figures reaching every status)', () => {
  const status = (id: string) => fx.progress.entries.find((e) => e.id === id)!.status;

  it('computes each quantity status', () => {
    expect(status('t-6a4d0e21')).toBe('acceleration-needed'); // 德州 88.0 (2020) → 91.5 (2024) towards ≥95 by 2025
    expect(status('t-92c4e7b1')).toBe('achieved'); // 镇康 96.0 ≥ 95.5
    expect(status('t-8f0e2b47')).toBe('limited-progress');
    expect(status('t-b47a0c92')).toBe('regressing');
    expect(status('t-a3e8d1c6')).toBe('insufficient-data'); // one observation
    expect(status('t-8d27b5e4')).toBe('achieved');
    expect(status('t-61be2d07')).toBe('acceleration-needed');
    expect(status('t-a9c5e310')).toBe('on-track');
    const dezhou = fx.progress.entries.find((e) => e.id === 't-6a4d0e21') as QuantityEntry;
    expect(dezhou.progress.base?.period).toBe('2020');
    expect(dezhou.progress.ratio).toBeCloseTo(((91.5 / 88) ** (1 / 4) - 1) / ((95 / 88) ** (1 / 5) - 1), 10);
  });

  it('computes milestone statuses from the records', () => {
    expect(status('t-e5f31b08')).toBe('done');
    expect(status('t-7b6f2e90')).toBe('done'); // recurring, done this year
    expect(status('t-4c0e8a1f')).toBe('overdue'); // recorded missed
    expect(status('t-9e13f6d2')).toBe('pending'); // 2027
  });

  it('counts at-risk targets per department', () => {
    const totals = fx.progress.totals;
    expect([
      totals.achieved,
      totals['on-track'],
      totals['acceleration-needed'],
      totals['limited-progress'],
      totals.regressing,
      totals['insufficient-data'],
    ]).toEqual([2, 1, 2, 1, 1, 4]);
    expect([totals.done, totals.pending, totals.overdue]).toEqual([2, 5, 1]);
    expect(totals.atRisk).toBe(5);
    const bureau = fx.progress.byDepartment.get(departmentSlug('镇康县', '县教育体育局'))!;
    expect(bureau.atRisk).toBe(2);
    expect(isAtRisk('overdue') && isAtRisk('regressing') && !isAtRisk('insufficient-data')).toBe(true);
  });

  it('finds an entry by policy and target id', () => {
    expect(entryOf(fx.progress, 'zhenkang-education-2023-2025', 't-8f0e2b47')?.status).toBe('limited-progress');
    expect(entryOf(fx.progress, 'dezhou-county-high-school-2023', 't-8f0e2b47')).toBeUndefined();
  });
});

describe('agreement with publish.json', () => {
  it('publish reports the statuses the site shows (one builder)', () => {
    for (const [{ site, progress }, root] of [
      [real, REPO],
      [fx, FIXTURE_ROOT],
    ] as const) {
      const snapshot = takeSnapshot(root, site.policies, progress.today);
      expect(Object.keys(snapshot.statuses).length).toBe(progress.entries.length);
      for (const e of progress.entries) expect(snapshot.statuses[e.id], `${e.policy} ${e.id}`).toBe(e.status);
    }
  });
});

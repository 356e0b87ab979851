// Progress statuses of every target, computed once per build from the policy records and the
// progress data (pure: no Astro, no file access; load-progress.ts feeds it). Quantity targets
// linked to a catalogued indicator get a progress status (src/data/status.ts, the Open SDG
// method); milestones get done / pending / overdue. Everything the site says about progress —
// badges, counts by department and policy, indicator pages — is read from what this returns.
import type { PolicyRecord, Target } from '../schema/record.ts';
import type { MilestoneRecord, Observation } from '../data/check.ts';
import type { Indicator, IndicatorCatalogue, Region, RegionList } from '../data/indicators-schema.ts';
import { findRegion } from '../data/catalogue.ts';
import { milestoneProgress, targetProgress, type MilestoneProgress, type MilestoneStatus, type ProgressStatus, type StatusContext, type TargetProgress, type Thresholds } from './status.ts';
import { plannedTrajectories, type Trajectory } from './trajectory.ts';
import type { TargetRow } from '../site/target-rows.ts';
import { comparePartialDates } from '../dates/partial-date.ts';

export type AnyStatus = ProgressStatus | MilestoneStatus;

/** Quantity statuses, best first; insufficient-data last. */
export const PROGRESS_STATUSES: readonly ProgressStatus[] = ['achieved', 'on-track', 'acceleration-needed', 'limited-progress', 'regressing', 'insufficient-data'];
export const MILESTONE_STATUSES: readonly MilestoneStatus[] = ['done', 'pending', 'overdue'];
export const ALL_STATUSES: readonly AnyStatus[] = [...PROGRESS_STATUSES, ...MILESTONE_STATUSES];
/** What a department should look at first. */
export const AT_RISK: readonly AnyStatus[] = ['regressing', 'limited-progress', 'acceleration-needed', 'overdue'];
const AT_RISK_SET: ReadonlySet<AnyStatus> = new Set(AT_RISK);

export function isAtRisk(status: AnyStatus): boolean {
  return AT_RISK_SET.has(status);
}

/** Worst first: the order of the at-risk lists. */
const SEVERITY: Record<AnyStatus, number> = {
  regressing: 0,
  overdue: 1,
  'limited-progress': 2,
  'acceleration-needed': 3,
  'insufficient-data': 4,
  pending: 5,
  'on-track': 6,
  achieved: 7,
  done: 8,
};

export function compareSeverity(a: AnyStatus, b: AnyStatus): number {
  return SEVERITY[a] - SEVERITY[b];
}

interface EntryBase {
  /** Target id (stable across re-ingests). */
  id: string;
  /** Policy slug. */
  policy: string;
  target: Target;
  /** The target's row (policy title, responsible departments, deadline). */
  row: TargetRow;
}

export interface QuantityEntry extends EntryBase {
  kind: 'quantity';
  indicatorId: string;
  /** The plan's region: canonical name when data/regions.yaml knows it, else as the plan prints it. */
  region: string | null;
  regionId: string | null;
  progress: TargetProgress;
  status: ProgressStatus;
}

export interface MilestoneEntry extends EntryBase {
  kind: 'milestone';
  progress: MilestoneProgress;
  status: MilestoneStatus;
}

export type StatusEntry = QuantityEntry | MilestoneEntry;

export type StatusCounts = Record<AnyStatus, number> & { total: number; atRisk: number };

export function emptyCounts(): StatusCounts {
  const c = { total: 0, atRisk: 0 } as StatusCounts;
  for (const s of ALL_STATUSES) c[s] = 0;
  return c;
}

export function countEntries(entries: Iterable<StatusEntry>): StatusCounts {
  const c = emptyCounts();
  for (const e of entries) add(c, e.status);
  return c;
}

function add(c: StatusCounts, status: AnyStatus): void {
  c[status]++;
  c.total++;
  if (AT_RISK_SET.has(status)) c.atRisk++;
}

export interface RegionSeries {
  regionId: string;
  region: string;
  /** Oldest first. */
  points: Observation[];
}

export interface PlanTrajectory {
  policy: string;
  policyTitle: string;
  region: string | null;
  trajectory: Trajectory;
}

export interface WaitingRegion {
  /** Canonical region name, the plan's own wording when it is not in data/regions.yaml, or null. */
  region: string | null;
  regionId: string | null;
  /** Policies whose targets on this indicator wait for the region's data. */
  policies: string[];
  targets: number;
}

export interface IndicatorView {
  indicator: Indicator;
  /** By region (as data/regions.yaml orders them), then period. */
  observations: Observation[];
  series: RegionSeries[];
  /** Targets linked to the indicator, by deadline, then policy. */
  targets: QuantityEntry[];
  trajectories: PlanTrajectory[];
  /** Regions whose plans target the indicator but that have no observation of it. */
  waiting: WaitingRegion[];
  /** The latest period any observation describes ("2024", or a date), or null: the "last updated" of the page. */
  latestPeriod: string | null;
  counts: StatusCounts;
}

export interface ProgressInput {
  today: string;
  policies: readonly PolicyRecord[];
  /** All target rows of the site (site.rows): responsible departments come from here. */
  rows: readonly TargetRow[];
  observations: readonly Observation[];
  milestones: readonly MilestoneRecord[];
  catalogue: IndicatorCatalogue;
  regions: RegionList;
  thresholds?: Thresholds;
}

export interface ProgressData {
  today: string;
  /** Every target with a status, in the order of the site's rows (by deadline). */
  entries: StatusEntry[];
  /** policy slug + target id → entry; read it with entryOf(). */
  byTarget: Map<string, StatusEntry>;
  totals: StatusCounts;
  byPolicy: Map<string, StatusCounts>;
  /** Department slug → counts of the targets it is responsible for. */
  byDepartment: Map<string, StatusCounts>;
  /** Targets with a status that name no responsible unit. */
  noDepartment: StatusCounts;
  /** Quantity targets not linked to a catalogued indicator: no status. */
  unlinked: number;
  indicators: IndicatorView[];
  byIndicator: Map<string, IndicatorView>;
  /** Indicator × region pairs targeted by a plan without any observation: the data to find next. */
  missing: { indicatorId: string; region: string | null; regionId: string | null; targets: number }[];
}

const rowKey = (policy: string, id: string) => `${policy}\u001f${id}`;

/** The status of one target of one policy, or undefined (quantity targets without an indicator link have none). */
export function entryOf(data: Pick<ProgressData, 'byTarget'>, policy: string, id: string): StatusEntry | undefined {
  return data.byTarget.get(rowKey(policy, id));
}

function periodOrder(a: Observation, b: Observation): number {
  return a.period < b.period ? -1 : a.period > b.period ? 1 : 0;
}

/** Computes every status once. */
export function buildProgress(input: ProgressInput): ProgressData {
  const { today, catalogue, regions } = input;
  const rowByKey = new Map(input.rows.map((r) => [rowKey(r.policy, r.id), r]));
  const regionOrder = new Map(regions.regions.map((r, i) => [r.id, i]));
  const entries: StatusEntry[] = [];
  // each target reads only its indicator's series for its region (10k policies × 20 targets must not scan every observation)
  const seriesIndex = new Map<string, Observation[]>();
  for (const o of input.observations) {
    const key = `${o.indicatorId}|${o.regionId}`;
    const list = seriesIndex.get(key);
    if (list) list.push(o);
    else seriesIndex.set(key, [o]);
  }
  const none: Observation[] = [];

  for (const policy of input.policies) {
    const region: Region | null = policy.meta.region === null ? null : findRegion(policy.meta.region, regions);
    const ctx: StatusContext = {
      today,
      observations: none,
      catalogue,
      regions,
      region: policy.meta.region,
      planStart: policy.meta.planPeriod?.start ?? null,
      thresholds: input.thresholds,
    };
    for (const target of policy.targets) {
      const row = rowByKey.get(rowKey(policy.slug, target.id));
      if (!row) continue;
      if (target.kind === 'milestone') {
        const progress = milestoneProgress(target, input.milestones, today);
        entries.push({ kind: 'milestone', id: target.id, policy: policy.slug, target, row, progress, status: progress.status });
      } else if (target.indicatorId !== null) {
        const own = region === null ? none : (seriesIndex.get(`${target.indicatorId}|${region.id}`) ?? none);
        const progress = targetProgress(target, { ...ctx, observations: own });
        entries.push({
          kind: 'quantity',
          id: target.id,
          policy: policy.slug,
          target,
          row,
          indicatorId: target.indicatorId,
          region: region?.name ?? policy.meta.region,
          regionId: region?.id ?? null,
          progress,
          status: progress.status,
        });
      }
    }
  }
  const order = new Map(input.rows.map((r, i) => [rowKey(r.policy, r.id), i]));
  entries.sort((a, b) => (order.get(rowKey(a.policy, a.id)) ?? 0) - (order.get(rowKey(b.policy, b.id)) ?? 0));

  const byPolicy = new Map<string, StatusCounts>();
  const byDepartment = new Map<string, StatusCounts>();
  const noDepartment = emptyCounts();
  const totals = emptyCounts();
  for (const e of entries) {
    add(totals, e.status);
    let p = byPolicy.get(e.policy);
    if (!p) byPolicy.set(e.policy, (p = emptyCounts()));
    add(p, e.status);
    if (e.row.responsible.length === 0) add(noDepartment, e.status);
    for (const ref of e.row.responsible) {
      let d = byDepartment.get(ref.slug);
      if (!d) byDepartment.set(ref.slug, (d = emptyCounts()));
      add(d, e.status);
    }
  }
  const unlinked = input.policies.reduce((n, p) => n + p.targets.filter((t) => t.kind === 'quantity' && t.indicatorId === null).length, 0);

  // indicator pages
  const quantities = entries.filter((e): e is QuantityEntry => e.kind === 'quantity');
  const trajectoriesByIndicator = new Map<string, PlanTrajectory[]>();
  for (const policy of input.policies) {
    const region = policy.meta.region === null ? null : findRegion(policy.meta.region, regions);
    for (const trajectory of plannedTrajectories(policy.targets)) {
      if (trajectory.indicatorId === null) continue;
      const list = trajectoriesByIndicator.get(trajectory.indicatorId) ?? [];
      list.push({ policy: policy.slug, policyTitle: policy.meta.title, region: region?.name ?? policy.meta.region, trajectory });
      trajectoriesByIndicator.set(trajectory.indicatorId, list);
    }
  }
  const indicators: IndicatorView[] = catalogue.indicators.map((indicator) => {
    const own = input.observations
      .filter((o) => o.indicatorId === indicator.id)
      .sort((a, b) => (regionOrder.get(a.regionId) ?? 0) - (regionOrder.get(b.regionId) ?? 0) || periodOrder(a, b));
    const series: RegionSeries[] = [];
    for (const o of own) {
      const last = series[series.length - 1];
      if (last && last.regionId === o.regionId) last.points.push(o);
      else series.push({ regionId: o.regionId, region: o.region, points: [o] });
    }
    const withData = new Set(series.map((s) => s.regionId));
    const targets = quantities
      .filter((e) => e.indicatorId === indicator.id)
      .sort((a, b) => comparePartialDates(a.target.deadline, b.target.deadline) || (a.policy < b.policy ? -1 : a.policy > b.policy ? 1 : 0));
    const waitingByRegion = new Map<string, WaitingRegion>();
    for (const e of targets) {
      if (e.regionId !== null && withData.has(e.regionId)) continue;
      const key = e.regionId ?? `?${e.region ?? ''}`;
      let w = waitingByRegion.get(key);
      if (!w) waitingByRegion.set(key, (w = { region: e.region, regionId: e.regionId, policies: [], targets: 0 }));
      w.targets++;
      if (!w.policies.includes(e.policy)) w.policies.push(e.policy);
    }
    const latestPeriod = own.reduce<string | null>((acc, o) => (acc === null || o.period > acc ? o.period : acc), null);
    return {
      indicator,
      observations: own,
      series,
      targets,
      trajectories: trajectoriesByIndicator.get(indicator.id) ?? [],
      waiting: [...waitingByRegion.values()],
      latestPeriod,
      counts: countEntries(targets),
    };
  });

  const missing = indicators.flatMap((v) =>
    v.waiting.map((w) => ({ indicatorId: v.indicator.id, region: w.region, regionId: w.regionId, targets: w.targets })),
  );

  return {
    today,
    entries,
    byTarget: new Map(entries.map((e) => [rowKey(e.policy, e.id), e])),
    totals,
    byPolicy,
    byDepartment,
    noDepartment,
    unlinked,
    indicators,
    byIndicator: new Map(indicators.map((v) => [v.indicator.id, v])),
    missing,
  };
}

// Progress statuses of every target, computed once from the policy records, the site's
// target rows and the progress data (pure: no Astro, no file access). The one builder:
// the site (src/load/progress.ts) and publish (src/publish/snapshot.ts) both read what it
// returns. Quantity targets linked to a catalogued indicator get a progress status
// (quantity.ts, the Open SDG method); milestones get done / pending / overdue (milestone.ts).
import type { MilestoneRecord, Observation } from '../data/check.ts';
import type { IndicatorCatalogue, Region, RegionList } from '../data/indicators-schema.ts';
import { findRegion } from '../data/catalogue.ts';
import type { SiteData } from '../site/site-data.ts';
import { answerable } from '../site/target-rows.ts';
import { indicatorViews, type IndicatorView } from './indicator-views.ts';
import type { QuantityEntry, StatusEntry } from './entries.ts';
import { milestoneProgress } from './milestone.ts';
import { targetProgress, type StatusContext, type Thresholds } from './quantity.ts';
import { addStatus, emptyCounts, type StatusCounts } from './statuses.ts';

/** The site's model: policies, and all target rows (responsible departments come from here). */
export type ProgressSite = Pick<SiteData, 'today' | 'policies' | 'rows'>;

/** The checked progress data (src/data/check.ts) with its catalogues. */
export interface ProgressInputData {
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
  /** Department slug → counts of the targets it answers for (named, or as its plan's lead). */
  byDepartment: Map<string, StatusCounts>;
  /** Targets with a status that name no responsible unit and whose plan names no lead. */
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

type ProgressInput = ProgressSite & ProgressInputData;

/** The status of every target with one, in the order of the rows. */
function assess(input: ProgressInput): StatusEntry[] {
  const { today, catalogue, regions } = input;
  const rowByKey = new Map(input.rows.map((r) => [rowKey(r.policy, r.id), r]));
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
  return entries.sort((a, b) => (order.get(rowKey(a.policy, a.id)) ?? 0) - (order.get(rowKey(b.policy, b.id)) ?? 0));
}

/** Computes every status once, with the counts and indicator views the pages show. */
export function buildProgress(site: ProgressSite, data: ProgressInputData): ProgressData {
  const input: ProgressInput = { today: site.today, policies: site.policies, rows: site.rows, ...data };
  const entries = assess(input);
  const byPolicy = new Map<string, StatusCounts>();
  const byDepartment = new Map<string, StatusCounts>();
  const noDepartment = emptyCounts();
  const totals = emptyCounts();
  for (const e of entries) {
    addStatus(totals, e.status);
    let p = byPolicy.get(e.policy);
    if (!p) byPolicy.set(e.policy, (p = emptyCounts()));
    addStatus(p, e.status);
    const who = answerable(e.row);
    if (who.length === 0) addStatus(noDepartment, e.status);
    for (const ref of who) {
      let d = byDepartment.get(ref.slug);
      if (!d) byDepartment.set(ref.slug, (d = emptyCounts()));
      addStatus(d, e.status);
    }
  }
  const unlinked = input.policies.reduce((n, p) => n + p.targets.filter((t) => t.kind === 'quantity' && t.indicatorId === null).length, 0);
  const indicators = indicatorViews(
    entries.filter((e): e is QuantityEntry => e.kind === 'quantity'),
    input,
  );
  const missing = indicators.flatMap((v) =>
    v.waiting.map((w) => ({ indicatorId: v.indicator.id, region: w.region, regionId: w.regionId, targets: w.targets })),
  );
  return {
    today: input.today,
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

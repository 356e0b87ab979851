// What an indicator page shows: its observations by region, the targets linked to it with
// their statuses, the plans' planned trajectories, and the regions still without data.
import type { PolicyRecord } from '../schema/record.ts';
import { findRegion } from '../data/catalogue.ts';
import type { Observation } from '../data/check.ts';
import type { Indicator, IndicatorCatalogue, RegionList } from '../data/indicators-schema.ts';
import { comparePartialDates } from '../dates/partial-date.ts';
import type { QuantityEntry } from './entries.ts';
import { countStatuses, type StatusCounts } from './statuses.ts';
import { plannedTrajectories, type Trajectory } from './trajectory.ts';

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
  /** Regions whose plans target the indicator but that have no observation of it, most targets first. */
  waiting: WaitingRegion[];
  /** The latest period any observation describes ("2024", or a date), or null: the "last updated" of the page. */
  latestPeriod: string | null;
  counts: StatusCounts;
}

function periodOrder(a: Observation, b: Observation): number {
  return a.period < b.period ? -1 : a.period > b.period ? 1 : 0;
}

/** One view per catalogued indicator, in catalogue order. */
export function indicatorViews(
  quantities: readonly QuantityEntry[],
  input: { policies: readonly PolicyRecord[]; observations: readonly Observation[]; catalogue: IndicatorCatalogue; regions: RegionList },
): IndicatorView[] {
  const { regions } = input;
  const regionOrder = new Map(regions.regions.map((r, i) => [r.id, i]));
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
  return input.catalogue.indicators.map((indicator) => {
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
      // Most targets first: where data would let the most targets be assessed.
      waiting: [...waitingByRegion.values()].sort((a, b) => b.targets - a.targets),
      latestPeriod,
      counts: countStatuses(targets),
    };
  });
}

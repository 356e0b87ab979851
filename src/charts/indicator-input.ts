// What an indicator page draws: its IndicatorView (src/progress/indicator-views.ts) turned into chart input, with
// short region names for labels, one marker per distinct goal and one line per distinct trajectory
// (merged across regions when there are too many to draw).
import type { Comparator } from '../schema/record.ts';
import type { RegionList } from '../data/indicators-schema.ts';
import { findRegion } from '../data/catalogue.ts';
import { formatCount, formatNumber, formatPartialDate } from '../i18n/format.ts';
import type { IndicatorChartInput, ChartTargetInput } from './indicator-chart.ts';
import type { QuantityEntry } from '../progress/entries.ts';
import type { IndicatorView, PlanTrajectory } from '../progress/indicator-views.ts';
import type { Trajectory } from '../progress/trajectory.ts';
import { t } from '../i18n/index.ts';

/** A region's name short enough for a chart label: the name up to 4 characters, else its longest alias that short (恩施土家族苗族自治州 → 恩施州). */
export function shortRegionName(name: string | null, regions: RegionList): string {
  if (name === null) return '';
  const region = findRegion(name, regions);
  const full = region?.name ?? name;
  if ([...full].length <= 4) return full;
  const short = (region?.aliases ?? []).filter((a) => [...a].length <= 4 && [...a].length >= 2).sort((a, b) => [...b].length - [...a].length)[0];
  return short ?? full;
}

function comparatorSymbol(c: Comparator | null): string {
  return c === '>=' ? '≥' : c === '<=' ? '≤' : c === '~' ? '约' : '';
}

/** 德州市 ≥95%. */
export function targetLabel(e: QuantityEntry, regions: RegionList): string {
  const tg = e.target;
  const region = shortRegionName(e.region, regions);
  return `${region ? `${region} ` : ''}${comparatorSymbol(tg.comparator)}${tg.value === null ? '' : formatNumber(tg.value)}${tg.unit ?? ''}`;
}

/**
 * Past this many markers (or trajectories) a chart is a cloud, not a picture: a large site's
 * indicator has goals from thousands of regions, drawn on the same few points. Markers then
 * stand for a goal across regions, and only the CHART_MARKS most common are drawn.
 */
export const CHART_MARKS = 24;

/** What a chart draws of one kind (target markers, trajectories). */
export interface ChartMarks<T> {
  items: T[];
  /** One item stands for a goal (or path) of many regions. */
  merged: boolean;
  /** Items not drawn: the less common goals of a merged chart. */
  hidden: number;
}

interface Goal {
  input: ChartTargetInput;
  first: QuantityEntry;
  policies: Set<string>;
  /** The regions of the plans that set it, by id (or name when the catalogue has none): their names. */
  regions: Map<string, string>;
}

/** A target's region as a key, null for a plan that names none. */
const regionKey = (e: { regionId: string | null; region: string | null }) => e.regionId ?? e.region;

/** The goals of the view's dated, absolute targets, keyed by `key` (which the caller chooses). */
function goals(view: IndicatorView, regions: RegionList, key: (e: QuantityEntry) => string): Goal[] {
  const byKey = new Map<string, Goal>();
  for (const e of view.targets) {
    const tg = e.target;
    if (tg.value === null || e.progress.targetYear === null || tg.change !== null || tg.recurring !== null) continue;
    const k = key(e);
    let goal = byKey.get(k);
    if (goal) {
      goal.input.ids.push(e.id);
      goal.policies.add(e.policy);
    } else {
      goal = {
        input: {
          key: k,
          label: targetLabel(e, regions),
          title: `${e.row.policyTitle}：${tg.phrase || tg.text}（${formatPartialDate(tg.deadline)}）`,
          year: e.progress.targetYear,
          value: tg.value,
          ids: [e.id],
        },
        first: e,
        policies: new Set([e.policy]),
        regions: new Map(),
      };
      byKey.set(k, goal);
    }
    const region = regionKey(e);
    if (region !== null) goal.regions.set(region, e.region ?? region);
  }
  return [...byKey.values()];
}

/** Regions named in a merged marker's title before 等. */
const TITLE_REGIONS = 8;

/** The marker of a goal set in many regions: ≥30%（520 个地区）, its title naming the first of them. */
function mergedMarker({ input, first, policies, regions: named }: Goal, regions: RegionList): ChartTargetInput {
  const goal = targetLabel({ ...first, region: null }, regions);
  if (named.size === 0) return { ...input, label: goal, title: `${goal}（${input.year}年，${t('indicator.morePolicies', { n: policies.size })}）` };
  const names = [...named.values()];
  return {
    ...input,
    label: t('chart.indicator.mergedLabel', { goal, n: formatCount(names.length) }),
    title: t('chart.indicator.mergedTitle', {
      goal,
      year: input.year,
      n: formatCount(names.length),
      targets: formatCount(input.ids.length),
      regions: names.slice(0, TITLE_REGIONS).join(t('common.listSep')) + (names.length > TITLE_REGIONS ? '等' : ''),
    }),
  };
}

/** Regions with a plan among the targets (those naming none not counted). */
function regionCount(view: IndicatorView): number {
  return new Set(view.targets.map(regionKey).filter((r) => r !== null)).size;
}

/**
 * One marker per goal: region, deadline year, value and comparator. Plans state a goal more
 * than once (恩施 gives each step twice), and plans of one region may share it: one marker
 * then stands for all of them, and its title says how many plans set it. Past CHART_MARKS
 * markers from more than one region, one marker per year, value and comparator for all
 * regions, those set in most regions drawn.
 */
export function chartTargets(view: IndicatorView, regions: RegionList, limit = CHART_MARKS): ChartMarks<ChartTargetInput> {
  const own = goals(view, regions, (e) => `${regionKey(e) ?? ''}|${e.progress.targetYear}|${e.target.value}|${e.target.comparator}`);
  if (own.length <= limit || regionCount(view) <= 1) {
    const items = own.map(({ input, policies }) =>
      policies.size > 1 ? { ...input, title: `${input.title}${t('indicator.morePolicies', { n: policies.size })}` } : input,
    );
    return { items, merged: false, hidden: 0 };
  }
  const shared = goals(view, regions, (e) => `${e.progress.targetYear}|${e.target.value}|${e.target.comparator}|${e.target.unit ?? ''}`);
  shared.sort((a, b) => b.regions.size - a.regions.size || b.input.ids.length - a.input.ids.length);
  const items = shared.slice(0, limit).map((goal) => mergedMarker(goal, regions));
  return { items, merged: true, hidden: shared.length - items.length };
}

export interface DistinctTrajectory {
  trajectory: Trajectory;
  /** The region of the plans that set it; null when it stands for many regions (or for plans naming none). */
  region: string | null;
  policies: PlanTrajectory[];
}

/**
 * The trajectories of the plans, one per region and step series, with every plan that sets it;
 * past CHART_MARKS from more than one region, one per step series, those set by most plans first.
 */
export function distinctTrajectories(view: IndicatorView, limit = CHART_MARKS): ChartMarks<DistinctTrajectory> {
  const group = (byRegion: boolean): DistinctTrajectory[] => {
    const byKey = new Map<string, DistinctTrajectory>();
    for (const p of view.trajectories) {
      const key = JSON.stringify([byRegion ? p.region : '', p.trajectory.comparator, p.trajectory.unit, p.trajectory.steps.map((s) => [s.deadline, s.value])]);
      const have = byKey.get(key);
      if (have) have.policies.push(p);
      else byKey.set(key, { trajectory: p.trajectory, region: byRegion ? p.region : null, policies: [p] });
    }
    return [...byKey.values()];
  };
  const own = group(true);
  if (own.length <= limit || new Set(view.trajectories.map((p) => p.region).filter((r) => r !== null)).size <= 1)
    return { items: own, merged: false, hidden: 0 };
  const shared = group(false).sort((a, b) => b.policies.length - a.policies.length);
  return { items: shared.slice(0, limit), merged: true, hidden: Math.max(0, shared.length - limit) };
}

export function indicatorChartInput(view: IndicatorView, regions: RegionList, trajectories = distinctTrajectories(view)): IndicatorChartInput {
  const targets = chartTargets(view, regions);
  return {
    unit: view.indicator.unit,
    series: view.series.map((s) => ({
      key: s.regionId,
      label: s.region,
      points: s.points.map((o) => ({ period: o.period, value: o.value, valueText: o.valueText, flag: o.flag })),
    })),
    targets: targets.items,
    trajectories: trajectories.items.map(({ trajectory, region, policies }) => ({
      key: `${policies[0].policy}|${trajectory.key}|${trajectory.comparator}`,
      label: shortRegionName(region, regions),
      steps: trajectory.steps.map((s) => ({ year: s.year, value: s.value })),
    })),
    merged: targets.merged || trajectories.merged ? { hiddenTargets: targets.hidden, hiddenPaths: trajectories.hidden } : undefined,
  };
}

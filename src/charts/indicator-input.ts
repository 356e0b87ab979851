// What an indicator page draws: its IndicatorView (src/progress/indicator-views.ts) turned into chart input, with
// short region names for labels, one marker per distinct goal and one line per distinct trajectory.
import type { Comparator } from '../schema/record.ts';
import type { RegionList } from '../data/indicators-schema.ts';
import { findRegion } from '../data/catalogue.ts';
import { formatNumber, formatPartialDate } from '../i18n/format.ts';
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
 * One marker per goal: region, deadline year, value and comparator. Plans state a goal more
 * than once (恩施 gives each step twice), and plans of one region may share it: one marker
 * then stands for all of them, and its title says how many plans set it.
 */
export function chartTargets(view: IndicatorView, regions: RegionList): ChartTargetInput[] {
  const byKey = new Map<string, { input: ChartTargetInput; policies: Set<string> }>();
  for (const e of view.targets) {
    const tg = e.target;
    if (tg.value === null || e.progress.targetYear === null || tg.change !== null || tg.recurring !== null) continue;
    const key = `${e.regionId ?? e.region ?? ''}|${e.progress.targetYear}|${tg.value}|${tg.comparator}`;
    const have = byKey.get(key);
    if (have) {
      have.input.ids.push(e.id);
      have.policies.add(e.policy);
      continue;
    }
    byKey.set(key, {
      input: {
        key,
        label: targetLabel(e, regions),
        title: `${e.row.policyTitle}：${tg.phrase || tg.text}（${formatPartialDate(tg.deadline)}）`,
        year: e.progress.targetYear,
        value: tg.value,
        ids: [e.id],
      },
      policies: new Set([e.policy]),
    });
  }
  return [...byKey.values()].map(({ input, policies }) =>
    policies.size > 1 ? { ...input, title: `${input.title}${t('indicator.morePolicies', { n: policies.size })}` } : input,
  );
}

/** The trajectories of the plans, one per region and step series, with every plan that sets it. */
export function distinctTrajectories(view: IndicatorView): { trajectory: Trajectory; region: string | null; policies: PlanTrajectory[] }[] {
  const byKey = new Map<string, { trajectory: Trajectory; region: string | null; policies: PlanTrajectory[] }>();
  for (const p of view.trajectories) {
    const key = JSON.stringify([p.region, p.trajectory.comparator, p.trajectory.unit, p.trajectory.steps.map((s) => [s.deadline, s.value])]);
    const have = byKey.get(key);
    if (have) have.policies.push(p);
    else byKey.set(key, { trajectory: p.trajectory, region: p.region, policies: [p] });
  }
  return [...byKey.values()];
}

export function indicatorChartInput(view: IndicatorView, regions: RegionList): IndicatorChartInput {
  return {
    unit: view.indicator.unit,
    series: view.series.map((s) => ({
      key: s.regionId,
      label: s.region,
      points: s.points.map((o) => ({ period: o.period, value: o.value, valueText: o.valueText, flag: o.flag })),
    })),
    targets: chartTargets(view, regions),
    trajectories: distinctTrajectories(view).map(({ trajectory, region, policies }) => ({
      key: `${policies[0].policy}|${trajectory.key}|${trajectory.comparator}`,
      label: shortRegionName(region, regions),
      steps: trajectory.steps.map((s) => ({ year: s.year, value: s.value })),
    })),
  };
}

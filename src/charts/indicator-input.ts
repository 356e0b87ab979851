// What an indicator page draws: its IndicatorView (src/progress/indicator-views.ts) turned into chart input, with
// short region names for labels and one marker per distinct goal of a plan.
import type { Comparator } from '../schema/record.ts';
import type { RegionList } from '../data/indicators-schema.ts';
import { findRegion } from '../data/catalogue.ts';
import { formatNumber, formatPartialDate } from '../i18n/format.ts';
import type { IndicatorChartInput, ChartTargetInput } from './indicator-chart.ts';
import type { QuantityEntry } from '../progress/entries.ts';
import type { IndicatorView } from '../progress/indicator-views.ts';

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
 * One marker per policy, deadline year, value and comparator: plans state a goal more than once
 * (恩施 gives each step twice), and one marker then stands for all of them.
 */
export function chartTargets(view: IndicatorView, regions: RegionList): ChartTargetInput[] {
  const byKey = new Map<string, ChartTargetInput>();
  for (const e of view.targets) {
    const tg = e.target;
    if (tg.value === null || e.progress.targetYear === null || tg.change !== null || tg.recurring !== null) continue;
    const key = `${e.policy}|${e.progress.targetYear}|${tg.value}|${tg.comparator}`;
    const have = byKey.get(key);
    if (have) {
      have.ids.push(e.id);
      continue;
    }
    byKey.set(key, {
      key,
      label: targetLabel(e, regions),
      title: `${e.row.policyTitle}：${tg.phrase || tg.text}（${formatPartialDate(tg.deadline)}）`,
      year: e.progress.targetYear,
      value: tg.value,
      ids: [e.id],
    });
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
    trajectories: view.trajectories.map((p) => ({
      key: `${p.policy}|${p.trajectory.key}|${p.trajectory.comparator}`,
      label: shortRegionName(p.region, regions),
      steps: p.trajectory.steps.map((s) => ({ year: s.year, value: s.value })),
    })),
  };
}

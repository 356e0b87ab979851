// Progress status of a plan's targets, computed from published observations.
//
// Quantity targets: the progress measure of Statistics Canada, as implemented in Open SDG
// (open-sdg.readthedocs.io, "Progress Measurement Methodology"; sdg-build ProgressMeasure.py).
// The observed compound annual growth rate since a base year is compared with the rate required
// to reach the target by the target year:
//
//   CAGR_o = (y_latest / y_base) ^ (1 / (t_latest − t_base)) − 1
//   CAGR_r = (y_target / y_base) ^ (1 / (t_target − t_base)) − 1
//   R      = s · d · CAGR_o / |CAGR_r|      d = +1 when higher is better, −1 when lower is better
//                                          s = −1 when the values are negative, else +1
//
//   target met by the latest value → achieved;  R ≥ 0.95 → on-track;
//   0.6 ≤ R < 0.95 → acceleration-needed;  0 ≤ R < 0.6 → limited-progress;  R < 0 → regressing.
//
// How comparators, past deadlines, single observations and zero values are handled is written
// out in data/README.md ("Progress status") and below. Nothing here reads the clock.
import type { Target } from '../schema/record.ts';
import { findRegion } from '../data/catalogue.ts';
import type { Observation } from '../data/check.ts';
import type { IndicatorCatalogue, RegionList } from '../data/indicators-schema.ts';
import { checkBuildDate } from '../dates/build-date.ts';
import { periodEnd, yearOf } from '../dates/partial-date.ts';
import type { ProgressStatus, QuantityReason } from './statuses.ts';

export interface Thresholds {
  /** R at or above: on-track. */
  onTrack: number;
  /** R at or above (and below onTrack): acceleration-needed. */
  acceleration: number;
  /** R at or above (and below acceleration): limited-progress; below: regressing. */
  limited: number;
}

/** The published Open SDG / Statistics Canada thresholds for indicators with a quantitative target. */
export const DEFAULT_THRESHOLDS: Thresholds = { onTrack: 0.95, acceleration: 0.6, limited: 0 };

/** Relative tolerance within which an `=` target counts as met (0.5 % of the target value). */
export const EQUAL_TOLERANCE = 0.005;
/** Relative tolerance within which a `~` (约) target counts as met (5 % of the target value). */
export const APPROX_TOLERANCE = 0.05;
/** Stand-in for a zero base or target value, which an exponential model cannot use (Open SDG). */
export const ZERO_REPLACEMENT = 0.001;

export interface StatusPoint {
  period: string;
  year: number;
  value: number;
  /** As printed in the data file. */
  valueText: string;
  source: string;
  flag: Observation['flag'];
}

export interface TargetProgress {
  targetId: string;
  indicatorId: string | null;
  /** Canonical region name the observations were taken for. */
  region: string | null;
  status: ProgressStatus;
  /** Why: worded by reason-text.ts from this and the numbers below. */
  reason: QuantityReason;
  targetValue: number | null;
  targetYear: number | null;
  /** +1 when the target asks for a higher value, −1 for a lower one. */
  direction: 1 | -1 | null;
  base: StatusPoint | null;
  latest: StatusPoint | null;
  /** CAGR_o: observed compound annual growth rate from base to latest (0.0223 = 2.23 % a year). */
  observedRate: number | null;
  /** CAGR_r: the annual rate needed from the base value to reach the target in the target year. */
  requiredRate: number | null;
  /** R = s · d · CAGR_o / |CAGR_r|; null when it cannot be computed. */
  ratio: number | null;
  /** The deadline's whole period lies before `today`. */
  deadlinePassed: boolean;
  /** The latest observation is for the target year itself: the verdict will not change. */
  final: boolean;
  /** Final and not met. */
  missed: boolean;
  /** The observations used (one per year, up to the target year), oldest first. */
  series: StatusPoint[];
}

export interface StatusContext {
  /** The build date, YYYY-MM-DD. */
  today: string;
  observations: readonly Observation[];
  catalogue: IndicatorCatalogue;
  regions: RegionList;
  /** The region the plan governs (record.meta.region), by name or alias. */
  region: string | null;
  /** First year of the plan period (record.meta.planPeriod.start): the base year is the year before. */
  planStart?: number | null;
  thresholds?: Thresholds;
}

type QuantityTarget = Pick<Target, 'id' | 'kind' | 'indicatorId' | 'value' | 'comparator' | 'deadline' | 'change' | 'baseYear' | 'recurring'>;

function point(o: Observation): StatusPoint {
  return { period: o.period, year: o.year, value: o.value, valueText: o.valueText, source: o.source, flag: o.flag };
}

/** One observation per year: the statistical-year figure (2023) over dated ones, else the latest date. */
function yearly(observations: readonly Observation[]): StatusPoint[] {
  const byYear = new Map<number, Observation>();
  for (const o of observations) {
    const have = byYear.get(o.year);
    const better = have === undefined || (have.period.length > 4 && (o.period.length === 4 || o.period > have.period));
    if (better) byYear.set(o.year, o);
  }
  return [...byYear.values()].sort((a, b) => a.year - b.year).map(point);
}

function growth(to: number, from: number, years: number): number {
  return (to / from) ** (1 / years) - 1;
}

/**
 * Progress of one quantity target. Returns `insufficient-data` (with the reason) whenever the
 * method does not apply: no indicator link, no region, a relative or recurring target, no data.
 */
export function targetProgress(target: QuantityTarget, ctx: StatusContext): TargetProgress {
  checkBuildDate(ctx.today);
  const due = periodEnd(target.deadline);
  const thresholds = ctx.thresholds ?? DEFAULT_THRESHOLDS;
  const result: TargetProgress = {
    targetId: target.id,
    indicatorId: target.indicatorId,
    region: null,
    status: 'insufficient-data',
    reason: 'no-data',
    targetValue: target.value,
    targetYear: yearOf(target.deadline),
    direction: null,
    base: null,
    latest: null,
    observedRate: null,
    requiredRate: null,
    ratio: null,
    deadlinePassed: due !== null && due < ctx.today,
    final: false,
    missed: false,
    series: [],
  };
  const insufficient = (reason: QuantityReason): TargetProgress => ({ ...result, status: 'insufficient-data', reason });

  if (target.kind !== 'quantity') return insufficient('not-quantity');
  // a relative target (a change from a base value) is not assessed, nor a recurring one (每年 …) against a trend
  if (target.change !== null) return insufficient('relative');
  if (target.recurring !== null) return insufficient('recurring');
  if (target.value === null || target.comparator === null) return insufficient('no-value');
  if (result.targetYear === null) return insufficient('no-deadline');
  if (target.indicatorId === null) return insufficient('unlinked');
  const indicator = ctx.catalogue.indicators.find((i) => i.id === target.indicatorId);
  if (indicator === undefined) return insufficient('unknown-indicator');
  const region = ctx.region === null ? null : findRegion(ctx.region, ctx.regions);
  if (region === null) return insufficient(ctx.region === null ? 'no-region' : 'unknown-region');
  result.region = region.name;

  const targetYear = result.targetYear;
  const targetValue = target.value;
  const d: 1 | -1 = target.comparator === '>=' ? 1 : target.comparator === '<=' ? -1 : indicator.direction === 'higher' ? 1 : -1;
  result.direction = d;
  const tolerance =
    target.comparator === '=' ? EQUAL_TOLERANCE * Math.abs(targetValue) : target.comparator === '~' ? APPROX_TOLERANCE * Math.abs(targetValue) : 0;
  const meets = (v: number): boolean => (d === 1 ? v >= targetValue - tolerance : v <= targetValue + tolerance);

  const series = yearly(ctx.observations.filter((o) => o.indicatorId === indicator.id && o.regionId === region.id && o.year <= targetYear));
  result.series = series;
  const latest = series[series.length - 1];
  if (latest === undefined) return insufficient('no-data');
  result.latest = latest;
  result.final = latest.year === targetYear;

  // base: the requested base year (target.baseYear, else the year before the plan period), else
  // the first year after it (as Open SDG does), else the last year before it; no request: the earliest.
  const wanted = target.baseYear ?? (ctx.planStart != null ? ctx.planStart - 1 : null);
  const earlier = series.filter((p) => p.year < latest.year);
  const base =
    wanted === null
      ? earlier[0]
      : (earlier.find((p) => p.year === wanted) ?? earlier.find((p) => p.year > wanted) ?? [...earlier].reverse().find((p) => p.year < wanted));
  result.base = base ?? null;

  // rates, whenever two observations and usable values allow them
  let ratio: number | null = null;
  let moving: -1 | 0 | 1 = 0; // direction of movement relative to the desired one
  let signChange = false;
  if (base !== undefined) {
    const s = base.value < 0 ? -1 : 1;
    if (
      (base.value > 0 && latest.value < 0) ||
      (base.value < 0 && latest.value > 0) ||
      (base.value !== 0 && targetValue !== 0 && Math.sign(base.value) !== Math.sign(targetValue))
    ) {
      // the growth-rate method cannot handle values that change sign
      signChange = true;
    } else {
      const y0 = base.value === 0 ? ZERO_REPLACEMENT * (latest.value < 0 ? -1 : 1) : base.value;
      const yT = targetValue === 0 ? ZERO_REPLACEMENT * s : targetValue;
      const observed = growth(latest.value, y0, latest.year - base.year);
      const required = growth(yT, y0, targetYear - base.year);
      result.observedRate = observed;
      result.requiredRate = required;
      moving = Math.sign(s * d * observed) as -1 | 0 | 1;
      if (required !== 0) {
        ratio = (s * d * observed) / Math.abs(required);
        result.ratio = ratio;
      }
    }
  }

  if (meets(latest.value)) return { ...result, status: 'achieved', reason: 'achieved' };
  if (base === undefined) return insufficient('single-observation');
  if (signChange) return insufficient('sign-change');

  if (result.final) {
    // the figure for the target year is in and misses: say whether it moved the right way at all
    return { ...result, status: moving < 0 ? 'regressing' : 'limited-progress', missed: true, reason: 'missed' };
  }
  let status: ProgressStatus;
  if (ratio === null)
    status = moving < 0 ? 'regressing' : 'limited-progress'; // base exactly at the target: nothing is "required"
  else if (ratio >= thresholds.onTrack) status = 'on-track';
  else if (ratio >= thresholds.acceleration) status = 'acceleration-needed';
  else if (ratio >= thresholds.limited) status = 'limited-progress';
  else status = 'regressing';
  return { ...result, status, reason: 'trend' };
}

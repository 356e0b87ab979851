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
import type { PolicyRecord, Target } from '../schema/record.ts';
import { findRegion } from '../data/catalogue.ts';
import type { MilestoneRecord, Observation } from '../data/check.ts';
import { checkBuildDate } from '../dates/build-date.ts';
import { periodEnd, yearOf } from '../dates/partial-date.ts';
import type { IndicatorCatalogue, RegionList } from '../data/indicators-schema.ts';

export type ProgressStatus = 'achieved' | 'on-track' | 'acceleration-needed' | 'limited-progress' | 'regressing' | 'insufficient-data';
export type MilestoneStatus = 'done' | 'pending' | 'overdue';

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
  /** One English sentence saying why, for the page and for tests. */
  reason: string;
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

function pct(rate: number): string {
  return `${(rate * 100).toFixed(2)} %`;
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
    reason: '',
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
  const insufficient = (reason: string): TargetProgress => ({ ...result, status: 'insufficient-data', reason });

  if (target.kind !== 'quantity') return insufficient('not a quantity target');
  if (target.change !== null) return insufficient('a relative target (a change from a base value) is not assessed');
  if (target.recurring !== null) return insufficient('a recurring target (每年 …) is not assessed against a trend');
  if (target.value === null || target.comparator === null) return insufficient('the target has no value or comparator');
  if (result.targetYear === null) return insufficient('the target has no deadline');
  if (target.indicatorId === null) return insufficient('the target is not linked to a catalogued indicator');
  const indicator = ctx.catalogue.indicators.find((i) => i.id === target.indicatorId);
  if (indicator === undefined) return insufficient(`indicator "${target.indicatorId}" is not in data/indicators.yaml`);
  const region = ctx.region === null ? null : findRegion(ctx.region, ctx.regions);
  if (region === null) return insufficient(ctx.region === null ? 'the plan names no region' : `region "${ctx.region}" is not in data/regions.yaml`);
  result.region = region.name;

  const targetYear = result.targetYear;
  const targetValue = target.value;
  const d: 1 | -1 =
    target.comparator === '>=' ? 1 : target.comparator === '<=' ? -1 : indicator.direction === 'higher' ? 1 : -1;
  result.direction = d;
  const tolerance = target.comparator === '=' ? EQUAL_TOLERANCE * Math.abs(targetValue) : target.comparator === '~' ? APPROX_TOLERANCE * Math.abs(targetValue) : 0;
  const meets = (v: number): boolean => (d === 1 ? v >= targetValue - tolerance : v <= targetValue + tolerance);

  const series = yearly(ctx.observations.filter((o) => o.indicatorId === indicator.id && o.regionId === region.id && o.year <= targetYear));
  result.series = series;
  const latest = series[series.length - 1];
  if (latest === undefined) return insufficient(`no observation of ${indicator.name} for ${region.name} up to ${targetYear}`);
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
  let rateProblem: string | null = null;
  if (base !== undefined) {
    const s = base.value < 0 ? -1 : 1;
    if ((base.value > 0 && latest.value < 0) || (base.value < 0 && latest.value > 0) || (base.value !== 0 && targetValue !== 0 && Math.sign(base.value) !== Math.sign(targetValue))) {
      rateProblem = 'the values change sign, which the growth-rate method cannot handle';
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

  const figures = base !== undefined ? `${base.valueText} (${base.period}) → ${latest.valueText} (${latest.period})` : `${latest.valueText} (${latest.period})`;
  const goal = `${target.comparator === '>=' ? '≥' : target.comparator === '<=' ? '≤' : target.comparator === '~' ? '≈' : '='} ${targetValue} by ${targetYear}`;

  if (meets(latest.value)) {
    return { ...result, status: 'achieved', reason: `${figures} meets the target ${goal}` };
  }
  if (base === undefined) {
    return insufficient(`only one observation (${figures}), which does not yet meet the target ${goal}`);
  }
  if (rateProblem !== null) return insufficient(rateProblem);

  if (result.final) {
    // the figure for the target year is in and misses: say whether it moved the right way at all
    const status = moving < 0 ? 'regressing' : 'limited-progress';
    return {
      ...result,
      status,
      missed: true,
      reason: `missed: ${figures} did not reach the target ${goal}${moving < 0 ? ' and moved away from it' : moving === 0 ? ' and did not move' : ''}`,
    };
  }
  const pending = result.deadlinePassed ? ` The deadline has passed; the ${targetYear} figure is not yet in.` : '';
  const rates = result.requiredRate !== null && result.observedRate !== null ? `: ${pct(result.observedRate)} a year against ${pct(result.requiredRate)} needed` : '';
  let status: ProgressStatus;
  if (ratio === null) status = moving < 0 ? 'regressing' : 'limited-progress'; // base exactly at the target: nothing is "required"
  else if (ratio >= thresholds.onTrack) status = 'on-track';
  else if (ratio >= thresholds.acceleration) status = 'acceleration-needed';
  else if (ratio >= thresholds.limited) status = 'limited-progress';
  else status = 'regressing';
  const ratioText = ratio === null ? '' : ` (ratio ${ratio.toFixed(2)})`;
  return { ...result, status, reason: `${figures} towards ${goal}${rates}${ratioText}.${pending}` };
}

export interface MilestoneProgress {
  targetId: string;
  status: MilestoneStatus;
  reason: string;
  /** The last day of the deadline's period (2024 → 2024-12-31), or null. */
  due: string | null;
  /** The latest status record for the target, if any. */
  latest: MilestoneRecord | null;
}

/**
 * done: the latest record says done (for a recurring target: done, and dated this calendar year).
 * overdue: the latest record says missed, or the deadline's whole period lies before `today`.
 * pending: otherwise.
 */
export function milestoneProgress(target: Pick<Target, 'id' | 'deadline' | 'recurring'>, records: readonly MilestoneRecord[], today: string): MilestoneProgress {
  checkBuildDate(today);
  const own = records.filter((r) => r.targetId === target.id);
  // latest by date; a later line wins among records of the same date
  const latest = own.reduce<MilestoneRecord | null>((acc, r) => (acc === null || r.date >= acc.date ? r : acc), null);
  const due = periodEnd(target.deadline);
  const base = { targetId: target.id, due, latest };
  if (latest?.status === 'done') {
    if (target.recurring === null) return { ...base, status: 'done', reason: `done (recorded ${latest.date})` };
    if (yearOf(latest.date) === yearOf(today)) return { ...base, status: 'done', reason: `done this year (recorded ${latest.date})` };
  }
  if (latest?.status === 'missed') return { ...base, status: 'overdue', reason: `recorded as missed on ${latest.date}` };
  if (due !== null && due < today) return { ...base, status: 'overdue', reason: `due ${due} and not recorded as done` };
  return { ...base, status: 'pending', reason: due === null ? 'no deadline' : `due ${due}` };
}

/** Status of every target of a record: quantity targets with an indicator link get a progress status. */
export function recordProgress(
  record: { targets: readonly Target[]; meta: Pick<PolicyRecord['meta'], 'region' | 'planPeriod'> },
  data: { observations: readonly Observation[]; milestones: readonly MilestoneRecord[]; catalogue: IndicatorCatalogue; regions: RegionList; today: string; thresholds?: Thresholds },
): { quantities: TargetProgress[]; milestones: MilestoneProgress[] } {
  const ctx: StatusContext = {
    today: data.today,
    observations: data.observations,
    catalogue: data.catalogue,
    regions: data.regions,
    region: record.meta.region,
    planStart: record.meta.planPeriod?.start ?? null,
    thresholds: data.thresholds,
  };
  return {
    quantities: record.targets.filter((t) => t.kind === 'quantity' && t.indicatorId !== null).map((t) => targetProgress(t, ctx)),
    milestones: record.targets.filter((t) => t.kind === 'milestone').map((t) => milestoneProgress(t, data.milestones, data.today)),
  };
}

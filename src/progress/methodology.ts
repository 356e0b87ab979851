// The methodology page's content that comes from code: the status table built from the same
// threshold constants targetProgress uses, and worked examples computed by targetProgress itself.
import type { Comparator } from '../schema/record.ts';
import type { Observation } from '../data/check.ts';
import type { Indicator, IndicatorCatalogue, RegionList } from '../data/indicators-schema.ts';
import { DEFAULT_THRESHOLDS, targetProgress, type TargetProgress, type Thresholds } from './quantity.ts';
import type { ProgressStatus } from './statuses.ts';

export interface ThresholdRow {
  status: ProgressStatus;
  /** Which condition applies: the page words it. */
  condition: 'achieved' | 'atLeast' | 'range' | 'below' | 'insufficient';
  lo: number | null;
  hi: number | null;
}

/** The status table, best first, from the thresholds the code uses. */
export function thresholdRows(th: Thresholds = DEFAULT_THRESHOLDS): ThresholdRow[] {
  return [
    { status: 'achieved', condition: 'achieved', lo: null, hi: null },
    { status: 'on-track', condition: 'atLeast', lo: th.onTrack, hi: null },
    { status: 'acceleration-needed', condition: 'range', lo: th.acceleration, hi: th.onTrack },
    { status: 'limited-progress', condition: 'range', lo: th.limited, hi: th.acceleration },
    { status: 'regressing', condition: 'below', lo: null, hi: th.limited },
    { status: 'insufficient-data', condition: 'insufficient', lo: null, hi: null },
  ];
}

export interface MethodExampleSpec {
  indicatorId: string;
  region: string;
  value: number;
  comparator: Comparator;
  deadline: string;
  /** First year of the imagined plan period: the base year is the year before. */
  planStart: number;
}

/** The examples of data/README.md ("Worked example"): a ≥ 95 % goal by 2025 in a 2020–2025 plan, on national figures. */
export const METHOD_EXAMPLES: readonly MethodExampleSpec[] = [
  { indicatorId: 'preschool-gross-enrolment', region: '全国', value: 95, comparator: '>=', deadline: '2025', planStart: 2020 },
  { indicatorId: 'upper-secondary-gross-enrolment', region: '全国', value: 95, comparator: '>=', deadline: '2025', planStart: 2020 },
];

export interface WorkedExample {
  spec: MethodExampleSpec;
  indicator: Indicator;
  progress: TargetProgress;
}

/** targetProgress on an imagined target and the real observations; null when the data do not allow a trend. */
export function workedExample(
  spec: MethodExampleSpec,
  data: { observations: readonly Observation[]; catalogue: IndicatorCatalogue; regions: RegionList; today: string; thresholds?: Thresholds },
): WorkedExample | null {
  const indicator = data.catalogue.indicators.find((i) => i.id === spec.indicatorId);
  if (!indicator) return null;
  const progress = targetProgress(
    {
      id: `example-${spec.indicatorId}`,
      kind: 'quantity',
      indicatorId: spec.indicatorId,
      value: spec.value,
      comparator: spec.comparator,
      deadline: spec.deadline,
      change: null,
      baseYear: null,
      recurring: null,
    },
    {
      today: data.today,
      observations: data.observations,
      catalogue: data.catalogue,
      regions: data.regions,
      region: spec.region,
      planStart: spec.planStart,
      thresholds: data.thresholds,
    },
  );
  if (progress.base === null || progress.latest === null || progress.ratio === null) return null;
  return { spec, indicator, progress };
}

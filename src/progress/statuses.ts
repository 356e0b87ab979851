// The progress vocabulary: what a target's status can be, why, and how statuses are
// counted. Apart from the deadline states (src/dates/deadline-state.ts): a passed deadline
// is a fact of the calendar, an overdue milestone a fact of progress: only a record says
// that a milestone was missed; a deadline passed without any record is 'lapsed', not at risk.

/** Quantity targets: the Statistics Canada / Open SDG progress measure (quantity.ts). */
export type ProgressStatus = 'achieved' | 'on-track' | 'acceleration-needed' | 'limited-progress' | 'regressing' | 'insufficient-data';
/** Milestones: from the records of data/milestones/*.csv and the deadline (milestone.ts). */
export type MilestoneStatus = 'done' | 'pending' | 'lapsed' | 'overdue';
export type AnyStatus = ProgressStatus | MilestoneStatus;

/** Quantity statuses, best first; insufficient-data last. */
export const PROGRESS_STATUSES: readonly ProgressStatus[] = [
  'achieved',
  'on-track',
  'acceleration-needed',
  'limited-progress',
  'regressing',
  'insufficient-data',
];
export const MILESTONE_STATUSES: readonly MilestoneStatus[] = ['done', 'pending', 'lapsed', 'overdue'];
const ALL_STATUSES: readonly AnyStatus[] = [...PROGRESS_STATUSES, ...MILESTONE_STATUSES];

/**
 * Why a quantity target has its status, as a code: each language words it once
 * (reason-text.ts); the numbers are in the TargetProgress beside it.
 */
export type QuantityReason =
  | 'not-quantity'
  | 'relative'
  | 'recurring'
  | 'no-value'
  | 'no-deadline'
  | 'unlinked'
  | 'unknown-indicator'
  | 'no-region'
  | 'unknown-region'
  | 'no-data'
  | 'single-observation'
  | 'sign-change'
  | 'achieved'
  | 'missed'
  | 'trend';

/** Why a milestone has its status. */
export type MilestoneReason = 'done' | 'done-this-year' | 'recorded-missed' | 'due-passed' | 'due' | 'no-deadline';

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
  lapsed: 5,
  pending: 6,
  'on-track': 7,
  achieved: 8,
  done: 9,
};

export function compareSeverity(a: AnyStatus, b: AnyStatus): number {
  return SEVERITY[a] - SEVERITY[b];
}

export type StatusCounts = Record<AnyStatus, number> & { total: number; atRisk: number };

export function emptyCounts(): StatusCounts {
  const c = { total: 0, atRisk: 0 } as StatusCounts;
  for (const s of ALL_STATUSES) c[s] = 0;
  return c;
}

export function addStatus(c: StatusCounts, status: AnyStatus): void {
  c[status]++;
  c.total++;
  if (AT_RISK_SET.has(status)) c.atRisk++;
}

export function countStatuses(statuses: Iterable<{ status: AnyStatus }>): StatusCounts {
  const c = emptyCounts();
  for (const s of statuses) addStatus(c, s.status);
  return c;
}

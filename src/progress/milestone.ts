// Status of a milestone (a dated commitment without a number) from the records of
// data/milestones/*.csv and its deadline. Nothing here reads the clock.
import type { Target } from '../schema/record.ts';
import type { MilestoneRecord } from '../data/check.ts';
import { checkBuildDate } from '../dates/build-date.ts';
import { periodEnd, yearOf } from '../dates/partial-date.ts';
import type { MilestoneReason, MilestoneStatus } from './statuses.ts';

export interface MilestoneProgress {
  targetId: string;
  status: MilestoneStatus;
  /** Why: worded by reason-text.ts from this, the due day and the latest record. */
  reason: MilestoneReason;
  /** The last day of the deadline's period (2024 → 2024-12-31), or null. */
  due: string | null;
  /** The latest status record for the target, if any. */
  latest: MilestoneRecord | null;
}

/**
 * done: the latest record says done (for a recurring target: done, and dated this calendar year).
 * overdue: the latest record says missed: only a record says that work was not done.
 * lapsed: the deadline's whole period lies before `today` and no record says anything (期限已过 · 无完成记录).
 * pending: otherwise.
 */
export function milestoneProgress(
  target: Pick<Target, 'id' | 'deadline' | 'recurring'>,
  records: readonly MilestoneRecord[],
  today: string,
): MilestoneProgress {
  checkBuildDate(today);
  const own = records.filter((r) => r.targetId === target.id);
  // latest by date; a later line wins among records of the same date
  const latest = own.reduce<MilestoneRecord | null>((acc, r) => (acc === null || r.date >= acc.date ? r : acc), null);
  const due = periodEnd(target.deadline);
  const base = { targetId: target.id, due, latest };
  if (latest?.status === 'done') {
    if (target.recurring === null) return { ...base, status: 'done', reason: 'done' };
    if (yearOf(latest.date) === yearOf(today)) return { ...base, status: 'done', reason: 'done-this-year' };
  }
  if (latest?.status === 'missed') return { ...base, status: 'overdue', reason: 'recorded-missed' };
  if (due !== null && due < today) return { ...base, status: 'lapsed', reason: 'due-passed' };
  return { ...base, status: 'pending', reason: due === null ? 'no-deadline' : 'due' };
}

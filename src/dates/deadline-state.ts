// Where a deadline stands on the build date: passed, due soon, open or undated. These are
// facts of the calendar, not of progress: a passed deadline says nothing about whether the
// work was done (that is a progress status, src/progress/statuses.ts).
import { daysBetween, periodEnd } from './partial-date.ts';

export type DeadlineState = 'passed' | 'due-soon' | 'open' | 'undated';

/** Days ahead within which an open deadline counts as "due soon". */
const DUE_SOON_DAYS = 180;

/** A deadline has passed only once its whole period has: "2025" passes on 2026-01-01, not during 2025. */
export function deadlineState(deadline: string | null | undefined, today: string, soonDays = DUE_SOON_DAYS): DeadlineState {
  const end = periodEnd(deadline);
  if (!end) return 'undated';
  const days = daysBetween(today, end);
  if (days < 0) return 'passed';
  if (days <= soonDays) return 'due-soon';
  return 'open';
}

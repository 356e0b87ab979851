// A recurring duty (每年, 每学期, 每季度 …) as an iCalendar recurrence: its first occurrence on
// or after the build date, at the end of the period it recurs in, and the RRULE that repeats it.
import type { Recurrence } from '../schema/record.ts';

export interface RecurringEvent {
  /** YYYY-MM-DD: the first occurrence. */
  date: string;
  /** RRULE value, e.g. FREQ=YEARLY or FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=-1. */
  rrule: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * `today` is the build date. A duty due every year falls on 31 December, every half year or
 * semester on the last day of June and December, every quarter at each quarter's end, every
 * month at each month's end: the last day a person may do it in. `until` (YYYY-MM-DD) ends the
 * series, e.g. the end of the plan's deadline.
 */
export function recurringEvent(recurrence: Recurrence, today: string, until?: string | null): RecurringEvent {
  const [year, month] = today.split('-').map(Number);
  const end = (months: number) => {
    const m = Math.ceil(month / months) * months;
    return `${year}-${pad(m)}-${pad(lastDay(year, m))}`;
  };
  const rules: Record<Recurrence, RecurringEvent> = {
    year: { date: `${year}-12-31`, rrule: 'FREQ=YEARLY' },
    'half-year': { date: end(6), rrule: 'FREQ=MONTHLY;INTERVAL=6;BYMONTHDAY=-1' },
    semester: { date: end(6), rrule: 'FREQ=MONTHLY;INTERVAL=6;BYMONTHDAY=-1' },
    quarter: { date: end(3), rrule: 'FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=-1' },
    month: { date: end(1), rrule: 'FREQ=MONTHLY;BYMONTHDAY=-1' },
    week: { date: today, rrule: 'FREQ=WEEKLY' },
    day: { date: today, rrule: 'FREQ=DAILY' },
  };
  const rule = rules[recurrence];
  return until && until >= rule.date ? { ...rule, rrule: `${rule.rrule};UNTIL=${until.replace(/-/g, '')}` } : rule;
}

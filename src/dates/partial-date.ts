// Partial dates ("2025", "2025-12", "2023-11-07") and deadline arithmetic.
// A deadline is due at the END of the period it names: "2025" → 2025-12-31,
// "2025-02" → 2025-02-28. Dates are handled as ISO day strings (YYYY-MM-DD)
// so that no time zone can shift them.

export type Precision = 'year' | 'month' | 'day';

export interface ParsedDate {
  year: number;
  month: number | null;
  day: number | null;
  precision: Precision;
}

const PARTIAL = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export function parsePartialDate(value: string | null | undefined): ParsedDate | null {
  if (!value) return null;
  const m = PARTIAL.exec(value.trim());
  if (!m) return null;
  const year = Number(m[1]);
  const month = m[2] ? Number(m[2]) : null;
  const day = m[3] ? Number(m[3]) : null;
  if (month !== null && (month < 1 || month > 12)) return null;
  if (day !== null && (day < 1 || day > daysInMonth(year, month!))) return null;
  return { year, month, day, precision: day !== null ? 'day' : month !== null ? 'month' : 'year' };
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
export const isoDay = (y: number, m: number, d: number) => `${pad(y, 4)}-${pad(m)}-${pad(d)}`;

/** First day of the period a partial date names. */
export function periodStart(value: string | null | undefined): string | null {
  const p = parsePartialDate(value);
  if (!p) return null;
  return isoDay(p.year, p.month ?? 1, p.day ?? 1);
}

/** Last day of the period a partial date names: the day a deadline falls due. */
export function periodEnd(value: string | null | undefined): string | null {
  const p = parsePartialDate(value);
  if (!p) return null;
  const month = p.month ?? 12;
  return isoDay(p.year, month, p.day ?? daysInMonth(p.year, month));
}

/** Days from `from` to `to` (ISO days); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The ISO day after `day` (iCalendar all-day events end on the following day). */
export function nextDay(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** Today's date where the policies apply (China Standard Time) as YYYY-MM-DD. */
export function todayIn(timeZone = 'Asia/Shanghai', now: Date = new Date()): string {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

export type DeadlineStatus = 'overdue' | 'due-soon' | 'upcoming' | 'undated';

/** Days ahead within which an open deadline counts as "due soon". */
export const DUE_SOON_DAYS = 180;

/**
 * Where a deadline stands on `today`. A deadline is overdue only once its whole
 * period has passed: "2025" is overdue from 2026-01-01, not during 2025.
 */
export function deadlineStatus(deadline: string | null | undefined, today: string, soonDays = DUE_SOON_DAYS): DeadlineStatus {
  const end = periodEnd(deadline);
  if (!end) return 'undated';
  const days = daysBetween(today, end);
  if (days < 0) return 'overdue';
  if (days <= soonDays) return 'due-soon';
  return 'upcoming';
}

/**
 * Order deadlines by the day they fall due; at the same due day the more precise
 * one first ("2025-12-31" before "2025"); undated last.
 */
export function compareDeadlines(a: string | null | undefined, b: string | null | undefined): number {
  const ea = periodEnd(a);
  const eb = periodEnd(b);
  if (!ea || !eb) return ea ? -1 : eb ? 1 : 0;
  if (ea !== eb) return ea < eb ? -1 : 1;
  const sa = periodStart(a)!;
  const sb = periodStart(b)!;
  return sa === sb ? 0 : sa > sb ? -1 : 1;
}

/** Year a partial date falls in, or null. */
export function yearOf(value: string | null | undefined): number | null {
  return parsePartialDate(value)?.year ?? null;
}

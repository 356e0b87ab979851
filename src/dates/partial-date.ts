// Partial dates ("2025", "2025-12", "2023-11-07"): as precise as the text states, never
// more. The one place they are parsed and checked against the calendar; pipeline,
// record schema, progress data and site all call it. A deadline is due at the END of the
// period it names: "2025" → 2025-12-31, "2025-02" → 2025-02-28. Dates are handled as ISO
// day strings (YYYY-MM-DD) so that no time zone can shift them.

type Precision = 'year' | 'month' | 'day';

export interface ParsedDate {
  year: number;
  month: number | null;
  day: number | null;
  precision: Precision;
}

const PARTIAL = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** YYYY, YYYY-MM or YYYY-MM-DD naming a month and day that exist; else null. */
export function parsePartialDate(value: string | null | undefined): ParsedDate | null {
  if (!value) return null;
  const m = PARTIAL.exec(value);
  if (!m) return null;
  const year = Number(m[1]);
  const month = m[2] ? Number(m[2]) : null;
  const day = m[3] ? Number(m[3]) : null;
  if (month !== null && (month < 1 || month > 12)) return null;
  if (month !== null && day !== null && (day < 1 || day > daysInMonth(year, month))) return null;
  return { year, month, day, precision: day !== null ? 'day' : month !== null ? 'month' : 'year' };
}

export function isPartialDate(value: string): boolean {
  return parsePartialDate(value) !== null;
}

/** A whole calendar date, YYYY-MM-DD. */
export function isFullDate(value: string): boolean {
  return parsePartialDate(value)?.precision === 'day';
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const isoDay = (y: number, m: number, d: number) => `${pad(y, 4)}-${pad(m)}-${pad(d)}`;

/**
 * The most precise partial date that exists for what a text says: 2024年2月30日 names no
 * day, so it stays 2024-02; a month out of range leaves the year.
 */
export function toPartialDate(year: number, month: number | null, day: number | null): string {
  if (month === null || month < 1 || month > 12) return pad(year, 4);
  if (day === null || day < 1 || day > daysInMonth(year, month)) return `${pad(year, 4)}-${pad(month)}`;
  return isoDay(year, month, day);
}

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

/** Year a partial date falls in, or null. */
export function yearOf(value: string | null | undefined): number | null {
  return parsePartialDate(value)?.year ?? null;
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

/**
 * Order partial dates by the day their period ends; at the same day the more precise one
 * first ("2025-12-31" before "2025"); missing or invalid last.
 */
export function comparePartialDates(a: string | null | undefined, b: string | null | undefined): number {
  const ea = periodEnd(a);
  const eb = periodEnd(b);
  if (!ea || !eb) return ea ? -1 : eb ? 1 : 0;
  if (ea !== eb) return ea < eb ? -1 : 1;
  const sa = periodStart(a)!;
  const sb = periodStart(b)!;
  return sa === sb ? 0 : sa > sb ? -1 : 1;
}

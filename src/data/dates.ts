// Partial dates (YYYY, YYYY-MM, YYYY-MM-DD) and the build date. Nothing here reads the clock:
// `today` is always passed in (the build date, YYYY-MM-DD).

const PARTIAL = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** True for YYYY, YYYY-MM and YYYY-MM-DD that name a real month and day. */
export function isPartialDate(text: string): boolean {
  const m = PARTIAL.exec(text);
  if (!m) return false;
  const month = m[2] === undefined ? 1 : Number(m[2]);
  if (month < 1 || month > 12) return false;
  if (m[3] === undefined) return true;
  const day = Number(m[3]);
  return day >= 1 && day <= daysInMonth(Number(m[1]), month);
}

/** True for a full calendar date YYYY-MM-DD. */
export function isFullDate(text: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(text) && isPartialDate(text);
}

/** The year a partial date falls in. */
export function yearOf(partial: string): number {
  return Number(partial.slice(0, 4));
}

/** The last day a partial date covers: "2024" → 2024-12-31, "2024-02" → 2024-02-29. */
export function endOfPeriod(partial: string): string {
  const m = PARTIAL.exec(partial);
  if (!m || !isPartialDate(partial)) throw new Error(`not a date written as YYYY, YYYY-MM or YYYY-MM-DD: ${partial}`);
  const year = Number(m[1]);
  if (m[3] !== undefined) return partial;
  const month = m[2] === undefined ? 12 : Number(m[2]);
  return `${m[1]}-${String(month).padStart(2, '0')}-${String(daysInMonth(year, month)).padStart(2, '0')}`;
}

/** True when the whole period of `partial` lies before `today`. */
export function isPast(partial: string, today: string): boolean {
  return endOfPeriod(partial) < today;
}

/** Throws unless `today` is a full date: catches a forgotten or malformed build date early. */
export function assertToday(today: string): void {
  if (!isFullDate(today)) throw new Error(`"today" must be the build date written as YYYY-MM-DD, got "${today}"`);
}

// The build date ("today") that deadlines, statuses and "too new" data are judged
// against: LUOSHI_BUILD_DATE when set (tests and benchmarks pin it), else today in China
// Standard Time. Read here only, by the CLI and the site alike.
import { isFullDate } from './partial-date.ts';

/** Today where the policies apply as YYYY-MM-DD. */
export function todayIn(timeZone = 'Asia/Shanghai', now: Date = new Date()): string {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** Throws unless `today` is a whole calendar date: catches a forgotten or malformed build date early. */
export function checkBuildDate(today: string, name = 'the build date'): string {
  if (!isFullDate(today)) throw new Error(`${name} must be a date written as YYYY-MM-DD, got "${today}"`);
  return today;
}

/** LUOSHI_BUILD_DATE (checked), else today in China Standard Time. */
export function buildDate(env: Record<string, string | undefined> = process.env, now: Date = new Date()): string {
  const pinned = env.LUOSHI_BUILD_DATE;
  return pinned ? checkBuildDate(pinned, 'LUOSHI_BUILD_DATE') : todayIn('Asia/Shanghai', now);
}

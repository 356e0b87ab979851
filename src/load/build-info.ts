// Facts fixed for one build. LUOSHI_BUILD_DATE (YYYY-MM-DD) pins "today" so that
// tests and benchmarks produce the same pages on any day.
import { todayIn } from '../dates/partial-date.ts';

function readBuildDate(): string {
  const pinned = typeof process !== 'undefined' ? process.env.LUOSHI_BUILD_DATE : undefined;
  if (pinned) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(pinned)) throw new Error(`LUOSHI_BUILD_DATE must be YYYY-MM-DD, got "${pinned}"`);
    return pinned;
  }
  return todayIn('Asia/Shanghai');
}

/** The build date ("today") in China Standard Time, YYYY-MM-DD. */
export const buildDate: string = readBuildDate();

/** The build moment in UTC, for iCalendar DTSTAMP: midnight of the build date when pinned. */
export const buildStamp: Date =
  typeof process !== 'undefined' && process.env.LUOSHI_BUILD_DATE ? new Date(`${buildDate}T00:00:00Z`) : new Date();

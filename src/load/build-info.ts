// Facts fixed for one build: "today" (src/dates/build-date.ts reads it) and the moment
// calendar feeds are stamped with. LUOSHI_BUILD_DATE pins both, so that tests and
// benchmarks produce the same pages on any day.
import { buildDate as readBuildDate } from '../dates/build-date.ts';

const env = typeof process !== 'undefined' ? process.env : {};

/** The build date ("today") in China Standard Time, YYYY-MM-DD. */
export const buildDate: string = readBuildDate(env);

/** The build moment in UTC, for iCalendar DTSTAMP: midnight of the build date when pinned. */
export const buildStamp: Date = env.LUOSHI_BUILD_DATE ? new Date(`${buildDate}T00:00:00Z`) : new Date();

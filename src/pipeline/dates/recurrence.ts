// 每年, 每学期, 每半年 …: how often a duty recurs.
import type { Recurrence } from '../../schema/record.ts';

const WORDS: Array<[RegExp, Recurrence]> = [
  [/每半年|每半学年/, 'half-year'],
  [/每学期|每个学期/, 'semester'],
  [/每季度|每个季度|每一季度/, 'quarter'],
  [/每年度|每学年|每一年|每年|按年度|逐年|年年/, 'year'],
  [/每个?月/, 'month'],
  [/每周|每星期/, 'week'],
  [/每天|每日/, 'day'],
];

/** Days in a recurrence's period, and in a time unit (a figure of 分钟 … 年). */
const PERIOD_DAYS: Record<Recurrence, number> = { day: 1, week: 7, month: 30, quarter: 91, semester: 150, 'half-year': 182, year: 365 };
const UNIT_DAYS = new Map(Object.entries({ 分钟: 1 / 1440, 小时: 1 / 24, 天: 1, 日: 1, 工作日: 1, 个工作日: 1, 周: 7, 月: 30, 学期: 150, 年: 365 }));

/** Whether a figure in `unit` is a duration (3年, 30分钟, 15个工作日) rather than a count. */
export const isDuration = (unit: string): boolean => UNIT_DAYS.has(unit);

/**
 * Whether a figure in `unit` can recur every `recurrence`: any count can, a duration only when it
 * fits in the period (每天…不少于30分钟 is daily; 每年…用3年 is no yearly duty).
 */
export function recursWithin(unit: string, recurrence: Recurrence): boolean {
  const days = UNIT_DAYS.get(unit);
  return days === undefined || days < PERIOD_DAYS[recurrence];
}

export interface RecurrenceMatch {
  recurrence: Recurrence;
  start: number;
  end: number;
}

/** A short quoted name (“每天一课”, “一月一主题”): a programme's name, not how often a duty recurs. */
const QUOTED_NAME = /[“"「][^“”"「」]{1,10}[”"」]/g;

/** Recurrence words of a (folded) text, in order. 每五年 (a cycle) is not one. */
export function findRecurrences(text: string): RecurrenceMatch[] {
  const found: RecurrenceMatch[] = [];
  const names = [...text.matchAll(QUOTED_NAME)].map((m) => [m.index, m.index + m[0].length]);
  for (const [re, recurrence] of WORDS) {
    for (const m of text.matchAll(new RegExp(re.source, 'g'))) {
      const start = m.index;
      const end = start + m[0].length;
      if (found.some((f) => start < f.end && end > f.start)) continue;
      if (names.some(([from, to]) => start > from && end < to)) continue;
      // 逐年提升 describes a trend, not a duty that recurs.
      if (m[0] === '逐年' || m[0] === '年年') continue;
      found.push({ recurrence, start, end });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

// Every date phrase of a (folded) text, with what it means for a deadline. This is
// the one place a date phrase is parsed: deadlines, document dates, plan periods and
// base years all come from here.
import { parseChineseNumeral } from '../numbers/chinese-numeral.ts';
import { isFullDate, toPartialDate } from '../../dates/partial-date.ts';
import type { PartialDate } from '../../schema/record.ts';

export type DateRole =
  /** 到2025年, 2023年底前, 2022年12月底前, 争取2023年: a time by which something is done. */
  | 'deadline'
  /** 2024年7月对…进行中期评估: a time at which something happens. */
  | 'point'
  /** 比2020年下降: the base of a relative change. */
  | 'base'
  /** 每年7月: a yearly date, not a deadline. */
  | 'recurring'
  /** 2023—2025年, 十四五: a period; its end counts as a deadline. */
  | 'period'
  /**
   * 今年, 2021年是…, 经2024年第31次党组会: the time a sentence speaks of. It dates what
   * the sentence commits to, but is no milestone of its own.
   */
  | 'context';

/**
 * The document's own time, against which relative phrases resolve: the year it is
 * issued or delivered in (今年, 年内, 年底前, 一季度, 10月15日前) and the last year of
 * its plan period (期末, 规划期末). Unknown parts stay null and their phrases date nothing.
 */
export interface TimeFrame {
  year: number | null;
  planEnd: number | null;
}

export const NO_FRAME: TimeFrame = { year: null, planEnd: null };

export interface DatePhrase {
  start: number;
  end: number;
  role: DateRole;
  /** The last moment the phrase names: 2023年底 → 2023-12, 2025年 → 2025. */
  value: PartialDate;
  /** First year of a period (or the year itself). */
  from: number;
  /** True when the phrase opens its clause and is followed by a comma: 到2025年, … */
  leading: boolean;
}

const YEAR = '(?:\\d{4}|[〇零一二三四五六七八九]{4})';
const MONTH = '(?:\\d{1,2}|[一二三四五六七八九十]{1,3})';
const SINGLE = `(${YEAR})\\s*年\\s*(?:(${MONTH})\\s*月\\s*(?:(${MONTH}|[二三]?十[一二三四五六七八九]?)\\s*[日号])?)?\\s*(上半年|下半年|第[一二三四1-4]季度|年底|年末|底|末)?`;
const RANGE = new RegExp(`(${YEAR})\\s*(?:年\\s*(?:(${MONTH})\\s*月)?)?\\s*[—–\\-~～至到]{1,2}\\s*(${YEAR})\\s*年\\s*(?:(${MONTH})\\s*月)?`, 'g');
const SINGLE_RE = new RegExp(SINGLE, 'g');
/** A window of days: 2019年1月1日至12月31日, 2019年1月1日至2020年12月31日 — it runs to its last day. */
const DAY = `(?:${MONTH}|[二三]?十[一二三四五六七八九]?)`;
const WINDOW = new RegExp(
  `(${YEAR})\\s*年\\s*(${MONTH})\\s*月\\s*(${DAY})\\s*日\\s*(?:起\\s*)?[—–\\-~～至到]{1,2}\\s*(?:(${YEAR})\\s*年\\s*)?(${MONTH})\\s*月\\s*(${DAY})\\s*日`,
  'g',
);
/**
 * Phrases of the document's own year: 今年, 年内, 全年, 本年度, 明年; a year's part without a year
 * (年底前, 上半年, 三季度). 三年内, 1年内 are spans from some start, not this year.
 */
const THIS_YEAR =
  /(今年|本年度|本年|(?<![\d〇零一二三四五六七八九十两几数多])年内|全年|明年)(?:\s*(上半年|下半年|年底|年末|底))?|(?<![\d〇零一二三四五六七八九十年])(?:(上半年|下半年)|(?:第)?([一二三四1-4])\s*季度|年底|年末)(?:\s*(?:前|以前|之前))?/g;
/** A month (and day) without a year: 10月15日前, 6月底前. */
const MONTH_ONLY = new RegExp(
  `(?<![\\d〇零一二三四五六七八九十年每])(${MONTH})\\s*月\\s*(?:(${MONTH}|[二三]?十[一二三四五六七八九]?)\\s*[日号]|底|末)\\s*(?:前|以前|之前)`,
  'g',
);
/** The end of the plan period: 期末, 规划期末. */
const PERIOD_END = /(?<![“"五])(规划期末|期末)/g;
// 十四五 only as a plan: quoted (“十四五”) or followed by 期间/时期/末/规划 — 十五个 is a count.
const FIVE_YEAR =
  /(?:“|")([十]?[一二三四五六七八九十]{1,2})五(?:”|")\s*(?:期间|时期|期末|末|规划期末|规划期)?|(?<![一二三四五六七八九十])([十]?[一二三四五六七八九十]{1,2})五\s*(?=期间|时期|末|规划)(?:期间|时期|末)?/g;

function num(text: string | undefined): number | null {
  if (!text) return null;
  return /^\d+$/.test(text) ? Number(text) : parseChineseNumeral(text);
}

/** As precise as the calendar allows: 2024年2月30日 names no day, so it is read as 2024-02. */
const partial = (year: number, month: number | null, day: number | null): PartialDate => toPartialDate(year, month, day);

/** The five-year plan a numeral names: 十四五 → 2021–2025. */
export function fiveYearPlan(numeral: string): { start: number; end: number } | null {
  const n = parseChineseNumeral(numeral);
  if (n === null || n < 6 || n > 20) return null;
  // The third plan started in 1966 after three years of readjustment.
  const start = 1966 + (n - 3) * 5;
  return { start, end: start + 4 };
}

function roleOf(before: string, after: string): DateRole {
  if (/(比|较|相比|与)\s*$/.test(before) && /^\s*(相比|下降|降低|减少|增长|提高|增加|上升|末)/.test(after)) return 'base';
  if (/(比|较)\s*$/.test(before)) return 'base';
  // 数据截止日期为2020年12月31日: the time data are taken at, no commitment.
  if (/(截止日期|截至日期|统计时点|基准日|时点)(为|是)?\s*$/.test(before)) return 'context';
  // 在2018年基础上翻两番: the year a change is measured from.
  if (/^\s*(的)?基础上/.test(after)) return 'base';
  if (/每(年|年度)\s*$/.test(before)) return 'recurring';
  if (/(到|至|截至|截止|力争|争取|确保|在|于|最迟|不晚于)\s*$/.test(before)) return 'deadline';
  if (/^\s*(前|以前|之前|完成|底前)/.test(after)) return 'deadline';
  // 2021年是…的第一年, 2024年第31次党组会: a statement about the year, a meeting of it.
  if (/^\s*(是|第)/.test(after)) return 'context';
  return 'point';
}

const monthOfPart = (part: string | undefined, quarter: string | undefined): number => {
  if (part === '上半年') return 6;
  if (quarter) return 3 * (num(quarter) ?? 4);
  return 12;
};

/** Relative phrases, resolved against the document's own year and plan period. */
function relativePhrases(text: string, frame: TimeFrame, free: (s: number, e: number) => boolean): DatePhrase[] {
  const found: DatePhrase[] = [];
  const push = (start: number, end: number, value: PartialDate, from: number, role: DateRole = 'deadline') => {
    if (!free(start, end)) return;
    const before = text.slice(Math.max(0, start - 6), start);
    if (/每(年|年度)?\s*$/.test(before)) return;
    const lead = /(?:^|[，,。；;：:\s(（])\s*(?:到|至|截至|力争|争取|在|于)?\s*$/.test(before);
    found.push({ start, end, role, value, from, leading: lead && /^\s*[，,]/.test(text.slice(end)) });
  };
  if (frame.year !== null) {
    const year = frame.year;
    for (const m of text.matchAll(THIS_YEAR)) {
      const own = m[1] === '明年' ? year + 1 : year;
      const part = m[2] ?? m[3];
      const month = m[1] === '全年' || (m[1] && !part) ? null : monthOfPart(part, m[4]);
      // 今年, 全年 speak of the year; 年内, 年底前, 上半年 set a time within it.
      const within = m[1] === '年内' || part !== undefined || m[4] !== undefined || !m[1];
      push(m.index, m.index + m[0].length, month === null ? String(own) : partial(own, month, null), own, within ? 'deadline' : 'context');
    }
    for (const m of text.matchAll(MONTH_ONLY)) {
      const month = num(m[1]);
      if (month === null || month > 12) continue;
      push(m.index, m.index + m[0].length, partial(year, month, num(m[2])), year);
    }
  }
  if (frame.planEnd !== null) {
    for (const m of text.matchAll(PERIOD_END)) push(m.index, m.index + m[0].length, String(frame.planEnd), frame.planEnd);
  }
  return found;
}

/** All date phrases of `text` (which must already be folded), in order; relative ones when `frame` knows the document's time. */
export function findDatePhrases(text: string, frame: TimeFrame = NO_FRAME): DatePhrase[] {
  const found: DatePhrase[] = [];
  const taken: Array<[number, number]> = [];
  const free = (s: number, e: number) => taken.every(([a, b]) => e <= a || s >= b);

  for (const m of text.matchAll(WINDOW)) {
    const from = num(m[1]);
    const to = m[4] !== undefined ? num(m[4]) : from;
    if (from === null || to === null || to < from || to - from > 30) continue;
    const start = m.index;
    const end = start + m[0].length;
    taken.push([start, end]);
    found.push({ start, end, role: 'period', value: partial(to, num(m[5]), num(m[6])), from, leading: false });
  }
  for (const m of text.matchAll(RANGE)) {
    const start = m.index;
    const end = start + m[0].length;
    const from = num(m[1]);
    const to = num(m[3]);
    if (from === null || to === null || to < from || to - from > 30 || !free(start, end)) continue;
    const month = num(m[4]);
    taken.push([start, end]);
    found.push({ start, end, role: 'period', value: partial(to, month, null), from, leading: false });
  }
  for (const m of text.matchAll(SINGLE_RE)) {
    const start = m.index;
    let end = start + m[0].length;
    if (!free(start, end)) continue;
    const year = num(m[1]);
    if (year === null || year < 1949 || year > 2100) continue;
    let month = num(m[2]);
    const day = num(m[3]);
    const tail = m[4];
    if (tail === '年底' || tail === '年末' || tail === '底' || tail === '末') month ??= 12;
    if (tail === '上半年') month = 6;
    if (tail === '下半年') month = 12;
    if (tail?.startsWith('第')) month = 3 * (num(tail.slice(1, 2)) ?? 4);
    const after = text.slice(end, end + 6);
    const before = text.slice(Math.max(0, start - 6), start);
    const suffix = /^\s*(?:以前|之前|前)/.exec(after);
    if (suffix) end += suffix[0].length;
    const role = tail && /底|末/.test(tail) && roleOf(before, after) === 'point' ? 'deadline' : roleOf(before, after);
    const lead = /(?:^|[，,。；;：:\s(（])\s*(?:到|至|截至|力争|争取|在)?\s*$/.test(before);
    const leading = lead && /^[\s]*[，,]/.test(text.slice(end));
    taken.push([start, end]);
    found.push({ start, end, role, value: partial(year, month, day), from: year, leading });
  }
  for (const m of text.matchAll(FIVE_YEAR)) {
    const plan = fiveYearPlan(m[1] ?? m[2]);
    if (!plan) continue;
    const start = m.index;
    const end = start + m[0].length;
    if (!free(start, end)) continue;
    taken.push([start, end]);
    // 较“十三五”期末翻一番: a change measured from the end of an earlier plan.
    if (/(比|较|相比)\s*$/.test(text.slice(Math.max(0, start - 4), start))) {
      found.push({ start, end, role: 'base', value: String(plan.end), from: plan.end, leading: false });
      continue;
    }
    found.push({ start, end, role: 'period', value: String(plan.end), from: plan.start, leading: /期间/.test(m[0]) });
  }
  found.push(...relativePhrases(text, frame, free));
  return found.sort((a, b) => a.start - b.start);
}

/** An issue or signing date printed in full: 2019年3月20日, 二〇二四年三月十五日, 2023-11-07. */
export function parseFullDate(text: string): string | null {
  const iso = /(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})/.exec(text);
  const day = iso ? partial(Number(iso[1]), Number(iso[2]), Number(iso[3])) : null;
  if (day !== null && isFullDate(day)) return day;
  for (const p of findDatePhrases(text)) {
    if (isFullDate(p.value)) return p.value;
  }
  return null;
}

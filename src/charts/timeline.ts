// SVG geometry for deadline charts, computed at build time with d3 (no DOM).
// Components only draw what these functions return.
// Import from 'd3' (the declared dependency) rather than its hoisted sub-packages.
import { scaleUtc, max, min, rollup, utcYear, utcMonth, timeFormatLocale } from 'd3';
// The package maps ./locale/* to ./locale/*.json: name it without the extension.
import zhCN from 'd3-time-format/locale/zh-CN';
import type { DeadlineState } from '../dates/deadline-state.ts';
import { periodEnd, periodStart } from '../dates/partial-date.ts';
import { textWidth } from './indicator-chart.ts';

const locale = timeFormatLocale(zhCN as Parameters<typeof timeFormatLocale>[0]);
const fmtYear = locale.utcFormat('%Y年');
const fmtMonth = locale.utcFormat('%-m月');

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

export interface TimelineItem {
  id: string;
  /** Due day, YYYY-MM-DD. */
  due: string;
  /** The deadline as written ("2025", "2025-12"), shown instead of the due day. */
  deadline?: string;
  label: string;
  status: DeadlineState;
  href: string;
}

export interface TimelineGroup {
  key: string;
  label: string;
  href?: string;
  items: TimelineItem[];
}

export interface Tick {
  /** The line: 1 January of a year (major) or the first of a month. */
  x: number;
  major: boolean;
  /** Empty when the label is left out (the closing boundary, or no room beside its neighbours). */
  label: string;
  /** Years are labelled in the middle of their band, months beside their line, one row below. */
  labelX: number;
  labelY: number;
  anchor: 'start' | 'middle' | 'end';
  /** The year a major tick opens. */
  year?: number;
}

export interface Mark {
  x: number;
  y: number;
  r: number;
  count: number;
  /** Worst status among the items the mark stands for. */
  status: DeadlineState;
  due: string;
  items: TimelineItem[];
}

export interface TimelineRow {
  key: string;
  label: string;
  href?: string;
  labelY: number;
  lineY: number;
  marks: Mark[];
}

export interface TimelineGeometry {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  ticks: Tick[];
  today: { x: number; visible: boolean };
  rows: TimelineRow[];
  first: string | null;
  last: string | null;
  count: number;
}

const STATUS_RANK: Record<DeadlineState, number> = { passed: 3, 'due-soon': 2, open: 1, undated: 0 };

export interface TimelineOptions {
  width?: number;
  rowHeight?: number;
  /** Characters of a row label before it is cut (the data table carries the full label). */
  labelChars?: number;
}

/** Font size of axis labels (global.css .chart .axis-label), for the room they need. */
const AXIS_FONT = 11;

/**
 * Where an item stands on the axis: inside the period its deadline names, so that a "2023"
 * deadline is drawn in the 2023 band, not on the 2024 line its last day touches. A year or a
 * month is drawn at its middle, a day at that day.
 */
function placeOf(item: TimelineItem): Date {
  const start = periodStart(item.deadline);
  const end = periodEnd(item.deadline);
  if (!item.deadline || !start || !end || start === end) return day(item.due);
  return new Date((day(start).getTime() + day(end).getTime()) / 2);
}

/** Drops labels that would overlap the label kept before them (ticks in x order). */
function thinLabels(ticks: Tick[], gap = 6): void {
  let right = -Infinity;
  for (const tk of ticks) {
    if (!tk.label) continue;
    const w = textWidth(tk.label, AXIS_FONT);
    const left = tk.anchor === 'start' ? tk.labelX : tk.anchor === 'end' ? tk.labelX - w : tk.labelX - w / 2;
    if (left < right + gap) tk.label = '';
    else right = left + w;
  }
}

/**
 * One row per group: its label on top, its deadlines as marks on a shared time
 * axis below. Items due the same day in a row merge into one mark sized by count.
 */
export function timelineGeometry(groups: readonly TimelineGroup[], today: string, opts: TimelineOptions = {}): TimelineGeometry {
  const width = opts.width ?? 720;
  const rowHeight = opts.rowHeight ?? 44;
  const labelChars = opts.labelChars ?? 40;
  const dues = groups.flatMap((g) => g.items.map((i) => i.due));
  const first = min(dues) ?? null;
  const last = max(dues) ?? null;
  const lo = utcYear.floor(day(first && first < today ? first : today));
  const hi = utcYear.offset(utcYear.floor(day(last && last > today ? last : today)), 1);
  const spanYears = hi.getUTCFullYear() - lo.getUTCFullYear();
  const months = spanYears <= 3;
  // a row of year labels, and one of month labels below it on short spans
  const plot = { left: 16, right: width - 24, top: months ? 40 : 28, bottom: 0 };
  const x = scaleUtc().domain([lo, hi]).range([plot.left, plot.right]);

  // About one labelled year per 56px (a label is about 40px): every year, or every 2nd/5th/10th on long spans.
  const step = [1, 2, 5, 10, 20, 50].find((s) => spanYears / s <= width / 56) ?? 100;
  const years = utcYear
    .range(lo, utcYear.offset(hi, 1))
    .filter((d) => d.getUTCFullYear() % step === 0 || d.getTime() === lo.getTime() || d.getTime() === hi.getTime());
  const yearRow = plot.top - (months ? 22 : 10);
  const ticks: Tick[] = years.map((d) => {
    const y = d.getUTCFullYear();
    // The closing boundary (1 January after the last deadline) gets a line but no label.
    const labelled = d.getTime() !== hi.getTime();
    const bandEnd = Math.min(x(utcYear.offset(d, step - (y % step))), plot.right);
    return {
      x: x(d),
      year: y,
      major: true,
      label: labelled ? fmtYear(d) : '',
      labelX: step === 1 ? (x(d) + bandEnd) / 2 : x(d) + 3,
      labelY: yearRow,
      anchor: step === 1 ? 'middle' : 'start',
    };
  });
  thinLabels(ticks);
  if (months) {
    const monthTicks: Tick[] = utcMonth
      .range(lo, hi, spanYears <= 1 ? 1 : 3)
      .filter((d) => d.getUTCMonth() !== 0)
      .map((d) => ({ x: x(d), major: false, label: fmtMonth(d), labelX: x(d), labelY: plot.top - 8, anchor: 'middle' }));
    thinLabels(monthTicks);
    ticks.push(...monthTicks);
  }
  ticks.sort((a, b) => a.x - b.x);

  const rows: TimelineRow[] = groups.map((g, i) => {
    const labelY = plot.top + i * rowHeight + 14;
    const lineY = labelY + 16;
    // items of the same deadline merge; their place is inside the period the deadline names
    const byDeadline = rollup(
      g.items,
      (items) => items,
      (it) => `${it.due} ${it.deadline ?? ''}`,
    );
    const marks: Mark[] = [...byDeadline.values()]
      .map((items) => ({ items, at: placeOf(items[0]) }))
      .sort((a, b) => a.at.getTime() - b.at.getTime())
      .map(({ items, at }) => ({
        x: x(at),
        y: lineY,
        r: 5 + Math.min(6, Math.sqrt(items.length - 1) * 2),
        count: items.length,
        status: items.reduce<DeadlineState>((s, it) => (STATUS_RANK[it.status] > STATUS_RANK[s] ? it.status : s), 'undated'),
        due: items[0].due,
        items,
      }));
    const label =
      Array.from(g.label).length > labelChars
        ? `${Array.from(g.label)
            .slice(0, labelChars - 1)
            .join('')}…`
        : g.label;
    return { key: g.key, label, href: g.href, labelY, lineY, marks };
  });
  plot.bottom = plot.top + groups.length * rowHeight + 4;
  const t = x(day(today));
  return {
    width,
    height: plot.bottom + 24,
    plot,
    ticks,
    today: { x: t, visible: t >= plot.left && t <= plot.right },
    rows,
    first,
    last,
    count: dues.length,
  };
}

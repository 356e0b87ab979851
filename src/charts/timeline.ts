// SVG geometry for deadline charts, computed at build time with d3 (no DOM).
// Components only draw what these functions return.
// Import from 'd3' (the declared dependency) rather than its hoisted sub-packages.
import { scaleUtc, max, min, rollup, utcYear, utcMonth, timeFormatLocale } from 'd3';
// The package maps ./locale/* to ./locale/*.json: name it without the extension.
import zhCN from 'd3-time-format/locale/zh-CN';
import type { DeadlineState } from '../dates/deadline-state.ts';

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
  x: number;
  label: string;
  major: boolean;
  /** Label anchor: ticks near the right edge are labelled leftwards so they are not cut. */
  anchor: 'start' | 'end';
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

/**
 * One row per group: its label on top, its deadlines as marks on a shared time
 * axis below. Items due the same day in a row merge into one mark sized by count.
 */
export function timelineGeometry(groups: readonly TimelineGroup[], today: string, opts: TimelineOptions = {}): TimelineGeometry {
  const width = opts.width ?? 720;
  const rowHeight = opts.rowHeight ?? 44;
  const labelChars = opts.labelChars ?? 40;
  const plot = { left: 16, right: width - 24, top: 28, bottom: 0 };
  const dues = groups.flatMap((g) => g.items.map((i) => i.due));
  const first = min(dues) ?? null;
  const last = max(dues) ?? null;
  const lo = utcYear.floor(day(first && first < today ? first : today));
  const hi = utcYear.offset(utcYear.floor(day(last && last > today ? last : today)), 1);
  const x = scaleUtc().domain([lo, hi]).range([plot.left, plot.right]);

  const spanYears = hi.getUTCFullYear() - lo.getUTCFullYear();
  // About one labelled year per 90px: every year, or every 2nd/5th/10th on long spans.
  const step = [1, 2, 5, 10, 20, 50].find((s) => spanYears / s <= width / 90) ?? 100;
  const years = utcYear.range(lo, utcYear.offset(hi, 1)).filter((d) => d.getUTCFullYear() % step === 0 || d.getTime() === lo.getTime());
  const anchor = (px: number): Tick['anchor'] => (px > plot.right - 40 ? 'end' : 'start');
  const ticks: Tick[] = years
    // The closing boundary (1 January after the last deadline) gets a line but no label.
    .map((d) => ({ x: x(d), label: d.getTime() === hi.getTime() ? '' : fmtYear(d), major: true, anchor: anchor(x(d)) }));
  if (spanYears <= 3) {
    for (const d of utcMonth.range(lo, hi, spanYears <= 1 ? 1 : 3)) {
      if (d.getUTCMonth() !== 0) ticks.push({ x: x(d), label: fmtMonth(d), major: false, anchor: anchor(x(d)) });
    }
  }
  ticks.sort((a, b) => a.x - b.x);

  const rows: TimelineRow[] = groups.map((g, i) => {
    const labelY = plot.top + i * rowHeight + 14;
    const lineY = labelY + 16;
    const byDay = rollup(
      g.items,
      (items) => items,
      (it) => it.due,
    );
    const marks: Mark[] = [...byDay.entries()]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([due, items]) => ({
        x: x(day(due)),
        y: lineY,
        r: 5 + Math.min(6, Math.sqrt(items.length - 1) * 2),
        count: items.length,
        status: items.reduce<DeadlineState>((s, it) => (STATUS_RANK[it.status] > STATUS_RANK[s] ? it.status : s), 'undated'),
        due,
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

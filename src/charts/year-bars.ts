// SVG geometry of the deadlines-per-year bars, computed at build time with d3 (no DOM).
// YearBarsChart.astro only draws what this returns.
import { scaleBand, scaleLinear, max, min, rollup, range } from 'd3';
import type { DeadlineState } from '../dates/deadline-state.ts';

export interface YearBar {
  year: number;
  x: number;
  width: number;
  passed: { y: number; height: number; count: number };
  open: { y: number; height: number; count: number };
  total: number;
  labelX: number;
  /** False when the year's label would crowd its neighbours' (a narrow chart over many years). */
  labelled: boolean;
}

export interface YearBarsGeometry {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  bars: YearBar[];
  yTicks: { y: number; label: string }[];
  from: number | null;
  to: number | null;
}

/** Bars of deadlines per year, split into passed and open. Years without any are kept (gaps show). */
export function yearBarsGeometry(items: readonly { year: number; status: DeadlineState }[], opts: { width?: number; height?: number } = {}): YearBarsGeometry {
  const width = opts.width ?? 720;
  const height = opts.height ?? 240;
  const plot = { left: 40, right: width - 8, top: 12, bottom: height - 28 };
  const from = min(items, (d) => d.year) ?? null;
  const to = max(items, (d) => d.year) ?? null;
  if (from === null || to === null) return { width, height, plot, bars: [], yTicks: [], from, to };
  const years = range(from, to + 1);
  const counts = rollup(
    items,
    (v) => ({ passed: v.filter((d) => d.status === 'passed').length, total: v.length }),
    (d) => d.year,
  );
  const x = scaleBand<number>().domain(years).range([plot.left, plot.right]).padding(0.2);
  const top = max(years, (y) => counts.get(y)?.total ?? 0) ?? 0;
  const y = scaleLinear()
    .domain([0, Math.max(1, top)])
    .nice()
    .range([plot.bottom, plot.top]);
  // a year label is about 4 digits of 11 px: label every nth year so that labels keep apart
  const every = Math.max(1, Math.ceil((4 * 11 * 0.58 + 6) / x.step()));
  const bars: YearBar[] = years.map((year, i) => {
    const c = counts.get(year) ?? { passed: 0, total: 0 };
    const open = c.total - c.passed;
    return {
      year,
      x: x(year)!,
      width: x.bandwidth(),
      passed: { y: y(c.passed), height: plot.bottom - y(c.passed), count: c.passed },
      open: { y: y(c.total), height: y(c.passed) - y(c.total), count: open },
      total: c.total,
      labelX: x(year)! + x.bandwidth() / 2,
      labelled: i % every === 0,
    };
  });
  const yTicks = y
    .ticks(Math.min(5, Math.max(1, top)))
    .filter((v) => Number.isInteger(v))
    .map((v) => ({ y: y(v), label: String(v) }));
  return { width, height, plot, bars, yTicks, from, to };
}

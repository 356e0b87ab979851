// SVG geometry of an indicator chart, computed at build time with d3 (no DOM): one line per region
// with data (provisional and estimated points hollow), each target drawn at its deadline year with
// a label, and planned trajectories as dashed paths. IndicatorChart.astro only draws what this returns.
import { extent, scaleLinear, line, symbol, symbolCircle, symbolDiamond, symbolSquare, symbolStar, symbolTriangle, symbolWye, symbolCross } from 'd3';

export interface ChartPointInput {
  /** "2023" (a statistical year) or "2023-09-01" (a day). */
  period: string;
  value: number;
  /** As printed. */
  valueText: string;
  flag: '' | 'provisional' | 'estimated';
}

export interface ChartSeriesInput {
  key: string;
  label: string;
  points: ChartPointInput[];
}

export interface ChartTargetInput {
  key: string;
  /** Drawn beside the marker: 德州市 ≥95%. */
  label: string;
  /** Tooltip: policy, phrase, deadline. */
  title: string;
  year: number;
  value: number;
  /** Target ids the marker stands for (a plan may repeat a goal). */
  ids: string[];
}

export interface ChartTrajectoryInput {
  key: string;
  label: string;
  steps: { year: number; value: number }[];
}

export interface IndicatorChartInput {
  series: readonly ChartSeriesInput[];
  targets: readonly ChartTargetInput[];
  trajectories: readonly ChartTrajectoryInput[];
  unit: string;
  /** Set when markers and paths stand for goals of many regions (indicator-input.ts): how many were not drawn. */
  merged?: { hiddenTargets: number; hiddenPaths: number };
}

export interface ChartOptions {
  width?: number;
  height?: number;
}

export interface LabelBox {
  x: number;
  y: number;
  text: string;
  anchor: 'start' | 'end';
}

export interface ChartLine {
  key: string;
  label: string;
  color: string;
  /** Path of the point symbol, centred on 0,0 (draw with a translate). */
  symbol: string;
  path: string;
  points: { x: number; y: number; hollow: boolean; period: string; valueText: string; flag: ChartPointInput['flag'] }[];
}

export interface ChartTarget {
  key: string;
  x: number;
  y: number;
  title: string;
  ids: string[];
  label: LabelBox;
}

export interface ChartTrajectory {
  key: string;
  label: string;
  path: string;
  points: { x: number; y: number }[];
}

export interface IndicatorChartGeometry {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  xTicks: { x: number; label: string }[];
  yTicks: { y: number; label: string }[];
  lines: ChartLine[];
  targets: ChartTarget[];
  trajectories: ChartTrajectory[];
  /** Years shown, inclusive; null when there is nothing to draw. */
  years: [number, number] | null;
  /** Nothing to draw: no observation, no target. */
  empty: boolean;
}

/**
 * Line colours: each at least 4.5:1 on white (so they also serve as text colours), paired with a
 * distinct point symbol so that no series is told apart by colour alone.
 */
export const SERIES_COLORS = ['#1d5fa8', '#a34700', '#2e7d32', '#7b3fa0', '#a3123a', '#00695c', '#5d4037', '#455a64'] as const;
const SYMBOLS = [symbolCircle, symbolSquare, symbolTriangle, symbolDiamond, symbolStar, symbolWye, symbolCross];

/** A day period as a fraction of its year (2023-07-02 → 2023.5); a statistical year as itself. */
export function periodYear(period: string): number {
  const y = Number(period.slice(0, 4));
  if (period.length === 4) return y;
  const start = Date.UTC(y, 0, 1);
  const end = Date.UTC(y + 1, 0, 1);
  const at = Date.parse(`${period.length === 7 ? `${period}-01` : period}T00:00:00Z`);
  return y + (at - start) / (end - start);
}

/** Rough rendered width of a label at 12px: CJK characters full width, others about 0.58 em. */
export function textWidth(text: string, fontSize = 12): number {
  let w = 0;
  for (const ch of text) w += (ch.codePointAt(0) ?? 0) >= 0x2e80 ? fontSize : fontSize * 0.58;
  return w;
}

function tidy(n: number): string {
  return String(Number(n.toFixed(6)));
}

const r1 = (n: number) => Math.round(n * 10) / 10;

interface Box {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}
const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

export function indicatorChartGeometry(input: IndicatorChartInput, opts: ChartOptions = {}): IndicatorChartGeometry {
  const width = opts.width ?? 720;
  const height = opts.height ?? 360;
  const series = input.series.filter((s) => s.points.length > 0);
  const allYears = [
    ...series.flatMap((s) => s.points.map((p) => periodYear(p.period))),
    ...input.targets.map((t) => t.year),
    ...input.trajectories.flatMap((t) => t.steps.map((s) => s.year)),
  ];
  const allValues = [
    ...series.flatMap((s) => s.points.map((p) => p.value)),
    ...input.targets.map((t) => t.value),
    ...input.trajectories.flatMap((t) => t.steps.map((s) => s.value)),
  ];
  const empty = allYears.length === 0;
  const [yearLo, yearHi] = empty ? [0, 0] : (extent(allYears) as [number, number]);
  const firstYear = Math.floor(yearLo);
  const lastYear = Math.floor(yearHi);

  // room on the right for the labels of targets at the last year
  const lastLabels = input.targets.filter((t) => t.year === lastYear).map((t) => textWidth(t.label) + 14);
  // at most a third of a narrow chart: labels that do not fit are turned leftwards
  const rightRoom = Math.min(190, width / 3, Math.max(20, ...lastLabels));
  const plot = { left: 52, right: width - rightRoom, top: 16, bottom: height - 34 };

  const x = scaleLinear()
    .domain([firstYear - 0.4, Math.max(lastYear, firstYear + 1) + 0.4])
    .range([plot.left, plot.right]);
  let [vLo, vHi] = allValues.length ? (extent(allValues) as [number, number]) : [0, 100];
  if (series.length === 0 || vLo === vHi) vLo = Math.min(0, vLo);
  if (vLo === vHi) vHi = vLo + 1;
  const pad = (vHi - vLo) * 0.08;
  const lo = vLo >= 0 ? Math.max(0, vLo - pad) : vLo - pad;
  const y = scaleLinear()
    .domain([lo, vHi + pad])
    .nice(6)
    .range([plot.bottom, plot.top]);

  const span = Math.max(1, lastYear - firstYear);
  const percent = input.unit === '%' || input.unit === '％';
  const fmtYear = (yr: number) => (span <= 8 ? `${yr}年` : String(yr));
  const minGap = span <= 8 ? 52 : 40;
  const perYear = (plot.right - plot.left) / (span + 0.8);
  const step = [1, 2, 5, 10, 20, 50].find((s) => s * perYear >= minGap) ?? 100;
  const xTicks: IndicatorChartGeometry['xTicks'] = [];
  if (!empty) {
    for (let yr = firstYear; yr <= Math.max(lastYear, firstYear + 1); yr++) {
      if ((yr - firstYear) % step === 0 || (yr === lastYear && (lastYear - firstYear) % step > step / 2 && ((lastYear - firstYear) % step) * perYear >= minGap))
        xTicks.push({ x: r1(x(yr)), label: fmtYear(yr) });
    }
  }
  const yTicks = y.ticks(6).map((v) => ({ y: r1(y(v)), label: `${tidy(v)}${percent ? '%' : ''}` }));

  const lines: ChartLine[] = series.map((s, i) => {
    const pts = [...s.points]
      .sort((a, b) => periodYear(a.period) - periodYear(b.period))
      .map((p) => ({ x: r1(x(periodYear(p.period))), y: r1(y(p.value)), hollow: p.flag !== '', period: p.period, valueText: p.valueText, flag: p.flag }));
    const path =
      line<{ x: number; y: number }>()
        .x((p) => p.x)
        .y((p) => p.y)(pts) ?? '';
    return {
      key: s.key,
      label: s.label,
      color: SERIES_COLORS[i % SERIES_COLORS.length],
      symbol: symbol(SYMBOLS[i % SYMBOLS.length], 48)() ?? '',
      path,
      points: pts,
    };
  });

  const trajectories: ChartTrajectory[] = input.trajectories.map((tr) => {
    const points = [...tr.steps].sort((a, b) => a.year - b.year).map((s) => ({ x: r1(x(s.year)), y: r1(y(s.value)) }));
    return {
      key: tr.key,
      label: tr.label,
      points,
      path:
        line<{ x: number; y: number }>()
          .x((p) => p.x)
          .y((p) => p.y)(points) ?? '',
    };
  });

  // target markers, labelled beside them; labels are moved up or down until they do not overlap
  const placed: Box[] = [];
  const LINE = 14;
  // markers of one year closer than a ring's width are spread sideways, in value order
  const sorted = [...input.targets].sort((a, b) => a.year - b.year || b.value - a.value);
  const nudge = new Map<ChartTargetInput, number>();
  for (const year of new Set(sorted.map((tg) => tg.year))) {
    const same = sorted.filter((tg) => tg.year === year);
    const crowded = same.some((a, i) => i > 0 && Math.abs(y(a.value) - y(same[i - 1].value)) < 14);
    if (crowded) same.forEach((tg, i) => nudge.set(tg, (i - (same.length - 1) / 2) * 12));
  }
  // labels of a spread group start right of its rightmost marker
  const groupRight = (tg: ChartTargetInput) => Math.max(...sorted.filter((o) => o.year === tg.year).map((o) => nudge.get(o) ?? 0));
  const targets: ChartTarget[] = sorted.map((tg) => {
    const tx = r1(x(tg.year) + (nudge.get(tg) ?? 0));
    const ty = r1(y(tg.value));
    const w = textWidth(tg.label);
    const right = r1(x(tg.year) + groupRight(tg));
    const left = r1(x(tg.year) - groupRight(tg));
    const anchor: LabelBox['anchor'] = right + 10 + w <= width - 2 ? 'start' : 'end';
    const lx = anchor === 'start' ? right + 10 : left - 10;
    const box = (cy: number): Box => ({ x0: anchor === 'start' ? lx : lx - w, x1: anchor === 'start' ? lx + w : lx, y0: cy - 10, y1: cy + 3 });
    let ly = ty + 4;
    for (let k = 0; k <= 16; k++) {
      const offset = (k % 2 === 1 ? -1 : 1) * Math.ceil(k / 2) * LINE;
      const cy = Math.min(plot.bottom - 2, Math.max(plot.top + 10, ty + 4 + offset));
      if (!placed.some((b) => overlaps(b, box(cy)))) {
        ly = cy;
        break;
      }
    }
    placed.push(box(ly));
    return { key: tg.key, x: tx, y: ty, title: tg.title, ids: tg.ids, label: { x: r1(lx), y: r1(ly), text: tg.label, anchor } };
  });

  return {
    width,
    height,
    plot,
    xTicks,
    yTicks,
    lines,
    targets,
    trajectories,
    years: empty ? null : [firstYear, lastYear],
    empty,
  };
}

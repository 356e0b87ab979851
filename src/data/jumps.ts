// Warnings for suspicious year-on-year jumps within each indicator + region series of the
// checked observations: a figure typed wrong, or taken from another series.
import type { IndicatorCatalogue } from './indicators-schema.ts';
import type { Observation } from './records.ts';
import type { ProblemLog } from './problem-log.ts';
import { normalizeUnit } from './text.ts';

/** Largest year-on-year change of a percentage indicator, in percentage points, before a warning. */
const JUMP_POINTS = 15;
/** Largest year-on-year relative change of other indicators before a warning. */
const JUMP_RELATIVE = 0.5;

/**
 * Reports each jump into the log of the later observation's file, at its value cell
 * (`valueColumns`: file → line → column).
 */
export function reportJumps(
  observations: readonly Observation[],
  catalogue: IndicatorCatalogue,
  valueColumns: ReadonlyMap<string, readonly number[]>,
  logOf: (file: string) => ProblemLog,
): void {
  const series = new Map<string, Observation[]>();
  for (const o of observations) {
    const key = `${o.indicatorId}|${o.regionId}`;
    const list = series.get(key);
    if (list) list.push(o);
    else series.set(key, [o]);
  }
  const percent = new Map(catalogue.indicators.map((i) => [i.id, normalizeUnit(i.unit) === '%']));
  for (const list of series.values()) {
    list.sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0));
    const isPercent = percent.get(list[0].indicatorId) ?? false;
    for (let i = 1; i < list.length; i++) {
      const a = list[i - 1];
      const b = list[i];
      const years = Math.max(1, b.year - a.year);
      const change = b.value - a.value;
      const perYear = Math.abs(change) / years;
      const relative = a.value === 0 ? Infinity : Math.abs(change) / Math.abs(a.value) / years;
      if (!(isPercent ? perYear > JUMP_POINTS : relative > JUMP_RELATIVE)) continue;
      const size = isPercent
        ? `${Math.abs(change)
            .toFixed(2)
            .replace(/\.?0+$/, '')} percentage points`
        : `${(Math.abs(change / (a.value || 1)) * 100).toFixed(0)}%`;
      const span = years === 1 ? 'in one year' : `in ${years} years`;
      const column = valueColumns.get(b.file)?.[b.line] ?? 1;
      logOf(b.file).at(
        'warning',
        { line: b.line, column },
        `value jumps from ${a.valueText} (${a.period}, ${a.file === b.file ? `line ${a.line}` : `${a.file}:${a.line}`}) to ${b.valueText} (${b.period}): ${change < 0 ? 'a fall' : 'a rise'} of ${size} ${span} — check the figure and its source`,
      );
    }
  }
}

// The rows of one data/progress/*.csv file, checked against the catalogue, the region list and
// the build date: each good row becomes an observation, each bad cell a located problem.
import { findIndicator, findRegion, maxValue, minValue, suggestIndicator, suggestRegion } from './catalogue.ts';
import type { Indicator, IndicatorCatalogue, Region, RegionList } from './indicators-schema.ts';
import type { ProblemLog } from './problem-log.ts';
import { FLAGS } from './records.ts';
import type { Flag, Observation } from './records.ts';
import { readTable } from './table.ts';
import { memo } from './text.ts';
import { isPartialDate, periodEnd, yearOf } from '../dates/partial-date.ts';

export const PROGRESS_COLUMNS = ['indicator', 'region', 'period', 'value', 'unit', 'source', 'note', 'flag'] as const;

/** Earliest statistical year accepted. */
const FIRST_YEAR = 1949;
/** A provisional value older than this many years draws a warning. */
const PROVISIONAL_YEARS = 3;

interface Place {
  file: string;
  line: number;
}

/** Where each indicator, region and period was first given, across files. */
export class FirstPlaces {
  private readonly places = new Map<Indicator, Map<Region, Map<string, Place>>>();

  /** Where the observation was given before, or undefined (and it is noted as given at `file`:`line`). */
  claim(indicator: Indicator, region: Region, period: string, file: string, line: number): Place | undefined {
    let byRegion = this.places.get(indicator);
    if (!byRegion) this.places.set(indicator, (byRegion = new Map()));
    let byPeriod = byRegion.get(region);
    if (!byPeriod) byRegion.set(region, (byPeriod = new Map()));
    const other = byPeriod.get(period);
    if (other === undefined) byPeriod.set(period, { file, line });
    return other;
  }
}

export interface ProgressContext {
  catalogue: IndicatorCatalogue;
  regions: RegionList;
  /** The build date, YYYY-MM-DD. */
  today: string;
  seen: FirstPlaces;
  /** Good rows of all files so far, in file order. */
  observations: Observation[];
  /** file → line → column of the value cell of each good row, for the jump warnings. */
  valueColumns: Map<string, number[]>;
}

const quote = (text: string): string => `"${text}"`;
const NUMBER = /^[+-]?(?:\d+(?:\.\d+)?|\.\d+)$/;

function numberProblem(text: string): string | null {
  if (NUMBER.test(text)) return null;
  if (text === '') return 'value is empty — leave the row out when no value was published';
  if (/%|％/.test(text)) return `value ${quote(text)} carries a % sign — write the number only (the "unit" column gives %)`;
  const ascii = text.normalize('NFKC');
  if (ascii !== text && NUMBER.test(ascii)) return `value ${quote(text)} uses full-width characters — write it with ASCII digits, e.g. ${ascii}`;
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(text)) return `value ${quote(text)} has thousands separators — write it without them, e.g. ${text.replace(/,/g, '')}`;
  return `value ${quote(text)} is not a number — write it as digits, e.g. 90.5`;
}

/** Why `period` cannot be the period of a value published by `today`, or null. */
function periodProblem(period: string, today: string): string | null {
  if (!/^\d{4}$/.test(period) && !/^\d{4}-\d{2}-\d{2}$/.test(period)) {
    return `period ${quote(period)} is not a year or a date — write 2023 for a statistical year or 2023-09-01 for a date`;
  }
  if (!isPartialDate(period)) return `period ${quote(period)} is not a real calendar date`;
  if (yearOf(period)! < FIRST_YEAR) return `period ${quote(period)} is before ${FIRST_YEAR} — a typing slip?`;
  // A value describes its period, so it is published once the period is over: the 2025 figure
  // in 2026, a figure for 2025-09-01 from that day on.
  if (periodEnd(period)! > today) {
    return period.length === 4
      ? `period ${period} is not over on the build date ${today}, so no figure for it can have been published yet — the period is the year the value describes (the 2024 bulletin, published in 2025, describes 2024)`
      : `period ${period} is after the build date ${today}: no value can have been taken on that day yet — check the date`;
  }
  return null;
}

function boundProblem(value: number, text: string, indicator: Indicator): string | null {
  const min = minValue(indicator);
  if (min !== null && value < min) {
    return min === 0
      ? `value ${text} is negative, which ${indicator.name} cannot be (its "min" in data/indicators.yaml is 0) — a stray minus sign?`
      : `value ${text} is below ${min}, the least ${indicator.name} can be (its "min" in data/indicators.yaml) — a typing slip?`;
  }
  const max = maxValue(indicator);
  if (max !== null && value > max) {
    return max === 100 && indicator.max === undefined
      ? `value ${text} is above 100, which a percentage cannot be — a misplaced decimal point?`
      : `value ${text} is above ${max}, the most ${indicator.name} can plausibly be — a misplaced decimal point?`;
  }
  return null;
}

/** Checks the rows of `file`, adding its good rows to `ctx.observations` and its problems to `log`. */
export function checkProgressFile(root: string, file: string, ctx: ProgressContext, log: ProblemLog): void {
  const { catalogue, regions, today, seen, observations } = ctx;
  // names, periods and units repeat from row to row: each is looked up once per file
  const thisYear = yearOf(today)!;
  const valueColumns: number[] = [];
  ctx.valueColumns.set(file, valueColumns);
  const indicatorOf = memo((name) => findIndicator(name, catalogue));
  const regionOf = memo((name) => findRegion(name, regions));
  const periodOf = memo((period) => {
    const problem = periodProblem(period, today);
    return { problem, year: problem === null ? yearOf(period) : null };
  });
  const unitOf = memo((unit) => unit.normalize('NFKC'));
  // one string for the sources, units and notes that repeat from row to row
  const shared = memo((text) => text);
  const unknownIndicator = memo((name) => {
    const near = suggestIndicator(name, catalogue);
    return `unknown indicator ${quote(name)}${near ? ` — did you mean ${quote(near.name)} (${near.id})?` : '.'} Indicators are listed in data/indicators.yaml`;
  });
  const unknownRegion = memo((name) => {
    const near = suggestRegion(name, regions);
    return `unknown region ${quote(name)}${near ? ` — did you mean ${quote(near.name)}?` : '.'} Regions are listed in data/regions.yaml`;
  });

  const spec = { columns: PROGRESS_COLUMNS, looksLikeData: (first: string) => indicatorOf(first) !== null };
  readTable(root, file, spec, log, (cell, row) => {
    const errorsBefore = log.errors;
    const ind = cell('indicator');
    const reg = cell('region');
    const per = cell('period');
    const val = cell('value');
    const uni = cell('unit');
    const src = cell('source');
    const flg = cell('flag');

    let indicator: Indicator | null = null;
    if (ind.value === '') log.at('error', ind, 'indicator is empty — give its id or name from data/indicators.yaml');
    else {
      indicator = indicatorOf(ind.value);
      if (indicator === null) log.at('error', ind, unknownIndicator(ind.value));
    }

    let region: Region | null = null;
    if (reg.value === '') log.at('error', reg, 'region is empty — give a region from data/regions.yaml, e.g. 全国');
    else {
      region = regionOf(reg.value);
      if (region === null) log.at('error', reg, unknownRegion(reg.value));
    }

    const { problem: periodError, year } = periodOf(per.value);
    if (periodError !== null) log.at('error', per, periodError);

    const valueError = numberProblem(val.value);
    if (valueError !== null) log.at('error', val, valueError);
    const value = valueError === null ? Number(val.value) : null;

    if (uni.value === '') log.at('error', uni, `unit is empty${indicator ? ` — ${indicator.name} is given in ${indicator.unit}` : ''}`);
    else if (indicator !== null && uni.value !== indicator.unit && unitOf(uni.value) !== unitOf(indicator.unit)) {
      log.at('error', uni, `unit ${quote(uni.value)} does not match the unit of ${indicator.name} (${indicator.id}), which is ${quote(indicator.unit)}`);
    }

    if (value !== null && indicator !== null) {
      const bound = boundProblem(value, val.value, indicator);
      if (bound !== null) log.at('error', val, bound);
    }

    if (src.value === '') log.at('error', src, 'source is empty — name the publication the value was printed in');

    if (!(FLAGS as readonly string[]).includes(flg.value)) {
      log.at('error', flg, `flag ${quote(flg.value)} is not one of: empty, provisional, estimated`);
    } else if (flg.value === 'provisional' && year !== null && thisYear - year > PROVISIONAL_YEARS) {
      log.at(
        'warning',
        flg,
        `provisional value for ${per.value} is more than ${PROVISIONAL_YEARS} years old — replace it with the final figure, or drop the flag`,
      );
    }

    if (indicator !== null && region !== null && year !== null) {
      const other = seen.claim(indicator, region, per.value, file, row.line);
      if (other) {
        const where = other.file === file ? `line ${other.line}` : `${other.file}:${other.line}`;
        log.at('error', ind, `duplicate observation: ${indicator.name}, ${region.name}, ${per.value} is already given on ${where}`);
      }
    }

    if (log.errors === errorsBefore && indicator !== null && region !== null && year !== null && value !== null) {
      valueColumns[row.line] = val.column;
      observations.push({
        indicatorId: indicator.id,
        region: region.name,
        regionId: region.id,
        period: per.value,
        year,
        value,
        valueText: val.value,
        unit: shared(uni.value),
        source: shared(src.value),
        note: shared(cell('note').value),
        flag: shared(flg.value) as Flag,
        file,
        line: row.line,
      });
    }
  });
}

// `luoshi data check`: reads data/progress/*.csv and data/milestones/*.csv against the indicator
// catalogue and the region list, and reports every problem at its file, line and column.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { findIndicator, findRegion, maxValue, readIndicatorCatalogue, readRegionList, suggestIndicator, suggestRegion } from './catalogue.ts';
import { decodeCsv, parseCsv } from './csv-source.ts';
import type { CsvField, CsvRow } from './csv-source.ts';
import { checkBuildDate } from '../dates/build-date.ts';
import { isPartialDate, yearOf } from '../dates/partial-date.ts';
import type { Indicator, IndicatorCatalogue, RegionList } from './indicators-schema.ts';
import { compareProblems } from '../problems/problem.ts';
import type { Problem, Severity } from '../problems/problem.ts';
import { closest, normalizeUnit } from './text.ts';

const PROGRESS_DIR = 'data/progress';
const MILESTONES_DIR = 'data/milestones';
const PROGRESS_COLUMNS = ['indicator', 'region', 'period', 'value', 'unit', 'source', 'note', 'flag'] as const;
const MILESTONE_COLUMNS = ['target', 'date', 'status', 'evidence', 'note'] as const;
const FLAGS = ['', 'provisional', 'estimated'] as const;
/** What a row of data/milestones/*.csv may record (the progress statuses of milestones are src/progress/statuses.ts). */
const MILESTONE_RECORD_STATUSES = ['done', 'in-progress', 'missed'] as const;

/** Earliest statistical year accepted. */
const FIRST_YEAR = 1949;
/** Largest year-on-year change of a percentage indicator, in percentage points, before a warning. */
const JUMP_POINTS = 15;
/** Largest year-on-year relative change of other indicators before a warning. */
const JUMP_RELATIVE = 0.5;
/** A provisional value older than this many years draws a warning. */
const PROVISIONAL_YEARS = 3;

export type Flag = (typeof FLAGS)[number];
type MilestoneRecordStatus = (typeof MILESTONE_RECORD_STATUSES)[number];

export interface Observation {
  /** Catalogue id (data/indicators.yaml), whatever name the row used. */
  indicatorId: string;
  /** Canonical region name (data/regions.yaml), whatever alias the row used. */
  region: string;
  regionId: string;
  /** As written: a year (2023) or a date (2023-09-01). */
  period: string;
  year: number;
  value: number;
  /** The value exactly as printed in the file (92.00 stays 92.00). */
  valueText: string;
  unit: string;
  source: string;
  note: string;
  flag: Flag;
  file: string;
  line: number;
}

export interface MilestoneRecord {
  targetId: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD: when the status was observed. */
  date: string;
  status: MilestoneRecordStatus;
  /** Link to the evidence (http or https), or ''. */
  evidence: string;
  note: string;
  file: string;
  line: number;
}

export interface CheckOptions {
  /** The build date, YYYY-MM-DD. */
  today: string;
  /** Ids of the targets of all ingested policies; milestone rows naming others are errors. Omit to skip that check. */
  targetIds?: ReadonlySet<string>;
}

export interface CheckResult {
  /** Rows without errors, in file order. */
  observations: Observation[];
  milestones: MilestoneRecord[];
  /** Sorted by file, line, column. */
  problems: Problem[];
  catalogue: IndicatorCatalogue | null;
  regions: RegionList | null;
  /** The data files read, relative to the root. */
  files: string[];
}

class Reporter {
  readonly problems: Problem[] = [];
  readonly file: string;
  constructor(file: string) {
    this.file = file;
  }
  at(severity: Severity, where: { line: number; column: number }, message: string): void {
    this.problems.push({ severity, file: this.file, line: where.line, column: where.column, message });
  }
}

function quote(text: string): string {
  return `"${text}"`;
}

function listFiles(root: string, dir: string, reporter: (p: Problem) => void): string[] {
  let names: string[];
  try {
    names = readdirSync(join(root, dir));
  } catch {
    return [];
  }
  const files: string[] = [];
  for (const name of names.sort()) {
    if (name.endsWith('.csv')) files.push(`${dir}/${name}`);
    else if (/\.(xlsx?|tsv|ods|txt)$/i.test(name)) {
      reporter({ severity: 'warning', file: `${dir}/${name}`, line: 1, column: 1, message: `ignored: only .csv files in ${dir}/ are read — export it as "CSV UTF-8"` });
    }
  }
  return files;
}

interface Table {
  /** Column name → index. */
  columns: Map<string, number>;
  rows: CsvRow[];
  width: number;
}

/** Decodes, parses and checks the header; null when the file cannot be read as a table. */
function readTable(root: string, file: string, expected: readonly string[], r: Reporter, looksLikeData: (first: string) => boolean): Table | null {
  const decoded = decodeCsv(readFileSync(join(root, file)), file);
  r.problems.push(...decoded.problems);
  if (decoded.text === null) return null;
  const { rows, problems } = parseCsv(decoded.text, file);
  r.problems.push(...problems);
  const header = rows[0];
  const spelled = expected.join(',');
  if (header === undefined) {
    r.at('error', { line: 1, column: 1 }, `the file is empty: it needs the header line ${spelled}`);
    return null;
  }
  if (looksLikeData(header.fields[0]?.value ?? '')) {
    r.at('error', header.fields[0], `the first line must be the header ${spelled}; this line looks like data`);
    return null;
  }
  const columns = new Map<string, number>();
  header.fields.forEach((f, i) => {
    const name = f.value;
    if (columns.has(name)) {
      r.at('error', f, `column ${quote(name)} appears twice in the header`);
    } else if (!expected.includes(name)) {
      const near = name === 'year' ? 'period' : closest(name, expected.map((e) => ({ keys: [e], value: e })))?.value;
      r.at('error', f, `unknown column ${quote(name)}${near ? ` — did you mean ${quote(near)}?` : '.'} The header must be ${spelled}`);
    }
    columns.set(name, i);
  });
  const missing = expected.filter((c) => !columns.has(c));
  for (const name of missing) {
    r.at('error', header.end, `the header has no ${quote(name)} column; it must be ${spelled} (leave a field empty, not the column out)`);
  }
  if (missing.length > 0) return null;
  const width = header.fields.length;
  const body: CsvRow[] = [];
  for (const row of rows.slice(1)) {
    if (row.fields.length > width) {
      r.at(
        'error',
        row.fields[width],
        `this row has ${row.fields.length} fields but the header has ${width}: a value with a comma in it must be enclosed in double quotes`,
      );
    } else if (row.fields.length < width) {
      const absent = [...columns.entries()].filter(([, i]) => i >= row.fields.length).map(([n]) => quote(n));
      r.at('error', row.end, `this row has ${row.fields.length} fields but the header has ${width}: ${absent.join(', ')} missing — keep the commas of empty fields`);
    } else body.push(row);
  }
  return { columns, rows: body, width };
}

const NUMBER = /^[+-]?(?:\d+(?:\.\d+)?|\.\d+)$/;

function numberProblem(text: string): string | null {
  if (NUMBER.test(text)) return null;
  if (text.trim() === '') return 'value is empty — leave the row out when no value was published';
  if (text.trim() !== text && NUMBER.test(text.trim())) return `value ${quote(text)} has spaces around it — remove them`;
  if (/%|％/.test(text)) return `value ${quote(text)} carries a % sign — write the number only (the "unit" column gives %)`;
  const ascii = text.normalize('NFKC');
  if (ascii !== text && NUMBER.test(ascii)) return `value ${quote(text)} uses full-width characters — write it with ASCII digits, e.g. ${ascii}`;
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(text)) return `value ${quote(text)} has thousands separators — write it without them, e.g. ${text.replace(/,/g, '')}`;
  return `value ${quote(text)} is not a number — write it as digits, e.g. 90.5`;
}

interface ProgressContext {
  catalogue: IndicatorCatalogue;
  regions: RegionList;
  today: string;
  /** indicator|region|period → where it was first given. */
  seen: Map<string, { file: string; line: number }>;
}

function checkProgressFile(root: string, file: string, ctx: ProgressContext): { observations: Observation[]; problems: Problem[]; valueColumns: Map<number, number> } {
  const r = new Reporter(file);
  const table = readTable(root, file, PROGRESS_COLUMNS, r, (first) => findIndicator(first, ctx.catalogue) !== null);
  const observations: Observation[] = [];
  const valueColumns = new Map<number, number>();
  if (table === null) return { observations, problems: r.problems, valueColumns };
  const thisYear = yearOf(ctx.today)!;
  const lastYear = thisYear + 1;
  const field = (row: CsvRow, name: (typeof PROGRESS_COLUMNS)[number]): CsvField => row.fields[table.columns.get(name) ?? 0];

  for (const row of table.rows) {
    const before = r.problems.filter((p) => p.severity === 'error').length;
    const ind = field(row, 'indicator');
    const reg = field(row, 'region');
    const per = field(row, 'period');
    const val = field(row, 'value');
    const uni = field(row, 'unit');
    const src = field(row, 'source');
    const flg = field(row, 'flag');
    valueColumns.set(row.line, val.column);

    let indicator: Indicator | null = null;
    if (ind.value.trim() === '') r.at('error', ind, 'indicator is empty — give its id or name from data/indicators.yaml');
    else {
      indicator = findIndicator(ind.value, ctx.catalogue);
      if (indicator === null) {
        const near = suggestIndicator(ind.value, ctx.catalogue);
        r.at(
          'error',
          ind,
          `unknown indicator ${quote(ind.value)}${near ? ` — did you mean ${quote(near.name)} (${near.id})?` : '.'} Indicators are listed in data/indicators.yaml`,
        );
      }
    }

    const region = reg.value.trim() === '' ? null : findRegion(reg.value, ctx.regions);
    if (reg.value.trim() === '') r.at('error', reg, 'region is empty — give a region from data/regions.yaml, e.g. 全国');
    else if (region === null) {
      const near = suggestRegion(reg.value, ctx.regions);
      r.at('error', reg, `unknown region ${quote(reg.value)}${near ? ` — did you mean ${quote(near.name)}?` : '.'} Regions are listed in data/regions.yaml`);
    }

    let year: number | null = null;
    if (!/^\d{4}$/.test(per.value) && !/^\d{4}-\d{2}-\d{2}$/.test(per.value)) {
      r.at('error', per, `period ${quote(per.value)} is not a year or a date — write 2023 for a statistical year or 2023-09-01 for a date`);
    } else if (!isPartialDate(per.value)) {
      r.at('error', per, `period ${quote(per.value)} is not a real calendar date`);
    } else {
      year = yearOf(per.value)!;
      if (year < FIRST_YEAR || year > lastYear) {
        r.at('error', per, `period ${quote(per.value)} is outside ${FIRST_YEAR}–${lastYear} — a typing slip?`);
        year = null;
      }
    }

    const valueProblem = numberProblem(val.value);
    const value = valueProblem === null ? Number(val.value) : null;
    if (valueProblem !== null) r.at('error', val, valueProblem);

    if (uni.value.trim() === '') r.at('error', uni, `unit is empty${indicator ? ` — ${indicator.name} is given in ${indicator.unit}` : ''}`);
    else if (indicator !== null && uni.value.normalize('NFKC').trim() !== indicator.unit.normalize('NFKC').trim()) {
      r.at('error', uni, `unit ${quote(uni.value)} does not match the unit of ${indicator.name} (${indicator.id}), which is ${quote(indicator.unit)}`);
    }

    if (value !== null && indicator !== null && normalizeUnit(indicator.unit) === '%') {
      const max = maxValue(indicator) ?? 100;
      if (value < 0) r.at('error', val, `value ${val.value} is below 0, which a percentage cannot be`);
      else if (value > max) {
        r.at(
          'error',
          val,
          max === 100
            ? `value ${val.value} is above 100, which a percentage cannot be — a misplaced decimal point?`
            : `value ${val.value} is above ${max}, the most ${indicator.name} can plausibly be — a misplaced decimal point?`,
        );
      }
    }

    if (src.value.trim() === '') r.at('error', src, 'source is empty — name the publication the value was printed in');

    if (!(FLAGS as readonly string[]).includes(flg.value)) {
      r.at('error', flg, `flag ${quote(flg.value)} is not one of: empty, provisional, estimated`);
    } else if (flg.value === 'provisional' && year !== null && thisYear - year > PROVISIONAL_YEARS) {
      r.at('warning', flg, `provisional value for ${per.value} is more than ${PROVISIONAL_YEARS} years old — replace it with the final figure, or drop the flag`);
    }

    if (indicator !== null && region !== null && year !== null) {
      const key = `${indicator.id}|${region.id}|${per.value}`;
      const other = ctx.seen.get(key);
      if (other) {
        const where = other.file === file ? `line ${other.line}` : `${other.file}:${other.line}`;
        r.at('error', ind, `duplicate observation: ${indicator.name}, ${region.name}, ${per.value} is already given on ${where}`);
      } else ctx.seen.set(key, { file, line: row.line });
    }

    const errors = r.problems.filter((p) => p.severity === 'error').length;
    if (errors === before && indicator !== null && region !== null && year !== null && value !== null) {
      observations.push({
        indicatorId: indicator.id,
        region: region.name,
        regionId: region.id,
        period: per.value,
        year,
        value,
        valueText: val.value,
        unit: uni.value,
        source: src.value,
        note: field(row, 'note').value,
        flag: flg.value as Flag,
        file,
        line: row.line,
      });
    }
  }
  return { observations, problems: r.problems, valueColumns };
}

/** Warnings for year-on-year jumps within each indicator + region series. */
function jumpWarnings(observations: readonly Observation[], catalogue: IndicatorCatalogue, valueColumns: Map<string, Map<number, number>>): Problem[] {
  const problems: Problem[] = [];
  const series = new Map<string, Observation[]>();
  for (const o of observations) {
    const key = `${o.indicatorId}|${o.regionId}`;
    series.set(key, [...(series.get(key) ?? []), o]);
  }
  for (const list of series.values()) {
    const sorted = [...list].sort((a, b) => (a.period < b.period ? -1 : 1));
    const indicator = catalogue.indicators.find((i) => i.id === sorted[0].indicatorId);
    const percent = indicator !== undefined && normalizeUnit(indicator.unit) === '%';
    for (let i = 1; i < sorted.length; i++) {
      const a = sorted[i - 1];
      const b = sorted[i];
      const years = Math.max(1, b.year - a.year);
      const change = b.value - a.value;
      const perYear = Math.abs(change) / years;
      const relative = a.value === 0 ? Infinity : Math.abs(change) / Math.abs(a.value) / years;
      const suspicious = percent ? perYear > JUMP_POINTS : relative > JUMP_RELATIVE;
      if (!suspicious) continue;
      const size = percent
        ? `${Math.abs(change).toFixed(2).replace(/\.?0+$/, '')} percentage points`
        : `${(Math.abs(change / (a.value || 1)) * 100).toFixed(0)}%`;
      const span = years === 1 ? 'in one year' : `in ${years} years`;
      const column = valueColumns.get(b.file)?.get(b.line) ?? 1;
      problems.push({
        severity: 'warning',
        file: b.file,
        line: b.line,
        column,
        message: `value jumps from ${a.valueText} (${a.period}, ${a.file === b.file ? `line ${a.line}` : `${a.file}:${a.line}`}) to ${b.valueText} (${b.period}): ${change < 0 ? 'a fall' : 'a rise'} of ${size} ${span} — check the figure and its source`,
      });
    }
  }
  return problems;
}

function checkMilestoneFile(root: string, file: string, today: string, targetIds: ReadonlySet<string> | undefined, seen: Map<string, { file: string; line: number }>): { milestones: MilestoneRecord[]; problems: Problem[] } {
  const r = new Reporter(file);
  const table = readTable(root, file, MILESTONE_COLUMNS, r, (first) => targetIds?.has(first) ?? false);
  const milestones: MilestoneRecord[] = [];
  if (table === null) return { milestones, problems: r.problems };
  const field = (row: CsvRow, name: (typeof MILESTONE_COLUMNS)[number]): CsvField => row.fields[table.columns.get(name) ?? 0];
  const ids = targetIds ? [...targetIds] : [];
  for (const row of table.rows) {
    const before = r.problems.filter((p) => p.severity === 'error').length;
    const tgt = field(row, 'target');
    const dat = field(row, 'date');
    const sta = field(row, 'status');
    const evi = field(row, 'evidence');

    if (tgt.value.trim() === '') r.at('error', tgt, 'target is empty — give the id of the target (shown on its policy page)');
    else if (targetIds && !targetIds.has(tgt.value)) {
      const near = closest(tgt.value, ids.map((id) => ({ keys: [id], value: id })));
      r.at('error', tgt, `unknown target id ${quote(tgt.value)}${near ? ` — did you mean ${quote(near.value)}?` : '.'} No ingested policy has a target with this id`);
    }

    if (!isPartialDate(dat.value)) r.at('error', dat, `date ${quote(dat.value)} is not a date — write YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2024-07`);
    else if (dat.value > today.slice(0, dat.value.length)) r.at('error', dat, `date ${dat.value} is after the build date ${today}: a status can only be recorded once it is known`);

    if (!(MILESTONE_RECORD_STATUSES as readonly string[]).includes(sta.value)) {
      const aliases: Record<string, string> = { completed: 'done', complete: 'done', 完成: 'done', 已完成: 'done', 进行中: 'in-progress', 'in progress': 'in-progress', ongoing: 'in-progress', 未完成: 'missed', failed: 'missed' };
      const near = aliases[sta.value.trim().toLowerCase()];
      r.at('error', sta, `status ${quote(sta.value)} is not one of: done, in-progress, missed${near ? ` — write ${quote(near)}` : ''}`);
    }

    if (evi.value !== '' && !/^https?:\/\/\S+$/.test(evi.value)) r.at('error', evi, `evidence ${quote(evi.value)} is not a link — give the http(s) address of the document that shows the status`);
    else if (evi.value === '' && sta.value === 'done') r.at('warning', evi, 'a milestone marked done should link the evidence (a report, a notice, a news item)');

    if (tgt.value !== '' && isPartialDate(dat.value)) {
      const key = `${tgt.value}|${dat.value}`;
      const other = seen.get(key);
      if (other) r.at('error', tgt, `duplicate status for target ${tgt.value} on ${dat.value}: already given on ${other.file === file ? `line ${other.line}` : `${other.file}:${other.line}`}`);
      else seen.set(key, { file, line: row.line });
    }

    if (r.problems.filter((p) => p.severity === 'error').length === before) {
      milestones.push({
        targetId: tgt.value,
        date: dat.value,
        status: sta.value as MilestoneRecordStatus,
        evidence: evi.value,
        note: field(row, 'note').value,
        file,
        line: row.line,
      });
    }
  }
  return { milestones, problems: r.problems };
}

/**
 * Checks all data files under `root` (the repository root). Pure apart from reading files:
 * `options.today` stands in for the clock.
 */
export function checkData(root: string, options: CheckOptions): CheckResult {
  checkBuildDate(options.today);
  const problems: Problem[] = [];
  const { catalogue, problems: catalogueProblems } = readIndicatorCatalogue(root);
  const { regions, problems: regionProblems } = readRegionList(root);
  problems.push(...catalogueProblems, ...regionProblems);

  const progressFiles = listFiles(root, PROGRESS_DIR, (p) => problems.push(p));
  const milestoneFiles = listFiles(root, MILESTONES_DIR, (p) => problems.push(p));

  const observations: Observation[] = [];
  if (catalogue !== null && regions !== null) {
    const ctx: ProgressContext = { catalogue, regions, today: options.today, seen: new Map() };
    // where each value cell stands, for the jump warnings
    const valueColumns = new Map<string, Map<number, number>>();
    for (const file of progressFiles) {
      const result = checkProgressFile(root, file, ctx);
      observations.push(...result.observations);
      problems.push(...result.problems);
      valueColumns.set(file, result.valueColumns);
    }
    problems.push(...jumpWarnings(observations, catalogue, valueColumns));
  } else if (progressFiles.length > 0) {
    problems.push({
      severity: 'error',
      file: progressFiles[0],
      line: 1,
      column: 1,
      message: 'progress files were not checked: fix data/indicators.yaml and data/regions.yaml first',
    });
  }

  const milestones: MilestoneRecord[] = [];
  const seenMilestones = new Map<string, { file: string; line: number }>();
  for (const file of milestoneFiles) {
    const result = checkMilestoneFile(root, file, options.today, options.targetIds, seenMilestones);
    milestones.push(...result.milestones);
    problems.push(...result.problems);
  }

  problems.sort(compareProblems);
  return { observations, milestones, problems, catalogue, regions, files: [...progressFiles, ...milestoneFiles] };
}

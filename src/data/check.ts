// `luoshi data check`: reads data/progress/*.csv and data/milestones/*.csv against the indicator
// catalogue and the region list, and reports every problem at its file, line and column. Files
// are read one row at a time and every check is linear in the rows: 500,000 rows are fine.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readIndicatorCatalogue, readRegionList } from './catalogue.ts';
import type { IndicatorCatalogue, RegionList } from './indicators-schema.ts';
import { reportJumps } from './jumps.ts';
import { checkMilestoneFile } from './milestone-file.ts';
import type { MilestoneContext } from './milestone-file.ts';
import { ProblemLog } from './problem-log.ts';
import { FirstPlaces, checkProgressFile } from './progress-file.ts';
import type { ProgressContext } from './progress-file.ts';
import type { MilestoneRecord, Observation } from './records.ts';
import { checkBuildDate } from '../dates/build-date.ts';
import { compareProblems } from '../problems/problem.ts';
import type { Problem } from '../problems/problem.ts';

export type { Flag, MilestoneRecord, Observation } from './records.ts';

const PROGRESS_DIR = 'data/progress';
const MILESTONES_DIR = 'data/milestones';

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
  /**
   * Sorted by file, line, column. Up to 100 per data file, then one problem counting the rest
   * (an error when errors are among them).
   */
  problems: Problem[];
  /** All errors and warnings found, listed or not. */
  counts: { errors: number; warnings: number };
  catalogue: IndicatorCatalogue | null;
  regions: RegionList | null;
  /** The data files read, relative to the root. */
  files: string[];
}

function listFiles(root: string, dir: string, report: (p: Problem) => void): string[] {
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
      report({
        severity: 'warning',
        file: `${dir}/${name}`,
        line: 1,
        column: 1,
        message: `ignored: only .csv files in ${dir}/ are read — export it as "CSV UTF-8"`,
      });
    }
  }
  return files;
}

/**
 * Checks all data files under `root` (the repository root). Pure apart from reading files:
 * `options.today` stands in for the clock.
 */
export function checkData(root: string, options: CheckOptions): CheckResult {
  const today = checkBuildDate(options.today);
  const problems: Problem[] = [];
  const { catalogue, problems: catalogueProblems } = readIndicatorCatalogue(root);
  const { regions, problems: regionProblems } = readRegionList(root);
  for (const p of [...catalogueProblems, ...regionProblems]) problems.push(p);

  const progressFiles = listFiles(root, PROGRESS_DIR, (p) => problems.push(p));
  const milestoneFiles = listFiles(root, MILESTONES_DIR, (p) => problems.push(p));
  const logs = new Map<string, ProblemLog>();
  const logOf = (file: string): ProblemLog => {
    let log = logs.get(file);
    if (!log) logs.set(file, (log = new ProblemLog(file)));
    return log;
  };

  const progress: ProgressContext | null =
    catalogue && regions ? { catalogue, regions, today, seen: new FirstPlaces(), observations: [], valueColumns: new Map() } : null;
  if (progress !== null) {
    for (const file of progressFiles) checkProgressFile(root, file, progress, logOf(file));
    reportJumps(progress.observations, progress.catalogue, progress.valueColumns, logOf);
  } else if (progressFiles.length > 0) {
    problems.push({
      severity: 'error',
      file: progressFiles[0],
      line: 1,
      column: 1,
      message: 'progress files were not checked: fix data/indicators.yaml and data/regions.yaml first',
    });
  }

  const milestones: MilestoneContext = { today, targetIds: options.targetIds, seen: new Map(), milestones: [] };
  for (const file of milestoneFiles) checkMilestoneFile(root, file, milestones, logOf(file));

  const counts = { errors: 0, warnings: 0 };
  for (const p of problems) counts[p.severity === 'error' ? 'errors' : 'warnings']++;
  for (const log of logs.values()) {
    counts.errors += log.errors;
    counts.warnings += log.warnings;
    for (const p of log.list()) problems.push(p);
  }
  problems.sort(compareProblems);
  return {
    observations: progress?.observations ?? [],
    milestones: milestones.milestones,
    problems,
    counts,
    catalogue,
    regions,
    files: [...progressFiles, ...milestoneFiles],
  };
}

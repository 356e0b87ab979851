// The problems found in one data file, listed up to a limit: a file of 40,000 bad rows has
// usually one cause, and a log of 40,000 lines hides it. The first problems by position are
// kept (in memory bounded by the limit), the rest are counted and reported in one line.
import { compareProblems } from '../problems/problem.ts';
import type { Problem, Severity } from '../problems/problem.ts';

/** Problems listed per file; the rest are counted. */
export const LISTED_PER_FILE = 100;

export class ProblemLog {
  readonly file: string;
  readonly limit: number;
  /** Every problem found, listed or not. */
  errors = 0;
  warnings = 0;
  private kept: Problem[] = [];
  /** Once the list was cut: the last problem kept; any later one is only counted. */
  private cutAt: Problem | null = null;
  private omitted: { errors: number; warnings: number; first: Problem | null } = { errors: 0, warnings: 0, first: null };

  constructor(file: string, limit = LISTED_PER_FILE) {
    this.file = file;
    this.limit = limit;
  }

  at(severity: Severity, where: { line: number; column: number }, message: string): void {
    this.add({ severity, file: this.file, line: where.line, column: where.column, message });
  }

  add(problem: Problem): void {
    if (problem.severity === 'error') this.errors++;
    else this.warnings++;
    if (this.cutAt !== null && compareProblems(problem, this.cutAt) > 0) this.omit(problem);
    else {
      this.kept.push(problem);
      // cut in batches: sorting once per `limit` additions keeps this linear in the problems found
      if (this.kept.length >= 2 * this.limit) this.cut();
    }
  }

  /** The first `limit` problems by position, then one line counting the rest. */
  list(): Problem[] {
    this.cut();
    const { errors, warnings, first } = this.omitted;
    if (first === null) return this.kept;
    const n = errors + warnings;
    const kinds = [errors ? `${errors} error${errors === 1 ? '' : 's'}` : '', warnings ? `${warnings} warning${warnings === 1 ? '' : 's'}` : '']
      .filter(Boolean)
      .join(', ');
    const note: Problem = {
      severity: errors > 0 ? 'error' : 'warning',
      file: this.file,
      line: first.line,
      column: first.column,
      message: `${n} more problem${n === 1 ? '' : 's'} from here on (${kinds}) not listed: the first ${this.limit} are above — fix them (many rows often share one cause, such as a shifted column or a wrong unit) and run the check again`,
    };
    return [...this.kept, note];
  }

  private cut(): void {
    this.kept.sort(compareProblems);
    if (this.kept.length <= this.limit) return;
    for (const p of this.kept.slice(this.limit)) this.omit(p);
    this.kept.length = this.limit;
    this.cutAt = this.kept[this.limit - 1];
  }

  private omit(problem: Problem): void {
    if (problem.severity === 'error') this.omitted.errors++;
    else this.omitted.warnings++;
    if (this.omitted.first === null || compareProblems(problem, this.omitted.first) < 0) this.omitted.first = problem;
  }
}

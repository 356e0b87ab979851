// A problem found in a data file, located for editors and CI logs.
import { InputError } from '../pipeline/errors.ts';

export type Severity = 'error' | 'warning';

export interface Problem {
  severity: Severity;
  /** Path relative to the repository root, with forward slashes: data/progress/x.csv. */
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based, pointing at the first character of the offending field. */
  column: number;
  message: string;
}

/** `file:line:column: severity: message`, the form editors and CI logs link. */
export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}:${p.column}: ${p.severity}: ${p.message}`;
}

/** The same problem as the pipeline's InputError (for callers that throw). */
export function toInputError(p: Problem): InputError {
  return new InputError({ file: p.file, line: p.line, column: p.column }, `${p.severity}: ${p.message}`);
}

export function compareProblems(a: Problem, b: Problem): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column;
}

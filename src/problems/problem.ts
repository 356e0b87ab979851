// A problem found in an input — a data file, a policy file, a source — located for people,
// editors and CI logs. The one shape of every located message, and its one written form:
// `file:line:column: severity: message`, a hint on the next line.
import { InputError } from '../pipeline/errors.ts';

/** An error stops a build; a warning asks for attention; a review flag marks extraction a person should check. */
export type Severity = 'error' | 'warning' | 'review';

export interface Problem {
  severity: Severity;
  /** Path relative to the repository root, with forward slashes: data/progress/x.csv. */
  file: string;
  /** 1-based; absent when the problem is with the file as a whole. */
  line?: number;
  /** 1-based, pointing at the first character of the offending field. */
  column?: number;
  message: string;
  /** What to do, when the message does not say it. */
  hint?: string;
}

export function formatProblem(p: Problem): string {
  const where = p.line === undefined ? p.file : p.column === undefined ? `${p.file}:${p.line}` : `${p.file}:${p.line}:${p.column}`;
  return `${where}: ${p.severity}: ${p.message}${p.hint ? `\n  ${p.hint}` : ''}`;
}

/** What the pipeline threw (an unreadable source, bad YAML …) as a problem. */
export function problemOf(error: InputError, severity: Severity = 'error'): Problem {
  return { severity, file: error.file, line: error.line, column: error.column, message: error.message, hint: error.hint };
}

/** By file, line, column; a problem with the whole file first. */
export function compareProblems(a: Problem, b: Problem): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0);
}

/** A problem that stops the work (the site build): its message is the problem as written. */
export class ProblemError extends Error {
  readonly problem: Problem;
  constructor(problem: Problem) {
    super(formatProblem(problem));
    this.name = 'ProblemError';
    this.problem = problem;
  }
}

/** Errors that are the input's fault become problems; anything else is a bug and is rethrown. */
export function asProblem(error: unknown): Problem {
  if (error instanceof ProblemError) return error.problem;
  if (error instanceof InputError) return problemOf(error);
  throw error;
}

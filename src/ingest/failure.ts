// A failed source, said for people: which file, where, what is wrong, what to do.
import { formatProblem, problemOf } from '../problems/problem.ts';
import { InputError } from '../pipeline/errors.ts';

export interface Failure {
  file: string;
  /** The problem as written (src/problems/problem.ts). */
  message: string;
}

export function describeFailure(error: unknown, file: string): Failure {
  if (error instanceof InputError) return { file: error.file, message: formatProblem(problemOf(error)) };
  const reason = error instanceof Error ? error.message : String(error);
  const hint = 'this is a bug in luoshi if the file is a readable policy text; please report it with the file';
  return { file, message: formatProblem({ severity: 'error', file, message: `could not be ingested: ${reason}`, hint }) };
}

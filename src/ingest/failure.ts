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

/** A source whose worker died under it: out of memory, or a crash. */
export function workerStopped(file: string, reason: string, outOfMemory: boolean, heapMb: number | undefined): Failure {
  const message = outOfMemory
    ? `${file}: could not be ingested: reading it took more memory than an ingest worker may use${heapMb ? ` (${heapMb} MB)` : ''}, so that worker was stopped\n  The other sources were ingested. Check this file: no policy text needs that much memory; if it is genuine, raise the limit with LUOSHI_WORKER_HEAP_MB (megabytes).`
    : `${file}: could not be ingested: the worker reading it stopped (${reason})\n  The other sources were ingested. Run ingest again; if this file fails again, please report it with the file.`;
  return { file, message };
}

// A failed source, said for people: which file, where, what is wrong, what to do.
import { InputError } from '../pipeline/errors.ts';

export interface Failure {
  file: string;
  message: string;
}

export function describeFailure(error: unknown, file: string): Failure {
  if (error instanceof InputError) return { file: error.file, message: error.format() };
  const reason = error instanceof Error ? error.message : String(error);
  return { file, message: `${file}: could not be ingested: ${reason}\n  this is a bug in luoshi if the file is a readable policy text; please report it with the file` };
}

/** A source whose worker died under it: out of memory, or a crash. */
export function workerStopped(file: string, reason: string, outOfMemory: boolean, heapMb: number | undefined): Failure {
  const message = outOfMemory
    ? `${file}: could not be ingested: reading it took more memory than an ingest worker may use${heapMb ? ` (${heapMb} MB)` : ''}, so that worker was stopped\n  The other sources were ingested. Check this file: no policy text needs that much memory; if it is genuine, raise the limit with LUOSHI_WORKER_HEAP_MB (megabytes).`
    : `${file}: could not be ingested: the worker reading it stopped (${reason})\n  The other sources were ingested. Run ingest again; if this file fails again, please report it with the file.`;
  return { file, message };
}

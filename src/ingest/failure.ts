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

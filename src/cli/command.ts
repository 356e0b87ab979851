// The shape every CLI command has; src/cli/main.ts dispatches to them.
import { buildDate } from '../dates/build-date.ts';

export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
  /** Repository root (content/, data/ live here). */
  root: string;
}

/** 0 ok, 1 some inputs failed (others processed), 2 usage error. */
export type ExitCode = 0 | 1 | 2;

export interface Command {
  name: string;
  summary: string;
  usage: string;
  run(argv: string[], io: Io): Promise<ExitCode>;
}

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** The build date (src/dates/build-date.ts); a malformed LUOSHI_BUILD_DATE is a usage error, not a crash. */
export function buildDateOption(): string {
  try {
    return buildDate();
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

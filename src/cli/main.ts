// `luoshi <command>`: one entry point for every command.
import type { Command, ExitCode, Io } from './command.ts';
import { UsageError } from './command.ts';
import { InputError } from '../pipeline/errors.ts';
import { formatProblem, problemOf } from '../problems/problem.ts';
import { ingestCommand } from './commands/ingest.ts';
import { extractCommand } from './commands/extract.ts';
import { checkCommand } from './commands/check.ts';
import { buildCommand } from './commands/build.ts';
import { dataCommand } from './commands/data-check.ts';
import { publishCommand } from './commands/publish.ts';
import { indicatorsCommand } from './commands/indicators.ts';

const COMMANDS: Command[] = [ingestCommand, extractCommand, checkCommand, buildCommand, publishCommand, dataCommand, indicatorsCommand];

function usage(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    'usage: npm run luoshi -- <command> [options]',
    '',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Run `npm run luoshi -- <command> --help` for the options of a command.',
  ].join('\n');
}

export async function main(argv: string[], io: Io): Promise<ExitCode> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    (name ? io.out : io.err)(usage());
    return name ? 0 : 2;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.err(`luoshi: unknown command "${name}"\n\n${usage()}`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(command.usage);
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`luoshi ${name}: ${error.message}\n\n${command.usage}`);
      return 2;
    }
    // An input that cannot be read at all (a path that does not exist …).
    if (error instanceof InputError) {
      io.err(formatProblem(problemOf(error)));
      return 1;
    }
    throw error;
  }
}

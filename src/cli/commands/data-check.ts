// `luoshi data check`: validates data/indicators.yaml, data/regions.yaml, data/progress/*.csv and
// data/milestones/*.csv, printing `file:line:column: error|warning: message` lines and a summary.
// Exit 1 on any error (warnings do not fail), 2 on a usage error.
import { join, relative } from 'node:path';
import type { Command, ExitCode, Io } from '../command.ts';
import { buildDateOption, UsageError } from '../command.ts';
import { targetIdsIn } from '../../content/policy-files.ts';
import { checkData } from '../../data/check.ts';
import { formatProblem } from '../../problems/problem.ts';
import { isFullDate } from '../../dates/partial-date.ts';

const USAGE = `usage: luoshi data check [--today YYYY-MM-DD] [--content DIR]

  Checks data/indicators.yaml, data/regions.yaml, data/progress/*.csv and data/milestones/*.csv.
  --today    the build date that "too new" and "overdue" are judged against
             (default: LUOSHI_BUILD_DATE, else today in China Standard Time)
  --content  the policies whose target ids milestone rows may name
             (default: LUOSHI_CONTENT, else content/policies); without policies that check is skipped`;

interface Args {
  today: string;
  content: string;
}

function parseArgs(argv: readonly string[]): Args | 'help' {
  const [sub, ...rest] = argv;
  if (sub === '--help' || sub === '-h' || sub === 'help') return 'help';
  if (sub !== 'check')
    throw new UsageError(sub === undefined ? 'missing subcommand: luoshi data check' : `unknown subcommand "${sub}": the only one is "check"`);
  let today: string | undefined;
  let content: string | undefined;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    const [flag, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string => {
      const v = inline ?? rest[++i];
      if (v === undefined || v === '') throw new UsageError(`${flag} needs a value`);
      return v;
    };
    if (flag === '--today') today = value();
    else if (flag === '--content') content = value();
    else if (flag === '--help' || flag === '-h') return 'help';
    else throw new UsageError(`unknown option "${arg}"`);
  }
  if (today !== undefined && !isFullDate(today)) throw new UsageError(`--today must be a date written as YYYY-MM-DD, got "${today}"`);
  today ??= buildDateOption();
  return { today, content: content ?? (process.env.LUOSHI_CONTENT || 'content/policies') };
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export const dataCommand: Command = {
  name: 'data',
  summary: 'check progress data, milestones, the indicator catalogue and the region list',
  usage: USAGE,
  async run(argv: string[], io: Io): Promise<ExitCode> {
    let args: Args | 'help';
    try {
      args = parseArgs(argv);
    } catch (error) {
      if (error instanceof UsageError) {
        io.err(`luoshi data: ${error.message}`);
        io.err(USAGE);
        return 2;
      }
      throw error;
    }
    if (args === 'help') {
      io.out(USAGE);
      return 0;
    }
    const contentDir = join(io.root, args.content);
    const { ids, note } = await targetIdsIn(contentDir);
    if (note) io.err(`note: ${note.replace(io.root + '/', '')}`);
    const result = checkData(io.root, { today: args.today, targetIds: ids ?? undefined });
    for (const p of result.problems) io.out(formatProblem(p));
    const { errors, warnings } = result.counts;
    const found = errors + warnings === 0 ? 'no problems' : `${plural(errors, 'error')}, ${plural(warnings, 'warning')}`;
    io.out(
      `data check: ${found} (${plural(result.observations.length, 'observation')} and ${plural(result.milestones.length, 'milestone record')} in ${plural(result.files.length, 'file')}; checked against ${args.today}${ids ? `, ${plural(ids.size, 'target id')} from ${relative(io.root, contentDir) || '.'}` : ''})`,
    );
    return errors > 0 ? 1 : 0;
  },
};

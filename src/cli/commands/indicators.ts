// `luoshi indicators suggest`: proposes catalogue entries for the indicator names that recur
// across the extracted targets and that data/indicators.yaml lacks (src/indicators/suggest.ts).
// Prints them as YAML (or writes them to --out); never changes data/indicators.yaml.
import { writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Command, ExitCode, Io } from '../command.ts';
import { UsageError } from '../command.ts';
import { loadPolicies } from '../../content/policy-files.ts';
import { readIndicatorCatalogue } from '../../data/catalogue.ts';
import { formatProblem } from '../../problems/problem.ts';
import { formatSuggestions, suggestIndicators } from '../../indicators/suggest.ts';

const USAGE = `usage: npm run luoshi -- indicators suggest [--min N] [--out FILE] [--content DIR]

  Groups the indicator names of the quantity targets that no catalogued indicator links
  (normalised: 全县学前教育三年毛入园率 = 学前教育三年毛入园率) and proposes a catalogue entry for
  each name that recurs, with the targets it would link. Nothing is added to
  data/indicators.yaml: copy the entries you accept into it.
  --min      a name must recur in at least N targets (default 2)
  --out      write the proposals to FILE instead of printing them
  --content  the policies to read (default: LUOSHI_CONTENT, else content/policies)`;

export const indicatorsCommand: Command = {
  name: 'indicators',
  summary: 'indicators suggest: propose catalogue entries for indicators the plans measure',
  usage: USAGE,
  async run(argv: string[], io: Io): Promise<ExitCode> {
    const [sub, ...rest] = argv;
    if (sub !== 'suggest')
      throw new UsageError(sub === undefined ? 'missing subcommand: luoshi indicators suggest' : `unknown subcommand "${sub}": the only one is "suggest"`);
    let values;
    try {
      values = parseArgs({ args: rest, options: { min: { type: 'string' }, out: { type: 'string' }, content: { type: 'string' } } }).values;
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
    const min = values.min === undefined ? 2 : Number(values.min);
    if (!Number.isInteger(min) || min < 1) throw new UsageError(`--min needs a whole number of at least 1, got "${values.min}"`);
    const { catalogue, problems } = readIndicatorCatalogue(io.root);
    if (!catalogue) {
      for (const p of problems) io.err(formatProblem(p));
      io.err('indicators suggest: the catalogue cannot be read (above); fix data/indicators.yaml first');
      return 1;
    }
    const dir = resolve(io.root, values.content ?? process.env.LUOSHI_CONTENT ?? join('content', 'policies'));
    const policies = await loadPolicies(dir, io.root);
    const result = suggestIndicators(policies, catalogue, { minTargets: min });
    const text = formatSuggestions(result);
    if (values.out) {
      writeFileSync(resolve(io.root, values.out), text);
      io.err(
        `indicators suggest: ${result.suggestions.length} proposals written to ${relative(io.root, resolve(io.root, values.out))}; data/indicators.yaml is unchanged`,
      );
    } else io.out(text.trimEnd());
    return 0;
  },
};

// `luoshi extract <files|dirs…> --out <dir>`: the record of each input as JSON, for
// inspection and scoring: the record ingest writes, before corrections (nothing is
// written to content/).
import { mkdir, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Command } from '../command.ts';
import { UsageError } from '../command.ts';
import { extractView } from '../../pipeline/scoring-view.ts';
import { listSources } from '../../pipeline/read-source.ts';
import { limitsFromEnv } from '../../pipeline/decode/limits.ts';
import { loadDirectory } from '../../pipeline/units/directory.ts';
import { readIndicatorCatalogue } from '../../data/catalogue.ts';
import { extractRecord } from '../../ingest/extract-record.ts';
import { describeFailure } from '../../ingest/failure.ts';

const USAGE = `usage: npm run luoshi -- extract <files|dirs…> --out <dir>

  Writes the extracted record of each input as <dir>/<input file name>.json
  (the format read by the evaluation scorer): the record ingest writes, with
  targets linked to data/indicators.yaml. Corrections are not applied.`;

export const extractCommand: Command = {
  name: 'extract',
  summary: 'write the extracted record of each input as JSON, for inspection and scoring',
  usage: USAGE,
  async run(argv, io) {
    let parsed;
    try {
      parsed = parseArgs({ args: argv, allowPositionals: true, options: { out: { type: 'string' } } });
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
    const out = parsed.values.out;
    if (!out) throw new UsageError('missing --out <dir>: where to write the records');
    if (!parsed.positionals.length) throw new UsageError('name at least one file or directory to extract');
    const settings = { root: io.root, directory: await loadDirectory(io.root), catalogue: readIndicatorCatalogue(io.root).catalogue, limits: limitsFromEnv() };
    await mkdir(out, { recursive: true });
    let failed = 0;
    let written = 0;
    for (const file of await listSources(parsed.positionals)) {
      try {
        const { record } = await extractRecord(file, settings);
        await writeFile(join(out, `${basename(file)}.json`), `${JSON.stringify(extractView(record), null, 2)}\n`);
        written++;
      } catch (error) {
        failed++;
        io.err(describeFailure(error, file).message);
      }
    }
    io.out(`${written} records written to ${out}${failed ? `, ${failed} inputs failed` : ''}`);
    return failed ? 1 : 0;
  },
};

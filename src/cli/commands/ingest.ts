// `luoshi ingest [paths…]`: sources → content/policies/*.mdx.
import { parseArgs } from 'node:util';
import { SingleBar, Presets } from 'cli-progress';
import type { Command, ExitCode, Io } from '../command.ts';
import { UsageError } from '../command.ts';
import { ingest, type IngestReport } from '../../ingest/ingest.ts';
import { loadSettings } from '../../ingest/settings.ts';

const USAGE = `usage: npm run luoshi -- ingest [paths…] [--force]

  Turns policy sources (.txt, .html, .docx; UTF-8, UTF-16 or GB18030) into
  content/policies/<slug>.mdx. Without paths, ingests content/sources/.
  Sources that did not change since the last ingest are skipped.
  Hand edits of a policy file are kept: frontmatter edits move to
  content/corrections/<slug>.yaml, and a file whose text was edited is not rewritten.

  --force   ingest every source again, and regenerate hand-edited text
            (edits to the text are lost; frontmatter edits are still kept)`;

function formatReport(report: IngestReport): string[] {
  const lines = [
    `${report.documents} documents: ${report.written} ingested, ${report.unchanged} unchanged, ${report.failed.length} failed`,
    `${report.targets} targets, ${report.milestones} milestones, ${report.units} responsible units in the ingested documents`,
  ];
  if (report.notes.length) lines.push(`${report.notes.length} warnings:`, ...report.notes.map((n) => `  ${n}`));
  if (report.review.length)
    lines.push(
      `${report.review.length} to review (extraction doubts; a correction or a \`reviewed\` entry clears them):`,
      ...report.review.map((n) => `  ${n}`),
    );
  return lines;
}

function progressBar(): { start: (total: number) => void; tick: () => void; stop: () => void } {
  if (!process.stderr.isTTY) return { start: () => {}, tick: () => {}, stop: () => {} };
  const bar = new SingleBar({ format: 'ingest [{bar}] {value}/{total} {duration}s', stream: process.stderr, hideCursor: true }, Presets.shades_classic);
  let total = 0;
  return {
    start: (n) => {
      total = n;
      if (total > 1) bar.start(total, 0);
    },
    tick: () => total > 1 && bar.increment(),
    stop: () => total > 1 && bar.stop(),
  };
}

export async function runIngest(paths: string[], force: boolean, io: Io): Promise<{ code: ExitCode; report: IngestReport }> {
  const settings = await loadSettings(io.root, force);
  const bar = progressBar();
  const report = await ingest(paths, settings, { onStart: bar.start, onProgress: bar.tick });
  bar.stop();
  for (const f of report.failed) io.err(f.message);
  for (const line of formatReport(report)) io.out(line);
  return { code: report.failed.length ? 1 : 0, report };
}

export const ingestCommand: Command = {
  name: 'ingest',
  summary: 'turn policy sources into structured MDX (content/sources → content/policies)',
  usage: USAGE,
  async run(argv, io) {
    let parsed;
    try {
      parsed = parseArgs({ args: argv, allowPositionals: true, options: { force: { type: 'boolean', default: false } } });
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
    return (await runIngest(parsed.positionals, parsed.values.force ?? false, io)).code;
  },
};

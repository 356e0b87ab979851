// npm run bench:ingest [-- --documents N]: ingest throughput over a recombined corpus,
// in a temporary repository, on all cores. Prints documents/s and MB/s.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { enableCompileCache } from 'node:module';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { makeCorpus } from './corpus.ts';

// As scripts/luoshi.ts does: the pipeline and its workers load from Node's compile cache.
enableCompileCache();
const { ingest } = await import('../src/ingest/ingest.ts');
const { loadSettings } = await import('../src/ingest/settings.ts');

const { values } = parseArgs({ options: { documents: { type: 'string', default: '1000' } } });
const documents = Number(values.documents);
const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const work = mkdtempSync(join(tmpdir(), 'luoshi-bench-'));
try {
  cpSync(join(root, 'data'), join(work, 'data'), { recursive: true });
  cpSync(join(root, 'src'), join(work, 'src'), { recursive: true });
  const stats = makeCorpus(join(root, 'content', 'sources'), join(work, 'content', 'sources'), documents);
  delete process.env.LUOSHI_CONTENT;
  const settings = await loadSettings(work, false);
  const started = performance.now();
  const report = await ingest([], settings);
  const seconds = (performance.now() - started) / 1000;
  const again = performance.now();
  const second = await ingest([], settings);
  const unchangedSeconds = (performance.now() - again) / 1000;
  console.log(`corpus: ${stats.documents} documents, ${(stats.bytes / 1e6).toFixed(1)} MB (one in five GB18030)`);
  console.log(`cores: ${availableParallelism()}`);
  console.log(`ingest: ${seconds.toFixed(2)} s — ${(stats.documents / seconds).toFixed(0)} documents/s, ${(stats.bytes / 1e6 / seconds).toFixed(2)} MB/s`);
  console.log(`        ${report.written} written, ${report.failed.length} failed, ${report.targets} targets, ${report.milestones} milestones`);
  console.log(`re-ingest with nothing changed: ${unchangedSeconds.toFixed(2)} s (${second.unchanged} unchanged)`);
} finally {
  rmSync(work, { recursive: true, force: true });
}

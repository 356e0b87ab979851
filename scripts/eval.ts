#!/usr/bin/env node
// `npm run eval [-- --verbose] [-- <corpus-dir> <gold-dir> …]`: extract each corpus the
// way `luoshi extract` does and score the records against their gold annotations with
// the evaluation scorer (../shared/eval/score.mjs beside the repository), printing the
// totals and a line per document. Without arguments: the sample sources, the real
// corpus (../shared/corpus-real) and the variant texts. Without the scorer, the records
// are still extracted and a note says scoring was skipped.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../src/cli/main.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(root, '..', 'shared');
const scorer = join(shared, 'eval', 'score.mjs');
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const paths = args.filter((a) => !a.startsWith('--'));

interface Suite {
  name: string;
  corpus: string;
  gold: string;
}

const suites: Suite[] = paths.length
  ? Array.from({ length: Math.floor(paths.length / 2) }, (_, i) => ({
      name: basename(resolve(paths[2 * i])),
      corpus: resolve(paths[2 * i]),
      gold: resolve(paths[2 * i + 1]),
    }))
  : [
      { name: 'sample sources', corpus: join(root, 'content', 'sources'), gold: join(shared, 'gold') },
      { name: 'real corpus', corpus: join(shared, 'corpus-real', 'raw'), gold: join(shared, 'corpus-real', 'gold') },
      { name: 'variant texts', corpus: join(root, 'test', 'fixtures', 'variants', 'corpus'), gold: join(root, 'test', 'fixtures', 'variants', 'gold') },
    ];
if (paths.length % 2) {
  console.error('usage: npm run eval [-- --verbose] [-- <corpus-dir> <gold-dir> …]');
  process.exit(2);
}

interface DocScore {
  source: string;
  missing: boolean;
  quantity: [number, number, number];
  milestone: [number, number, number];
  units: [number, number, number];
  wrong: string[];
}

const f1 = (tp: number, fp: number, fn: number) => {
  const p = tp + fp ? tp / (tp + fp) : 1;
  const r = tp + fn ? tp / (tp + fn) : 1;
  return p + r ? (2 * p * r) / (p + r) : 0;
};

/** One line per document: targets F1 with its counts, units, and the metadata it got wrong. */
function perDocument(docs: DocScore[]): string[] {
  return docs.map((d) => {
    const [tp, fp, fn] = [0, 1, 2].map((i) => d.quantity[i] + d.milestone[i]);
    const meta = d.wrong.filter((w) => /^(title|date|docNumber|region) /.test(w)).map((w) => w.split(' ')[0]);
    const units = d.units[0] + d.units[1] + d.units[2] ? f1(...d.units).toFixed(2) : '  - ';
    return `  ${f1(tp, fp, fn).toFixed(2)}  targets tp ${String(tp).padStart(3)} fp ${String(fp).padStart(3)} fn ${String(fn).padStart(3)}  units ${units}  ${d.source}${d.missing ? ' (no record)' : ''}${meta.length ? `  [${meta.join(', ')} wrong]` : ''}`;
  });
}

const io = { out: (line: string) => console.log(line), err: (line: string) => console.error(line), root };
const work = mkdtempSync(join(tmpdir(), 'luoshi-eval-'));
let code = 0;
try {
  for (const suite of suites) {
    if (!existsSync(suite.corpus)) {
      console.log(`== ${suite.name}: ${suite.corpus} is not on this machine: skipped`);
      continue;
    }
    console.log(`== ${suite.name} (${suite.corpus.replace(`${root}/`, '')})`);
    const out = join(work, suite.name.replace(/\W+/g, '-'));
    // The same code path as `luoshi extract <dir> --out <dir>`.
    if ((await main(['extract', suite.corpus, '--out', out], io)) !== 0) code = 1;
    if (!existsSync(suite.gold)) {
      console.log(`note: no gold annotations at ${suite.gold}: not scored`);
      continue;
    }
    if (!existsSync(scorer)) {
      console.log(`note: the scorer ${scorer} is not on this machine: records extracted, not scored`);
      continue;
    }
    if (verbose) process.stdout.write(spawnSync(process.execPath, [scorer, suite.gold, out, '--verbose'], { encoding: 'utf8' }).stdout);
    const scored = spawnSync(process.execPath, [scorer, suite.gold, out], { encoding: 'utf8' });
    process.stdout.write(scored.stdout);
    process.stderr.write(scored.stderr);
    if (scored.status !== 0) code = 1;
    const detail = spawnSync(process.execPath, [scorer, suite.gold, out, '--json', '--verbose'], { encoding: 'utf8' });
    if (detail.status === 0) console.log(['per document:', ...perDocument((JSON.parse(detail.stdout) as { perDoc: DocScore[] }).perDoc)].join('\n'));
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
process.exitCode = code;

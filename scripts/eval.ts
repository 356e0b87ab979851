#!/usr/bin/env node
// `npm run eval [-- --verbose]`: extract content/sources and the held-out variant corpus
// the way `luoshi extract` does, and score the records against the gold annotations
// with the evaluation scorer (../shared/eval/score.mjs beside the repository). Without
// the scorer, the records are still extracted and a note says scoring was skipped.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../src/cli/main.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(root, '..', 'shared');
const scorer = join(shared, 'eval', 'score.mjs');
const flags = process.argv.slice(2).filter((a) => a === '--verbose' || a === '--json');

const suites = [
  { name: 'sample sources', corpus: join(root, 'content', 'sources'), gold: join(shared, 'gold') },
  { name: 'variant corpus', corpus: join(root, 'test', 'fixtures', 'variants', 'corpus'), gold: join(root, 'test', 'fixtures', 'variants', 'gold') },
];

const io = { out: (line: string) => console.log(line), err: (line: string) => console.error(line), root };
const work = mkdtempSync(join(tmpdir(), 'luoshi-eval-'));
let code = 0;
try {
  for (const suite of suites) {
    console.log(`== ${suite.name} (${suite.corpus.replace(`${root}/`, '')})`);
    const out = join(work, suite.name.replace(/\W+/g, '-'));
    // The same code path as `luoshi extract <dir> --out <dir>`.
    const extracted = await main(['extract', suite.corpus, '--out', out], io);
    if (extracted !== 0) code = 1;
    if (!existsSync(suite.gold)) {
      console.log(`note: no gold annotations at ${suite.gold}: not scored`);
      continue;
    }
    if (!existsSync(scorer)) {
      console.log(`note: the scorer ${scorer} is not on this machine: records extracted, not scored`);
      continue;
    }
    const scored = spawnSync(process.execPath, [scorer, suite.gold, out, ...flags], { encoding: 'utf8' });
    process.stdout.write(scored.stdout);
    process.stderr.write(scored.stderr);
    if (scored.status !== 0) code = 1;
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
process.exitCode = code;

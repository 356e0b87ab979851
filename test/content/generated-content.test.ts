// The committed policy files are what the pipeline makes of the committed sources (and
// corrections) today: ingest runs on a copy of content/sources and content/corrections,
// and every file of content/policies must come out byte for byte. Nothing is hard-coded,
// so an intended change of the extractor only asks for the files to be regenerated.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { withoutContentOverride } from '../ingest/repo.ts';
import { ROOT } from '../pipeline/support.ts';

const REGENERATE = 'regenerate them with `npm run luoshi -- ingest` (add `--force` where a text was edited by hand) and commit the result';
const committed = join(ROOT, 'content', 'policies');
const list = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.mdx')).sort() : []);

describe('committed content/policies', () => {
  let root: string;
  const messages: string[] = [];

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'luoshi-generated-'));
    for (const dir of ['content/sources', 'content/corrections']) {
      if (existsSync(join(ROOT, dir))) cpSync(join(ROOT, dir), join(root, dir), { recursive: true });
    }
    mkdirSync(join(root, 'data'));
    // Every YAML file of data/ (the unit directories, indicators, regions) is an input of ingest.
    for (const file of readdirSync(join(ROOT, 'data')).filter((f) => f.endsWith('.yaml'))) cpSync(join(ROOT, 'data', file), join(root, 'data', file));
    const io = { root, out: () => {}, err: (line: string) => messages.push(line) };
    expect(await withoutContentOverride(() => main(['ingest'], io)), messages.join('\n')).toBe(0);
  }, 120_000);
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('are the files the pipeline writes from content/sources, no more, no fewer', () => {
    expect(list(committed), `content/policies/ and content/sources/ disagree: ${REGENERATE}`).toEqual(list(join(root, 'content', 'policies')));
  });

  it('say what the pipeline now makes of their sources and corrections', () => {
    const stale = list(committed).filter((f) => readFileSync(join(committed, f), 'utf8') !== readFileSync(join(root, 'content', 'policies', f), 'utf8'));
    expect(stale.map((f) => `content/policies/${f}`), `these files are not what the pipeline writes today: ${REGENERATE}`).toEqual([]);
  });
});

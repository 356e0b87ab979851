// Golden pages of the built site, in the manner of Observable Framework's build tests: the
// small fixture site (test/site/fixtures: four hand-written policy files and a data folder,
// independent of the extractor) is built with Astro, and selected pages and every kind of
// download are compared with test/golden/site/. After an intended change of the site,
// rewrite them with
//   UPDATE_GOLDEN=1 npm run test:site
// and review the diff before committing. The build runs in a temporary copy of the
// repository (test/e2e/support/repo.ts), so the working tree and its caches are untouched.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { departmentSlug } from '../../src/site/departments.ts';
import { cliEnv, copyRepo, pinnedNode, removeRepo, ROOT, tail } from '../e2e/support/repo.ts';

const GOLDEN = join(ROOT, 'test', 'golden', 'site');
const update = process.env.UPDATE_GOLDEN === '1';
const bureau = departmentSlug('镇康县', '县教育体育局');
const indicator = 'upper-secondary-gross-enrolment';

/** Output files, relative to the built site: one page of each kind and every kind of download. */
const FILES = [
  'index.html',
  'policies/index.html',
  'policies/zhenkang-education-2023-2025/index.html',
  'targets/index.html',
  'departments/index.html',
  `departments/${bureau}/index.html`,
  'deadlines/index.html',
  'indicators/index.html',
  `indicators/${indicator}/index.html`,
  'progress/index.html',
  'progress/methodology/index.html',
  'search/index.html',
  'targets.csv',
  'targets/d/all.json',
  'policies/list/title/all/0.json',
  `departments/${bureau}.csv`,
  `departments/${bureau}.ics`,
  `indicators/${indicator}.csv`,
  `indicators/${indicator}.json`,
  'progress.csv',
  'progress.json',
  'search/manifest.json',
  'search/d/0.json',
  'search/names.json',
];

/** What may differ between two builds of the same site: the content hashes of bundled assets. */
function normalize(file: string, text: string): string {
  const stable = text.replace(/(\/_astro\/[\w.-]+?)\.[\w-]{8}\.(js|css)\b/g, '$1.$2');
  // One tag a line: compressed HTML diffs readably.
  return file.endsWith('.html') ? stable.replace(/></g, '>\n<') : stable;
}

function build(root: string, out: string): Promise<{ code: number | null; output: string }> {
  const env = cliEnv({ LUOSHI_CONTENT: 'fixtures/policies', LUOSHI_DATA: 'fixtures/data' });
  return new Promise((done, fail) => {
    const child = spawn(pinnedNode(), [join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--outDir', out], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (output += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (output += d));
    child.on('error', fail);
    child.on('close', (code) => done({ code, output }));
  });
}

describe('golden pages and downloads of the fixture site', () => {
  let root: string;
  let out: string;

  beforeAll(async () => {
    root = copyRepo('luoshi-site-golden-');
    cpSync(join(ROOT, 'test', 'site', 'fixtures'), join(root, 'fixtures'), { recursive: true });
    out = join(root, 'site');
    const result = await build(root, out);
    if (result.code !== 0) throw new Error(`astro build of the fixture site exited with ${result.code}:\n${tail(result.output)}`);
  }, 300_000);
  afterAll(() => removeRepo(root));

  it.each(FILES)('%s', (file) => {
    const actual = normalize(file, readFileSync(join(out, file), 'utf8'));
    const golden = join(GOLDEN, file);
    if (update) {
      mkdirSync(dirname(golden), { recursive: true });
      writeFileSync(golden, actual);
      return;
    }
    expect(existsSync(golden), `test/golden/site/${file} is missing: write it with UPDATE_GOLDEN=1 npm run test:site`).toBe(true);
    expect(actual, `the fixture site's ${file} differs from test/golden/site/${file}; if the change is intended, run UPDATE_GOLDEN=1 npm run test:site and review the diff`).toBe(
      readFileSync(golden, 'utf8'),
    );
  });
});

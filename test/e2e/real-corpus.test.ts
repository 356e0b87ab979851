// Every real text of test/fixtures/corpus-real ingests, and the site builds from them:
// web pages with site chrome, legal-database and archive exports, a work report as
// .docx, PDF-to-text. Built once through the CLI (`luoshi build --out`) in a copy of
// the repository whose sources are these texts only. On that site every in-page anchor
// exists and every count shown in two places agrees (issue 9, item 7).
import { cpSync, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyRepo, removeRepo, ROOT, runCli, tail, type CliResult } from './support/repo.ts';
import { brokenAnchors } from '../support/site-anchors.ts';
import { countDisagreements } from '../support/site-counts.ts';

const CORPUS = join(ROOT, 'test', 'fixtures', 'corpus-real');
const texts = readdirSync(CORPUS).filter((name) => name !== 'README.md');
const slugOf = (name: string) => name.replace(/\.[a-z]+$/, '').toLowerCase();

describe('the real corpus ingests and builds', () => {
  let root: string;
  let build: CliResult;

  beforeAll(async () => {
    root = copyRepo('luoshi-e2e-real-');
    for (const dir of ['content/sources', 'content/policies', 'content/corrections']) rmSync(join(root, dir), { recursive: true, force: true });
    for (const name of texts) cpSync(join(CORPUS, name), join(root, 'content', 'sources', name));
    build = await runCli(root, ['build', '--out', join(root, 'site')]);
  }, 600_000);

  afterAll(() => removeRepo(root));

  it('ingests every text without a failure and builds the site', () => {
    expect(build.code, tail(build.stdout + build.stderr)).toBe(0);
    expect(build.stdout).toMatch(new RegExp(`${texts.length} documents: ${texts.length} ingested, 0 unchanged, 0 failed`));
  });

  it.each(texts)('%s has its policy page, under its own title, with its targets', (name) => {
    const page = join(root, 'site', 'policies', slugOf(name), 'index.html');
    expect(existsSync(page), `${page} was not built`).toBe(true);
    const html = readFileSync(page, 'utf8');
    expect(html).toMatch(/<h1[^>]*>[^<]{4,}/);
    expect(html).not.toMatch(/<h1[^>]*>\s*(未命名文件|&lt;)/);
  });

  it('every link to a #fragment, in a page or a download, names an element of its page', () => {
    expect(brokenAnchors(join(root, 'site')).map((b) => `${b.from}: ${b.href}`)).toEqual([]);
  });

  it('counts shown in two places agree (home, lists, unit pages, progress, indicators)', () => {
    expect(countDisagreements(join(root, 'site'))).toEqual([]);
  });
});

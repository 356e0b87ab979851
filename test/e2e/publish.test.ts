// Publishing (`luoshi publish`) as data staff do it, in a temporary copy of the
// repository, with the real Astro build: a good publish (dist/ becomes a link to a
// release, served by a plain static server); a bad value in the progress data,
// refused with a located message while the live site stays byte for byte what it
// was (and keeps being served); then a new observation, published and named in the
// change report (and drawn in its indicator's chart when the site has indicator
// pages). Concurrency and crashes are tested with a stub build in test/publish/.
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, readdirSync, readFileSync, readlinkSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as cheerio from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyRepo, removeRepo, runCli, tail, type CliResult } from './support/repo.ts';
import { serveDir, type StaticServer } from './support/server.ts';

const CSV = 'data/progress/education-statistics.csv';
/**
 * A real published figure (shared/data/education-statistics.csv: 河南省教育厅《2021年河南省教育
 * 事业发展统计公报》). The sample data already holds every figure of the shared data, so the
 * copy starts without this row and the third publish adds it back as the new observation.
 */
const NEW_ROW = '高等教育毛入学率,河南省,2021,53.13,%,河南省教育厅《2021年河南省教育事业发展统计公报》,,';
/** The row whose value is corrupted, and the corruption. */
const VICTIM = '学前教育毛入园率,全国,2023,91.1,';
const CORRUPT = '学前教育毛入园率,全国,2023,九十,';

function treeHash(dir: string): { hash: string; files: number } {
  const hash = createHash('sha256');
  let files = 0;
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else {
        hash.update(relative(dir, p)).update('\0').update(readFileSync(p)).update('\0');
        files++;
      }
    }
  };
  walk(dir);
  return { hash: hash.digest('hex'), files };
}

/** Builds and links left in <dist>.releases/ by a run that did not finish. */
function unfinished(dist: string): string[] {
  return readdirSync(`${dist}.releases`).filter((name) => name.endsWith('.building') || name.startsWith('link-'));
}

function explain(r: CliResult): string {
  return `exit ${r.code}\n--- stdout\n${tail(r.stdout, 25)}\n--- stderr\n${tail(r.stderr, 25)}`;
}

/** The indicator page for 高等教育毛入学率, when the site has indicator pages. */
function indicatorPage(dist: string): string | null {
  const dir = join(dist, 'indicators');
  if (!existsSync(dir)) return null;
  for (const name of readdirSync(dir)) {
    const file = join(dir, name, 'index.html');
    if (existsSync(file) && cheerio.load(readFileSync(file, 'utf8'))('h1').text().includes('高等教育毛入学率')) return file;
  }
  return null;
}

/** What the indicator page says about 河南省 2021: in the chart (SVG) and in its data table. */
function henan2021(file: string) {
  const $ = cheerio.load(readFileSync(file, 'utf8'));
  const says = (text: string) => text.includes('河南省') && text.includes('2021') && text.includes('53.13');
  return {
    // the desktop drawing (the phone one beside it shows the same points)
    svg: $('svg.chart-wide').filter((_, s) =>
      $(s)
        .find('*')
        .toArray()
        .some((e) => says($(e).text()) && $(e).children().length === 0),
    ).length,
    rows: $('table tr').filter((_, tr) => says($(tr).text())).length,
    svgText: $('svg').text(),
  };
}

describe('luoshi publish', () => {
  let root: string;
  let dist: string;
  let server: StaticServer;
  let first: CliResult;
  let live: { hash: string; files: number };
  let liveTarget: string;
  let refusedMs = 0;

  beforeAll(async () => {
    root = copyRepo('luoshi-e2e-publish-');
    dist = join(root, 'dist');
    const csv = readFileSync(join(root, CSV), 'utf8');
    expect(csv).toContain(`${NEW_ROW}\n`);
    expect(csv).toContain(VICTIM);
    writeFileSync(join(root, CSV), csv.replace(`${NEW_ROW}\n`, ''));
    first = await runCli(root, ['publish']);
    server = await serveDir(dist);
  }, 180_000);

  afterAll(async () => {
    await server?.close();
    if (root) removeRepo(root);
  });

  it('1. a first publish builds the live site and says there is nothing to compare with', async () => {
    expect(first.code, explain(first)).toBe(0);
    expect(first.stdout).toMatch(/^published .*dist → .*dist\.releases\/\d{8}T\d{9}-\d+ \(judged against 2026-11-25\)$/m);
    expect(first.stdout).toContain('first publish: nothing to compare with');
    expect(existsSync(join(dist, 'index.html'))).toBe(true);
    expect(existsSync(join(dist, 'publish.json'))).toBe(true);
    expect(lstatSync(dist).isSymbolicLink()).toBe(true);
    expect(unfinished(dist)).toEqual([]);
    expect((await fetch(`${server.origin}/`)).status).toBe(200);
    live = treeHash(dist);
    liveTarget = readlinkSync(dist);
    expect(live.files).toBeGreaterThan(50);
  });

  it('2. a value that is not a number is refused with file:line:column, and the live site is untouched', async () => {
    const csv = readFileSync(join(root, CSV), 'utf8');
    const lines = csv.split('\n');
    const line = lines.findIndex((l) => l.startsWith(VICTIM)) + 1;
    const column = CORRUPT.indexOf('九十') + 1;
    writeFileSync(join(root, CSV), csv.replace(VICTIM, CORRUPT));

    const bad = await runCli(root, ['publish']);
    refusedMs = bad.ms;
    expect(bad.code, explain(bad)).not.toBe(0);
    const output = `${bad.stdout}\n${bad.stderr}`;
    const located = output.split('\n').find((l) => l.startsWith(`${CSV}:`));
    expect(located, explain(bad)).toBeDefined();
    expect(located).toMatch(new RegExp(`^${CSV.replace(/[./]/g, '\\$&')}:${line}:${column}: error: .*九十`));
    expect(output).toMatch(/publish stopped: the live site .* was not changed/);

    expect(treeHash(dist)).toEqual(live);
    expect(readlinkSync(dist)).toBe(liveTarget);
    expect(unfinished(dist)).toEqual([]);
    for (const path of ['/', '/policies/', '/targets.csv']) expect((await fetch(`${server.origin}${path}`)).status, path).toBe(200);

    writeFileSync(join(root, CSV), csv);
  });

  it('3. a new observation is published: the site changes, the report names it, its chart shows it', async () => {
    const page = indicatorPage(dist);
    const before = page ? henan2021(page) : null;
    if (before) expect({ svg: before.svg, rows: before.rows }).toEqual({ svg: 0, rows: 0 });

    writeFileSync(join(root, CSV), readFileSync(join(root, CSV), 'utf8').replace(/\n?$/, `\n${NEW_ROW}\n`));
    const good = await runCli(root, ['publish']);
    expect(good.code, explain(good)).toBe(0);
    expect(good.stdout).toContain('new observations (1):');
    expect(good.stdout).toMatch(/^ {2}高等教育毛入学率 河南省 2021: 53\.13$/m);
    expect(good.stdout).not.toContain('revised observations');
    expect(good.stdout).not.toContain('removed observations');

    const after = treeHash(dist);
    expect(after.hash).not.toBe(live.hash);
    const snapshot = JSON.parse(readFileSync(join(dist, 'publish.json'), 'utf8')) as { observations: Record<string, string> };
    expect(Object.entries(snapshot.observations).filter(([k, v]) => k.endsWith('|河南省|2021') && v === '53.13')).toHaveLength(1);
    expect((await fetch(`${server.origin}/`)).status).toBe(200);

    const report = good.stdout.split('\n').slice(good.stdout.split('\n').findIndex((l) => l.startsWith('published ')));
    console.log(
      `publish: first ${first.ms} ms, refused ${refusedMs} ms, new observation ${good.ms} ms; indicator chart checked: ${page ? relative(dist, page) : 'no indicator pages in this build'}\n${report.join('\n')}`,
    );
    if (page) {
      const now = henan2021(indicatorPage(dist)!);
      expect(now.svg, 'the new point in the chart').toBe(1);
      expect(now.rows, "the new row in the chart's data table").toBeGreaterThanOrEqual(1);
      expect(now.svgText).not.toBe(before!.svgText);
      const served = await (await fetch(`${server.origin}/${relative(dist, indicatorPage(dist)!).replace(/index\.html$/, '')}`)).text();
      expect(served).toContain('53.13');
    }
  });
});

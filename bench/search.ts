// npm run bench:search: keystroke to results on screen, in Chromium, with the site's own search
// page script (src/client/search-page.ts) over the site's own index format, at 1,000 and 10,000
// policies' worth of records (the sample policies, their paragraphs, targets, sections and units,
// repeated under new titles and URLs). Each query is typed one character at a time; a keystroke
// is timed from its input event to the moment the results on the page change (the page shows a
// query's results all at once, when they are complete). Also prints what the first query
// downloads (index parts, raw and gzipped), and what one request costs in this browser on this
// machine now, the floor under a keystroke that must fetch. BENCH_SIZES=1000,10000,50000 to choose.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { readPolicyFile } from '../src/content/policy-files.ts';
import { renderPolicyBody } from '../src/content/policy-body.ts';
import { buildSite } from '../src/site/site-data.ts';
import { paragraphsOf } from '../src/site/paragraphs.ts';
import { buildSearchDocs, unitNames } from '../src/search/records.ts';
import { buildIndex } from '../src/search/index-build.ts';
import type { SearchDoc } from '../src/search/index-format.ts';
import { load } from 'js-yaml';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const SIZES = (process.env.BENCH_SIZES ?? '1000,10000').split(',').map(Number);
const QUERIES = ['毛入学率', '教体局', '2025', '优质均衡', '镇康 2025', '控辍保学', '镇康教育', '毛入学律'];

const dir = join(root, 'content', 'policies');
const bodies = new Map<string, string>();
const policies = readdirSync(dir)
  .filter((f) => f.endsWith('.mdx'))
  .sort()
  .map((f) => {
    const file = readPolicyFile(readFileSync(join(dir, f), 'utf8'), f);
    bodies.set(file.record.slug, renderPolicyBody(file.body, f, file.bodyLine).html);
    return file.record;
  });
const site = buildSite(policies, '2026-11-25');
const catalogue = load(readFileSync(join(root, 'data', 'indicators.yaml'), 'utf8')) as {
  indicators: { id: string; name: string; aliases: string[]; unit: string }[];
};
const base = buildSearchDocs(site, { indicators: catalogue.indicators, paragraphs: (slug) => paragraphsOf(bodies.get(slug)!) });
const perPolicy = base.filter((d) => d.y !== 'indicator' && d.y !== 'department');
const shared = base.filter((d) => d.y === 'indicator' || d.y === 'department');

/** `size` policies' worth of records: copy k of every policy record gets its own title and URL. */
function docsOf(size: number): SearchDoc[] {
  const copies = Math.ceil(size / policies.length);
  const out: SearchDoc[] = [...shared];
  for (let k = 0; k < copies; k++) {
    for (const d of perPolicy)
      out.push(k ? { ...d, t: d.y === 'policy' ? `${d.t}（${k}）` : d.t, c: `${d.c}（${k}）`, u: d.u.replace('/policies/', `/policies/c${k}-`) } : d);
  }
  return out;
}

const script = await build({
  stdin: { contents: `import { initSearch } from './src/client/search-page.ts'; initSearch();`, resolveDir: root, loader: 'ts' },
  bundle: true,
  format: 'esm',
  write: false,
});
const PAGE = `<!doctype html><meta charset="utf-8"><form id="search-form" data-manifest="/search/manifest.json"><input id="search-q" name="q"></form><p id="search-status"></p><div id="search-results"></div><script type="module" src="/search.js"></script>`;

// The index is written to a directory and served by a separate process, as a static host
// serves it: the timed page shares no event loop with this script.
const siteDir = mkdtempSync(join(tmpdir(), 'luoshi-bench-search-'));
writeFileSync(join(siteDir, 'index.html'), PAGE);
writeFileSync(join(siteDir, 'search.js'), script.outputFiles[0].text);
const serverProcess = spawn(
  process.execPath,
  [
    '--input-type=module',
    '-e',
    `import { serveDir } from ${JSON.stringify(join(root, 'test/e2e/support/server.ts'))}; const s = await serveDir(process.argv[1]); console.log(s.origin);`,
    siteDir,
  ],
  { stdio: ['ignore', 'pipe', 'inherit'] },
);
const origin = await new Promise<string>((ok) => serverProcess.stdout!.once('data', (d: Buffer) => ok(d.toString().trim())));
const browser = await chromium.launch({
  executablePath: process.env.LUOSHI_E2E_CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
const pct = (list: number[], p: number) => [...list].sort((x, y) => x - y)[Math.min(list.length - 1, Math.floor(p * list.length))].toFixed(1);

/** Round trips of a small file from the same server, one after another: what any fetch costs now. */
async function requestCost(): Promise<number[]> {
  const page = await browser.newPage();
  await page.goto(`${origin}/`);
  const times = await page.evaluate(async () => {
    const out: number[] = [];
    for (let i = 0; i < 20; i++) {
      const t0 = performance.now();
      await (await fetch(`/search/manifest.json?${i}`)).arrayBuffer();
      out.push(performance.now() - t0);
    }
    return out;
  });
  await page.close();
  return times;
}
try {
  for (const size of SIZES) {
    const t0 = Date.now();
    const index = buildIndex(docsOf(size), unitNames(site), {
      termUrl: '/search/t/{n}.bin',
      listUrl: '/search/l/{n}.bin',
      docUrl: '/search/d/{n}.json',
      namesUrl: '/search/names.json',
    });
    rmSync(join(siteDir, 'search'), { recursive: true, force: true });
    for (const sub of ['t', 'l', 'd']) mkdirSync(join(siteDir, 'search', sub), { recursive: true });
    const files = new Map<string, string | Uint8Array>([
      ['search/manifest.json', JSON.stringify(index.manifest)],
      ['search/names.json', JSON.stringify(index.names)],
    ]);
    index.termShards.forEach((s, n) => files.set(`search/t/${n}.bin`, s));
    index.longLists.forEach((l, n) => files.set(`search/l/${n}.bin`, l));
    index.docChunks.forEach((c, n) => files.set(`search/d/${n}.json`, JSON.stringify(c)));
    for (const [path, body] of files) writeFileSync(join(siteDir, path), body);
    let total = 0;
    let largest: [string, number] = ['', 0];
    for (const [path, f] of files) {
      const n = Buffer.byteLength(f);
      total += n;
      if (n > largest[1]) largest = [path, n];
    }
    console.log(
      `${size} policies: ${index.manifest.total} records, ${index.termShards.length} term shards, ${index.longLists.length} lists of common pairs, ${index.docChunks.length} doc chunks, ${(total / 2 ** 20).toFixed(0)} MB in all, largest file ${largest[0]} ${kb(largest[1])}, manifest ${kb(Buffer.byteLength(files.get('search/manifest.json')!))} (index built in ${((Date.now() - t0) / 1000).toFixed(1)} s)`,
    );
    const times: number[] = [];
    const warm: number[] = [];
    const worst: string[] = [];
    const first: string[] = [];
    for (const q of QUERIES) {
      // a fresh page per query: its first keystrokes download what the query needs, as a first visit does
      const page = await browser.newPage();
      await page.goto(`${origin}/`);
      await page.waitForFunction(() => document.getElementById('search-status')?.textContent !== '正在载入索引…');
      await page.evaluate(() => {
        const w = window as unknown as { marks: number[]; lastInput: number };
        w.marks = [];
        document.getElementById('search-q')!.addEventListener('input', () => (w.lastInput = performance.now()), true);
        new MutationObserver(() => w.marks.push(performance.now() - w.lastInput)).observe(document.getElementById('search-results')!, {
          childList: true,
          subtree: true,
        });
      });
      const typeQuery = async () => {
        const own: number[] = [];
        for (const ch of q) {
          await page.evaluate(() => ((window as unknown as { marks: number[] }).marks = []));
          const status = await page.locator('#search-status').innerText();
          await page.locator('#search-q').focus();
          await page.keyboard.insertText(ch);
          // results on screen: the list or the status line changed (or nothing changed within 3 s)
          await page
            .waitForFunction(
              (before) => (window as unknown as { marks: number[] }).marks.length > 0 || document.getElementById('search-status')?.textContent !== before,
              status,
              { timeout: 3000 },
            )
            .catch(() => {});
          const marks = await page.evaluate(() => (window as unknown as { marks: number[] }).marks);
          if (marks.length) own.push(marks[0]);
        }
        return own;
      };
      // cold: the first visit fetches the parts of the index the query needs; warm: typed again
      const own = await typeQuery();
      await page.locator('#search-q').fill('');
      warm.push(...(await typeQuery()));
      // what the page fetched of the index, by Chrome's own resource timing; gzipped sizes computed here
      const fetched = await page.evaluate(() => performance.getEntriesByType('resource').map((r) => new URL(r.name).pathname.slice(1)));
      const parts = fetched.filter((p) => p.startsWith('search/'));
      const bytes = parts.reduce((a, p) => ({ raw: a.raw + Buffer.byteLength(files.get(p) ?? ''), gzip: a.gzip + gzipSync(files.get(p) ?? '').length }), {
        raw: 0,
        gzip: 0,
      });
      first.push(`${q} ${kb(bytes.raw)}/${kb(bytes.gzip)} gz (${parts.length} files)`);
      times.push(...own);
      if (own.length) worst.push(`${q} ${Math.max(...own).toFixed(0)}`);
      await page.close();
    }
    const cost = await requestCost();
    console.log(
      `  keystroke (input event) to its results on screen, first visit: median ${pct(times, 0.5)} ms, p95 ${pct(times, 0.95)} ms over ${times.length} keystrokes (worst per query: ${worst.join(', ')})`,
    );
    console.log(`  the same queries typed again (index parts cached): median ${pct(warm, 0.5)} ms, p95 ${pct(warm, 0.95)} ms over ${warm.length} keystrokes`);
    console.log(`  downloaded by typing each query on a fresh page (manifest, names, pair lists, record chunks): ${first.join('; ')}`);
    console.log(
      `  one request to the same server costs now: median ${pct(cost, 0.5)} ms, p95 ${pct(cost, 0.95)} ms (load average ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')} on ${availableParallelism()} cores)`,
    );
  }
} finally {
  await browser.close();
  serverProcess.kill();
  rmSync(siteDir, { recursive: true, force: true });
}

// npm run bench:search: keystroke to results on screen, in Chromium, with the site's own search
// page script (src/client/search-page.ts) over the site's own index format, at 1,000 and 10,000
// policies' worth of records (the sample policies, their paragraphs, targets, sections and units,
// repeated under new titles and URLs). Each query is typed one character at a time by a script in
// the page (bench/search-driver.ts), on a fresh document (a first visit) and again once typed; a
// keystroke is timed from its input event to the moment the results on the page change (the page
// shows a query's results all at once, when they are complete). Chromium is started by itself, not
// under a remote-control protocol: Playwright's session hears of every request the page makes and
// polls it every frame, which on two cores doubled the time of a keystroke that fetches. Also
// prints what the first query downloads (index parts, raw and gzipped), and what one request costs
// in this browser on this machine now, the floor under a keystroke that must fetch.
// BENCH_SIZES=1000,10000,50000 to choose.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { readPolicyFile } from '../src/content/policy-files.ts';
import { renderPolicyBody } from '../src/content/policy-body.ts';
import { buildSite } from '../src/site/site-data.ts';
import { paragraphsOf } from '../src/site/paragraphs.ts';
import { buildSearchDocs, unitNames } from '../src/search/records.ts';
import { buildIndex } from '../src/search/index-build.ts';
import type { SearchDoc } from '../src/search/index-format.ts';
import { load } from 'js-yaml';
import { t } from '../src/i18n/index.ts';
import type { CostReport, ErrorReport, QueryReport } from './search-driver.ts';

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

/** A browser script: the search page's own (as src/pages/search/index.astro starts it), or the driver. */
const bundle = async (contents: string) =>
  (await build({ stdin: { contents, resolveDir: root, loader: 'ts' }, bundle: true, format: 'esm', write: false })).outputFiles[0].text;
// The inline script reads ?i (which query to type) before any module runs: the search page
// replaces its URL once it has an answer.
const PAGE = `<!doctype html><meta charset="utf-8"><script>window.benchQuery = new URLSearchParams(location.search).get('i')</script><form id="search-form" data-manifest="/search/manifest.json"><input id="search-q" name="q"></form><p id="search-status"></p><div id="search-results"></div><script type="module" src="/search.js"></script><script type="module" src="/driver.js"></script>`;

// The index is written to a directory and served by a separate process, as a static host
// serves it: the timed page shares no event loop with this script.
const siteDir = mkdtempSync(join(tmpdir(), 'luoshi-bench-search-'));
writeFileSync(join(siteDir, 'index.html'), PAGE);
writeFileSync(join(siteDir, 'search.js'), await bundle(`import { initSearch } from './src/client/search-page.ts'; initSearch();`));
writeFileSync(join(siteDir, 'driver.js'), await bundle(`import './bench/search-driver.ts';`));
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

// The page posts each query's figures here; this process does nothing else while it types.
const reports: (QueryReport | CostReport | ErrorReport)[] = [];
let reported: () => void = () => {};
const receiver = createServer((req, res) => {
  let body = '';
  req.on('data', (d: Buffer) => (body += d.toString()));
  req.on('end', () => {
    res.writeHead(204, { 'access-control-allow-origin': '*' }).end();
    reports.push(JSON.parse(body) as QueryReport | CostReport | ErrorReport);
    reported();
  });
});
await new Promise<void>((ok) => receiver.listen(0, '127.0.0.1', ok));
const reportUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/`;
writeFileSync(
  join(siteDir, 'bench.json'),
  JSON.stringify({ queries: QUERIES, report: reportUrl, loading: t('search.loading'), loadError: t('search.loadError') }),
);

const chromiumPath = process.env.LUOSHI_E2E_CHROMIUM ?? '/usr/bin/chromium';
/** Types every query in a Chromium of its own; resolves with what the page posted. */
async function typeAll(): Promise<{ queries: QueryReport[]; cost: CostReport }> {
  reports.length = 0;
  const profile = mkdtempSync(join(tmpdir(), 'luoshi-bench-chromium-'));
  const browser = spawn(
    chromiumPath,
    [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      `--user-data-dir=${profile}`,
      `${origin}/?i=-1`,
    ],
    { stdio: 'ignore' },
  );
  try {
    const all = QUERIES.length + 1;
    await new Promise<void>((ok, fail) => {
      const stop = (error?: Error) => {
        clearTimeout(timer);
        reported = () => {};
        if (error) fail(error);
        else ok();
      };
      const timer = setTimeout(() => stop(new Error(`the search page posted ${reports.length} of ${all} reports in 5 minutes`)), 300_000);
      reported = () => {
        const error = reports.find((r): r is ErrorReport => 'error' in r);
        if (error) stop(new Error(`the search page failed: ${error.error}`));
        else if (reports.length === all) stop();
      };
      browser.once('exit', (code) => stop(new Error(`${chromiumPath} stopped (exit code ${code}) before the page posted its figures`)));
      browser.once('error', (error) =>
        stop(new Error(`${chromiumPath} could not be started (${error.message}): set LUOSHI_E2E_CHROMIUM to a Chromium binary`)),
      );
    });
  } finally {
    // a Chromium that never started (no pid) has nothing to wait for
    const exited = new Promise((ok) => (browser.pid === undefined || browser.exitCode !== null ? ok(null) : browser.once('exit', ok)));
    browser.kill();
    // Chromium writes to its profile until it has exited
    await exited;
    rmSync(profile, { recursive: true, force: true });
  }
  return { queries: reports.filter((r): r is QueryReport => 'query' in r), cost: reports.find((r): r is CostReport => 'requests' in r)! };
}

const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
const pct = (list: number[], p: number) => [...list].sort((x, y) => x - y)[Math.min(list.length - 1, Math.floor(p * list.length))].toFixed(1);

try {
  for (const size of SIZES) {
    const t0 = Date.now();
    const index = buildIndex(docsOf(size), unitNames(site), {
      termUrl: '/search/t/{n}.bin',
      listUrl: '/search/l/{n}.bin',
      docUrl: '/search/d/{n}.json',
      pagesUrl: '/search/pages.bin',
      namesUrl: '/search/names.json',
    });
    rmSync(join(siteDir, 'search'), { recursive: true, force: true });
    for (const sub of ['t', 'l', 'd']) mkdirSync(join(siteDir, 'search', sub), { recursive: true });
    const files = new Map<string, string | Uint8Array>([
      ['/search/manifest.json', JSON.stringify(index.manifest)],
      ['/search/names.json', JSON.stringify(index.names)],
      ['/search/pages.bin', index.pageMap],
    ]);
    index.termShards.forEach((s, n) => files.set(`/search/t/${n}.bin`, s));
    index.longLists.forEach((l, n) => files.set(`/search/l/${n}.bin`, l));
    index.docPages.forEach((c, n) => files.set(`/search/d/${n}.json`, JSON.stringify(c)));
    for (const [path, body] of files) writeFileSync(join(siteDir, path), body);
    let total = 0;
    let largest: [string, number] = ['', 0];
    for (const [path, f] of files) {
      const n = Buffer.byteLength(f);
      total += n;
      if (n > largest[1]) largest = [path, n];
    }
    console.log(
      `${size} policies: ${index.manifest.total} records, ${index.termShards.length} term shards, ${index.longLists.length} lists of common pairs, ${index.docPages.length} pages of records, ${(total / 2 ** 20).toFixed(0)} MB in all, largest file ${largest[0]} ${kb(largest[1])}, manifest ${kb(Buffer.byteLength(files.get('/search/manifest.json')!))} (index built in ${((Date.now() - t0) / 1000).toFixed(1)} s)`,
    );
    const { queries, cost } = await typeAll();
    const first = queries.flatMap((q) => q.first);
    const again = queries.flatMap((q) => q.again);
    const worst = queries.filter((q) => q.first.length).map((q) => `${q.query} ${Math.max(...q.first).toFixed(0)}`);
    const downloads = queries.map((q) => {
      const bytes = q.fetched.reduce((a, p) => ({ raw: a.raw + Buffer.byteLength(files.get(p) ?? ''), gzip: a.gzip + gzipSync(files.get(p) ?? '').length }), {
        raw: 0,
        gzip: 0,
      });
      return `${q.query} ${kb(bytes.raw)}/${kb(bytes.gzip)} gz (${q.fetched.length} files)`;
    });
    console.log(
      `  keystroke (input event) to its results on screen, first visit: median ${pct(first, 0.5)} ms, p95 ${pct(first, 0.95)} ms over ${first.length} keystrokes (worst per query: ${worst.join(', ')})`,
    );
    console.log(
      `  the same queries typed again (index parts cached): median ${pct(again, 0.5)} ms, p95 ${pct(again, 0.95)} ms over ${again.length} keystrokes`,
    );
    console.log(`  downloaded by typing each query on a fresh page (manifest, names, page map, pair lists, pages of records): ${downloads.join('; ')}`);
    console.log(
      `  one request to the same server costs now: median ${pct(cost.requests, 0.5)} ms, p95 ${pct(cost.requests, 0.95)} ms (load average ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')} on ${availableParallelism()} cores)`,
    );
  }
} finally {
  receiver.close();
  serverProcess.kill();
  rmSync(siteDir, { recursive: true, force: true });
}

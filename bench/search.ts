// npm run bench:search: per-keystroke search time in Chromium over 1,000, 10,000 and
// 50,000 index records. Records come from the sample policies (the site's own index
// builder), repeated under new titles up to each size; the page runs the site's own
// search code (src/search/query.ts), bundled with esbuild. Prints median and worst
// milliseconds per keystroke for queries people type.
import { createServer } from 'node:http';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { readPolicyMdx } from '../src/pipeline/mdx/index.ts';
import { buildSite } from '../src/site/site-data.ts';
import { buildSearchRecords } from '../src/search/records.ts';
import type { SearchRecord } from '../src/search/query.ts';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const SIZES = [1_000, 10_000, 50_000];
const QUERIES = ['毛入学率', '教体局', '2025', '优质均衡', '镇康 2025'];

const dir = join(root, 'content', 'policies');
const policies = readdirSync(dir)
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => readPolicyMdx(readFileSync(join(dir, f), 'utf8'), f).record);
const base = buildSearchRecords(buildSite(policies, '2026-11-25'));

function recordsOf(size: number): SearchRecord[] {
  return Array.from({ length: size }, (_, i) => {
    const r = base[i % base.length];
    const copy = Math.floor(i / base.length);
    return copy ? { ...r, t: `${r.t}（${copy}）`, u: `${r.u}?copy=${copy}` } : r;
  });
}

const script = await build({
  stdin: {
    contents: `import { addShard, createShardedSearcher, searchAll } from './src/search/query.ts';
      window.load = (records, shardSize) => {
        const s = createShardedSearcher();
        for (let i = 0; i < records.length; i += shardSize) addShard(s, records.slice(i, i + shardSize));
        window.searcher = s;
      };
      // Every prefix of the query, as it is typed.
      window.type = (query) => {
        const times = [];
        for (let n = 1; n <= query.length; n++) {
          const t0 = performance.now();
          searchAll(window.searcher, query.slice(0, n));
          times.push(performance.now() - t0);
        }
        return times;
      };`,
    resolveDir: root,
    loader: 'ts',
  },
  bundle: true,
  format: 'iife',
  write: false,
});
const server = createServer((req, res) => {
  if (req.url === '/bench.js') res.end(script.outputFiles[0].text);
  else res.end('<!doctype html><meta charset="utf-8"><script src="/bench.js"></script>');
});
await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
const port = (server.address() as { port: number }).port;
const browser = await chromium.launch({
  executablePath: process.env.LUOSHI_E2E_CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
try {
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${port}/`);
  for (const size of SIZES) {
    // The site shards its index by 10,000 records (src/search/shards.ts).
    await page.evaluate(([records]) => (window as unknown as { load: (r: unknown, n: number) => void }).load(records, 10_000), [recordsOf(size)] as const);
    const all: number[] = [];
    const rows: string[] = [];
    for (const q of QUERIES) {
      await page.evaluate((query) => (window as unknown as { type: (q: string) => number[] }).type(query), q);
      const times = await page.evaluate((query) => (window as unknown as { type: (q: string) => number[] }).type(query), q);
      all.push(...times);
      rows.push(`${q} ${Math.max(...times).toFixed(1)}`);
    }
    all.sort((a, b) => a - b);
    console.log(
      `${String(size).padStart(6)} records: median ${all[Math.floor(all.length / 2)].toFixed(1)} ms, worst ${all[all.length - 1].toFixed(1)} ms per keystroke (worst per query: ${rows.join(', ')})`,
    );
  }
} finally {
  await browser.close();
  server.close();
}

// npm run bench:build [-- --documents 1000 --large 10000]: builds the site from a
// generated corpus of policies (ingested from texts recombined from the samples) and,
// in the same run, a bare Astro build of the same MDX pages with no luoshi
// components; prints both times, their ratio, and the peak memory of each. Then the
// same for a large corpus (the 1,000 policies repeated under new slugs, 20 to a region).
//   --work DIR   keep the corpus and projects in DIR and reuse them next time
//                (the corpus is ingested only if DIR has none yet)
//   --no-bare    only the luoshi site (quick iterations; no ratio)
//   --warm       also rebuild the site once more with its cache from the first build
// Each project gets its own cache (node_modules/.astro), never the repository's.
// After each build, Chromium opens one page of each type from a static server and the bench
// prints what that first visit downloads (HTML, CSS, scripts, data; the largest policy, unit
// and indicator page; filtered views of the explorer and the policy list; the search page
// with a first query typed): raw bytes, and gzipped as a static host would serve them.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { load } from 'js-yaml';
import { chromium, type Page } from 'playwright-core';
import { makeCorpus } from './corpus.ts';
import { serveDir } from '../test/e2e/support/server.ts';
import { ingest } from '../src/ingest/ingest.ts';
import { loadSettings } from '../src/ingest/settings.ts';
import { buildHeapArgs } from '../src/cli/build-heap.ts';
import { optionsOf, type OptionList } from '../src/site/select-options.ts';

const { values } = parseArgs({
  options: {
    documents: { type: 'string', default: '1000' },
    large: { type: 'string', default: '10000' },
    work: { type: 'string' },
    'no-bare': { type: 'boolean', default: false },
    warm: { type: 'boolean', default: false },
  },
});
const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const work = values.work ? resolve(values.work) : mkdtempSync(join(tmpdir(), 'luoshi-bench-build-'));
mkdirSync(work, { recursive: true });

interface Run {
  seconds: number;
  /** User + system CPU time: the machine is shared, and this moves less than wall time. */
  cpuSeconds: number;
  peakMb: number;
  pages: number;
  /** One-minute load average when the build started (2 = both cores busy). */
  load: number;
}

/**
 * node_modules for a project: a link to each package of the repository's, but its
 * own (empty) cache directories, so builds here neither reuse nor clobber the
 * repository's content cache (node_modules/.astro) or anyone building there.
 */
function linkModules(dir: string): void {
  const modules = join(dir, 'node_modules');
  rmSync(modules, { recursive: true, force: true });
  mkdirSync(modules);
  for (const name of readdirSync(join(root, 'node_modules'))) {
    if (['.astro', '.vite', '.vite-temp', '.cache', '.vitest'].includes(name)) continue;
    symlinkSync(join(root, 'node_modules', name), join(modules, name));
  }
}

/** Runs `astro build` in `dir` under /usr/bin/time to read the peak memory, with the heap `luoshi build` gives it. */
function astroBuild(dir: string, env: Record<string, string>): Run {
  const out = join(dir, 'dist');
  rmSync(out, { recursive: true, force: true });
  const load = loadavg()[0];
  const started = performance.now();
  const r = spawnSync(
    '/usr/bin/time',
    ['-f', '%M %U %S', process.execPath, ...buildHeapArgs(), join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', out],
    {
      cwd: dir,
      env: { ...process.env, ...env, ASTRO_TELEMETRY_DISABLED: '1' },
      encoding: 'utf8',
      maxBuffer: 1 << 28,
    },
  );
  const seconds = (performance.now() - started) / 1000;
  if (r.status !== 0) throw new Error(`astro build failed in ${dir}:\n${r.stdout.slice(-3000)}\n${r.stderr.slice(-3000)}`);
  const [peakKb, user, system] = r.stderr.trim().split('\n').pop()!.split(' ').map(Number);
  const pages = Number(/(\d+) page\(s\) built/.exec(r.stdout)?.[1] ?? 0);
  return { seconds, cpuSeconds: user + system, peakMb: peakKb / 1024, pages, load };
}

/** The luoshi site, in a copy of the project that reads `content`. */
function siteProject(): string {
  const dir = join(work, 'site');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const f of ['src', 'public', 'data', 'astro.config.mjs', 'tsconfig.json', 'package.json']) cpSync(join(root, f), join(dir, f), { recursive: true });
  linkModules(dir);
  return dir;
}

/** The bare Astro build: the same MDX files, one page each, stand-ins for the two components. */
function bareProject(): string {
  const dir = join(work, 'bare');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'src/pages'), { recursive: true });
  mkdirSync(join(dir, 'src/components'), { recursive: true });
  // Plain stand-ins: the MDX names these two components, so every build needs some.
  writeFileSync(join(dir, 'src/components/Anchor.astro'), '<span id={Astro.props.id}></span>\n');
  writeFileSync(join(dir, 'src/components/Target.astro'), '<span><slot /></span>\n');
  linkModules(dir);
  writeFileSync(join(dir, 'package.json'), '{"type":"module"}\n');
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    "import { defineConfig } from 'astro/config';\nimport mdx from '@astrojs/mdx';\nexport default defineConfig({ integrations: [mdx()] });\n",
  );
  writeFileSync(
    join(dir, 'src/content.config.ts'),
    "import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\nexport const collections = { policies: defineCollection({ loader: glob({ pattern: '**/*.mdx', base: process.env.LUOSHI_CONTENT }) }) };\n",
  );
  writeFileSync(
    join(dir, 'src/pages/[slug].astro'),
    `---
import { getCollection, render } from 'astro:content';
import Anchor from '../components/Anchor.astro';
import Target from '../components/Target.astro';
export async function getStaticPaths() {
  return (await getCollection('policies')).map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<html lang="zh-CN"><head><meta charset="utf-8"><title>{entry.data.meta.title}</title></head>
<body><h1>{entry.data.meta.title}</h1><Content components={{ Anchor, Target }} /></body></html>
`,
  );
  return dir;
}

/** Policies per region in the large corpus: a county's or city's plans, not the whole corpus's. */
const POLICIES_PER_REGION = 20;

/**
 * Copies of the policies under new slugs, up to `count` files. Every 20 files are another
 * region's (川汇区 → 川汇区37; a text with no region gets one), as a real corpus spreads
 * over regions: a unit's work is its region's few plans, not a thousand copies of five.
 */
function replicate(from: string, to: string, count: number): void {
  mkdirSync(to, { recursive: true });
  const files = readdirSync(from).filter((f) => f.endsWith('.mdx'));
  for (let i = 0; i < count; i++) {
    const file = files[i % files.length];
    const copy = Math.floor(i / files.length);
    const region = Math.floor(i / POLICIES_PER_REGION);
    const slug = copy ? `${file.replace(/\.mdx$/, '')}-c${copy}` : file.replace(/\.mdx$/, '');
    // Values are read as YAML and written as JSON strings, which YAML reads back as they are.
    let text = readFileSync(join(from, file), 'utf8')
      .replace(/^slug: .*$/m, `slug: ${slug}`)
      .replace(/^(\s*region: )(.*)$/gm, (_, key: string, value: string) => `${key}${JSON.stringify(`${(load(value) as string | null) ?? '示例市'}${region}`)}`);
    if (copy) text = text.replace(/^ {2}title: (.*)$/m, (_, title: string) => `  title: ${JSON.stringify(`${String(load(title))}（${copy}）`)}`);
    writeFileSync(join(to, `${slug}.mdx`), text);
  }
}

function line(label: string, run: Run): string {
  return `${label} ${run.seconds.toFixed(1)} s (CPU ${run.cpuSeconds.toFixed(1)} s, ${run.pages} pages, peak ${run.peakMb.toFixed(0)} MB, load ${run.load.toFixed(1)})`;
}

function report(label: string, site: Run, bare: Run | undefined, warm: Run | undefined): void {
  const parts = [line('luoshi site', site)];
  if (warm) parts.push(line('again with its cache', warm));
  if (bare) parts.push(line('bare Astro', bare), `ratio ${(site.seconds / bare.seconds).toFixed(2)}×`);
  console.log(`${label}: ${parts.join('; ')}`);
}

/** The largest page of a section by its HTML (a policy, a department, an indicator): the worst first visit of its type. */
function largestChild(out: string, section: string): string | null {
  const dir = join(out, section);
  if (!existsSync(dir)) return null;
  let best: { name: string; size: number } | null = null;
  for (const name of readdirSync(dir)) {
    const file = join(dir, name, 'index.html');
    if (name === 'page' || !existsSync(file)) continue;
    const size = statSync(file).size;
    if (!best || size > best.size) best = { name, size };
  }
  return best ? `/${section}/${best.name}/` : null;
}

/**
 * The unit with the most obligations: the explorer's largest unit filter. Read from the explorer's
 * own unit scopes (targets/d/u/<unit>.json, its chunks in targets/d/u/<unit>/): the most chunks,
 * then the largest head (a scope of one chunk holds its rows).
 */
function busiestDepartment(out: string): string | null {
  const dir = join(out, 'targets', 'd', 'u');
  if (!existsSync(dir)) return null;
  let best: { unit: string; chunks: number; size: number } | null = null;
  for (const name of readdirSync(dir)) {
    if (!name.endsWith('.json')) continue;
    const unit = name.slice(0, -'.json'.length);
    const chunks = existsSync(join(dir, unit)) ? readdirSync(join(dir, unit)).length : 0;
    const size = statSync(join(dir, name)).size;
    if (!best || chunks > best.chunks || (chunks === best.chunks && size > best.size)) best = { unit, chunks, size };
  }
  return best?.unit ?? null;
}

/** The region with the most policies, as the policies list's region filter counts them (its options in the page or in a file). */
function largestRegion(out: string): string | null {
  const file = join(out, 'policies', 'facets', 'region.json');
  let options: { value: string; n?: number }[];
  if (existsSync(file)) options = optionsOf(JSON.parse(readFileSync(file, 'utf8')) as OptionList);
  else {
    const select = /<select name="region"[^>]*>([\s\S]*?)<\/select>/.exec(readFileSync(join(out, 'policies', 'index.html'), 'utf8'))?.[1] ?? '';
    options = Array.from(select.matchAll(/<option value="([^"]+)" data-n="(\d+)"/g), (m) => ({ value: m[1], n: Number(m[2]) }));
  }
  options.sort((a, b) => (b.n ?? 0) - (a.n ?? 0));
  return options[0]?.value ?? null;
}

/** The last numbered page of a paged list (`/policies/page/100/`), when it has more than one. */
function lastPage(out: string, list: string): string | null {
  const dir = join(out, list, 'page');
  if (!existsSync(dir)) return null;
  const last = Math.max(...readdirSync(dir).map(Number).filter(Number.isFinite));
  return Number.isFinite(last) ? `/${list}/page/${last}/` : null;
}

/** Waits until a page's script has drawn what it fetched (the explorer's and list's rows, search results). */
async function settled(page: Page, path: string): Promise<void> {
  const wait = { timeout: 300_000 };
  if (path.startsWith('/search/'))
    await page.waitForFunction(() => /找到|没有找到/.test(document.getElementById('search-status')?.textContent ?? ''), null, wait);
  // the script shows the form, then marks the table busy until the rows it fetched are drawn
  if (/^\/(targets|policies)\/\?/.test(path))
    await page.waitForFunction(
      () =>
        document.querySelector('form.filters:not([hidden])') && document.querySelector('#explorer-table, #policy-table')?.getAttribute('aria-busy') === 'false',
      null,
      wait,
    );
}

/** The file a static host serves for a request path ("/targets/?q=x" → targets/index.html). */
function servedFile(out: string, requested: string): string | null {
  const path = decodeURIComponent(new URL(requested, 'http://localhost').pathname);
  const file = join(out, path, path.endsWith('/') ? 'index.html' : '');
  return existsSync(file) && statSync(file).isFile() ? file : null;
}

/**
 * What a first visit to one page of each type downloads, measured in Chromium (a new browser
 * context each, so nothing is cached): the raw bytes of every response on load (HTML, CSS,
 * scripts, JSON), and gzipped as a static host would serve them. For policies, units and
 * indicators the largest page of the type; the filtered views count what the filter fetches.
 */
async function firstVisitBytes(out: string): Promise<string[]> {
  const unit = busiestDepartment(out);
  const region = largestRegion(out);
  const pages: [string, string | null][] = [
    ['home', '/'],
    ['policy list', '/policies/'],
    ['policy list, last page', lastPage(out, 'policies')],
    ['policy list filtered (largest region, by title)', region ? `/policies/?region=${encodeURIComponent(region)}&sort=title` : null],
    ['largest policy', largestChild(out, 'policies')],
    ['targets explorer', '/targets/'],
    ['explorer filtered (2025, quantity targets)', '/targets/?year=2025&kind=quantity'],
    ['explorer filtered (busiest unit, 2025)', unit ? `/targets/?department=${unit}&year=2025` : null],
    ['explorer filtered (a keyword)', '/targets/?q=%E6%AF%9B%E5%85%A5%E5%AD%A6%E7%8E%87'],
    ['department index', '/departments/'],
    ['largest department', largestChild(out, 'departments')],
    ['deadlines by policy', '/deadlines/'],
    ['deadlines by department', '/deadlines/departments/'],
    ['indicator index', '/indicators/'],
    ['largest indicator', largestChild(out, 'indicators')],
    ['progress', '/progress/'],
    ['progress by policy', '/progress/policies/'],
    ['search, first query 毛入学率', '/search/?q=%E6%AF%9B%E5%85%A5%E5%AD%A6%E7%8E%87'],
  ];
  const server = await serveDir(out);
  const browser = await chromium.launch({ executablePath: process.env.LUOSHI_E2E_CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  const lines: string[] = [];
  try {
    for (const [name, path] of pages) {
      if (!path) continue;
      const page = await browser.newPage();
      const before = server.log.length;
      await page.goto(`${server.origin}${path}`, { waitUntil: 'networkidle', timeout: 300_000 });
      await settled(page, path);
      await page.waitForLoadState('networkidle');
      await page.close();
      // what the server sent for this visit (a new page: nothing cached), read from the files
      const fetched = server.log
        .slice(before)
        .filter((r) => r.status === 200)
        .map((r) => servedFile(out, r.path))
        .filter((f): f is string => f !== null)
        .map((f) => readFileSync(f));
      const raw = fetched.reduce((n, b) => n + b.length, 0);
      const gzip = fetched.reduce((n, b) => n + gzipSync(b).length, 0);
      lines.push(`${name} ${(raw / 1024).toFixed(0)} KB (${(gzip / 1024).toFixed(0)} KB gzipped, ${fetched.length} files)`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return lines;
}

/** Every file under `dir` with its size. */
function* files(dir: string): Generator<[string, number]> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(p);
    else yield [p, statSync(p).size];
  }
}

function tree(dir: string): { n: number; bytes: number; largest: number } {
  const sum = { n: 0, bytes: 0, largest: 0 };
  if (!existsSync(dir)) return sum;
  for (const [, size] of files(dir)) {
    sum.n++;
    sum.bytes += size;
    sum.largest = Math.max(sum.largest, size);
  }
  return sum;
}

/** Sizes of the generated data files a browser may download, of the search index and of the pages. */
function outputSizes(dir: string): string {
  const out = join(dir, 'dist');
  const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
  const parts = ['targets.csv'].filter((f) => existsSync(join(out, f))).map((f) => `${f} ${mb(statSync(join(out, f)).size)}`);
  const terms = tree(join(out, 'search', 't'));
  const lists = tree(join(out, 'search', 'l'));
  const docs = tree(join(out, 'search', 'd'));
  if (terms.n)
    parts.push(
      `search: ${terms.n} term shards ${mb(terms.bytes)}, ${lists.n} lists of common pairs ${mb(lists.bytes)} (largest ${mb(lists.largest)}), ${docs.n} pages of records ${mb(docs.bytes)}`,
    );
  const explorer = tree(join(out, 'targets', 'd'));
  if (explorer.n) parts.push(`explorer data: ${explorer.n} files ${mb(explorer.bytes)} (largest ${mb(explorer.largest)})`);
  const list = tree(join(out, 'policies', 'list'));
  if (list.n) parts.push(`policy list data: ${list.n} files ${mb(list.bytes)} (largest ${mb(list.largest)})`);
  const html = { n: 0, bytes: 0, largest: 0, where: '' };
  for (const [file, size] of files(out)) {
    if (!file.endsWith('.html')) continue;
    html.n++;
    html.bytes += size;
    if (size > html.largest) Object.assign(html, { largest: size, where: file.slice(out.length) });
  }
  parts.push(`HTML: ${html.n} pages ${mb(html.bytes)} (largest ${mb(html.largest)}, ${html.where})`);
  return parts.join(', ');
}

async function measure(label: string, content: string): Promise<void> {
  const env = { LUOSHI_CONTENT: content, LUOSHI_BUILD_DATE: '2026-11-25' };
  const site = siteProject();
  const first = astroBuild(site, env);
  const warm = values.warm ? astroBuild(site, env) : undefined;
  const sizes = outputSizes(site);
  const visits = await firstVisitBytes(join(site, 'dist'));
  const bare = values['no-bare'] ? undefined : astroBuild(bareProject(), env);
  report(label, first, bare, warm);
  console.log(`  output: ${sizes}`);
  console.log(`  a first visit downloads (raw bytes of the HTML, CSS, JS and JSON fetched on load; gzipped as a host would send them), per page type:`);
  for (const v of visits) console.log(`    ${v}`);
}

try {
  const documents = Number(values.documents);
  const large = Number(values.large);
  // Ingest a recombined corpus into MDX, the way real content is made (once per --work).
  const repo = join(work, `repo-${documents}`);
  const small = join(repo, 'content/policies');
  if (!existsSync(small) || readdirSync(small).filter((f) => f.endsWith('.mdx')).length === 0) {
    cpSync(join(root, 'data'), join(repo, 'data'), { recursive: true });
    cpSync(join(root, 'src'), join(repo, 'src'), { recursive: true });
    makeCorpus(join(root, 'content/sources'), join(repo, 'content/sources'), documents);
    delete process.env.LUOSHI_CONTENT;
    const ingested = await ingest([], await loadSettings(repo, false));
    if (ingested.failed.length) throw new Error(`${ingested.failed.length} sources failed to ingest`);
  }
  await measure(`${documents} policies`, small);
  if (large > 0) {
    const big = join(work, `large-${documents}-${large}`);
    if (!existsSync(big)) replicate(small, big, large);
    await measure(`${large} policies`, big);
  }
} finally {
  if (!values.work) rmSync(work, { recursive: true, force: true });
}

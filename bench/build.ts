// npm run bench:build [-- --documents 1000 --large 10000]: builds the site from a
// generated corpus of policies (ingested from texts recombined from the samples) and,
// in the same run, a bare Astro build of the same MDX pages with no luoshi
// components; prints both times, their ratio, and the peak memory of each. Then the
// same for a large corpus (the 1,000 policies repeated under new slugs).
//   --work DIR   keep the corpus and projects in DIR and reuse them next time
//                (the corpus is ingested only if DIR has none yet)
//   --no-bare    only the luoshi site (quick iterations; no ratio)
//   --warm       also rebuild the site once more with its cache from the first build
// Each project gets its own cache (node_modules/.astro), never the repository's.
// After each build, Chromium opens one page of each type from a static server and the bench
// prints what that first visit downloads (HTML, CSS, scripts, data; the search page with a
// first query typed): raw bytes, and gzipped as a static host would serve them.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { makeCorpus } from './corpus.ts';
import { serveDir } from '../test/e2e/support/server.ts';
import { ingest } from '../src/ingest/ingest.ts';
import { loadSettings } from '../src/ingest/settings.ts';

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

/** Runs `astro build` in `dir` under /usr/bin/time to read the peak memory. */
function astroBuild(dir: string, env: Record<string, string>): Run {
  const out = join(dir, 'dist');
  rmSync(out, { recursive: true, force: true });
  const load = loadavg()[0];
  const started = performance.now();
  const r = spawnSync('/usr/bin/time', ['-f', '%M %U %S', process.execPath, join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', out], {
    cwd: dir,
    env: { ...process.env, ...env, ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
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

/** Copies of the policies under new slugs, up to `count` files. */
function replicate(from: string, to: string, count: number): void {
  mkdirSync(to, { recursive: true });
  const files = readdirSync(from).filter((f) => f.endsWith('.mdx'));
  for (let i = 0; i < count; i++) {
    const file = files[i % files.length];
    const copy = Math.floor(i / files.length);
    const slug = copy ? `${file.replace(/\.mdx$/, '')}-c${copy}` : file.replace(/\.mdx$/, '');
    const text = readFileSync(join(from, file), 'utf8').replace(/^slug: .*$/m, `slug: ${slug}`);
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

/** The first page of a section (a policy, a department, an indicator), as a URL path. */
function firstChild(out: string, section: string, pattern = /./): string | null {
  const dir = join(out, section);
  if (!existsSync(dir)) return null;
  const name = readdirSync(dir)
    .sort()
    .find((n) => pattern.test(n) && existsSync(join(dir, n, 'index.html')));
  return name ? `/${section}/${name}/` : null;
}

/** Bytes a first visit to one page of each type downloads, measured in Chromium. */
async function firstVisitBytes(out: string): Promise<string[]> {
  const pages: [string, string | null][] = [
    ['home', '/'],
    ['policy list', '/policies/'],
    ['policy', firstChild(out, 'policies')],
    ['targets explorer', '/targets/'],
    ['department index', '/departments/'],
    ['department', firstChild(out, 'departments')],
    ['deadlines', '/deadlines/'],
    ['indicator index', '/indicators/'],
    ['indicator', firstChild(out, 'indicators')],
    ['progress', '/progress/'],
    ['search, first query 毛入学率', '/search/?q=%E6%AF%9B%E5%85%A5%E5%AD%A6%E7%8E%87'],
  ];
  const server = await serveDir(out);
  const browser = await chromium.launch({ executablePath: process.env.LUOSHI_E2E_CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  const lines: string[] = [];
  try {
    for (const [name, path] of pages) {
      if (!path) continue;
      const page = await browser.newPage();
      const fetched = new Set<string>();
      page.on('response', (r) => fetched.add(new URL(r.url()).pathname));
      await page.goto(`${server.origin}${path}`, { waitUntil: 'networkidle', timeout: 120_000 });
      if (path.startsWith('/search/'))
        await page.waitForFunction(() => /找到|没有找到/.test(document.getElementById('search-status')?.textContent ?? ''), null, { timeout: 120_000 });
      await page.close();
      let raw = 0;
      let gzip = 0;
      for (const p of fetched) {
        const file = join(out, decodeURIComponent(p), p.endsWith('/') ? 'index.html' : '');
        if (!existsSync(file) || !statSync(file).isFile()) continue;
        const body = readFileSync(file);
        raw += body.length;
        gzip += gzipSync(body).length;
      }
      lines.push(`${name} ${(raw / 1024).toFixed(0)} KB (${(gzip / 1024).toFixed(0)} KB gzipped, ${fetched.size} files)`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return lines;
}

/** Sizes of the generated data files a browser may download, and of the whole search index. */
function outputSizes(dir: string): string {
  const out = join(dir, 'dist');
  const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
  const parts = ['targets.json', 'targets.csv'].filter((f) => existsSync(join(out, f))).map((f) => `${f} ${mb(statSync(join(out, f)).size)}`);
  const sum = (d: string): { n: number; bytes: number; largest: number } => {
    if (!existsSync(d)) return { n: 0, bytes: 0, largest: 0 };
    const sizes = readdirSync(d).map((f) => statSync(join(d, f)).size);
    return { n: sizes.length, bytes: sizes.reduce((a, b) => a + b, 0), largest: sizes.reduce((a, b) => Math.max(a, b), 0) };
  };
  const terms = sum(join(out, 'search', 't'));
  const lists = sum(join(out, 'search', 'l'));
  const docs = sum(join(out, 'search', 'd'));
  if (terms.n)
    parts.push(
      `search: ${terms.n} term shards ${mb(terms.bytes)}, ${lists.n} lists of common pairs ${mb(lists.bytes)} (largest ${mb(lists.largest)}), ${docs.n} record chunks ${mb(docs.bytes)}`,
    );
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
  console.log(`  a first visit downloads, per page type: ${visits.join('; ')}`);
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

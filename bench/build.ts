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
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { makeCorpus } from './corpus.ts';
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

/** Sizes of the largest generated files, the ones a browser may download. */
function outputSizes(dir: string): string {
  const out = join(dir, 'dist');
  const files = ['targets.json', 'targets.csv', 'search/manifest.json'].filter((f) => existsSync(join(out, f)));
  const shards = existsSync(join(out, 'search')) ? readdirSync(join(out, 'search')).filter((f) => /\.json$/.test(f) && f !== 'manifest.json') : [];
  const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
  const parts = files.map((f) => `${f} ${mb(statSync(join(out, f)).size)}`);
  if (shards.length) {
    const sizes = shards.map((f) => statSync(join(out, 'search', f)).size);
    parts.push(`${shards.length} search shards ${mb(sizes.reduce((a, b) => a + b, 0))} (largest ${mb(Math.max(...sizes))})`);
  }
  return parts.join(', ');
}

function measure(label: string, content: string): void {
  const env = { LUOSHI_CONTENT: content, LUOSHI_BUILD_DATE: '2026-11-25' };
  const site = siteProject();
  const first = astroBuild(site, env);
  const warm = values.warm ? astroBuild(site, env) : undefined;
  const sizes = outputSizes(site);
  const bare = values['no-bare'] ? undefined : astroBuild(bareProject(), env);
  report(label, first, bare, warm);
  console.log(`  output: ${sizes}`);
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
  measure(`${documents} policies`, small);
  if (large > 0) {
    const big = join(work, `large-${documents}-${large}`);
    if (!existsSync(big)) replicate(small, big, large);
    measure(`${large} policies`, big);
  }
} finally {
  if (!values.work) rmSync(work, { recursive: true, force: true });
}

// npm run bench:build [-- --documents 1000 --large 10000]: builds the site from a
// generated corpus of policies (ingested from texts recombined from the samples) and,
// in the same run, a bare Astro build of the same MDX pages with no luoshi
// components; prints both times, their ratio, and the peak memory of each. Then the
// same for a large corpus (the 1,000 policies repeated under new slugs).
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { makeCorpus } from './corpus.ts';
import { ingest } from '../src/ingest/ingest.ts';
import { loadSettings } from '../src/ingest/settings.ts';

const { values } = parseArgs({ options: { documents: { type: 'string', default: '1000' }, large: { type: 'string', default: '10000' } } });
const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const work = mkdtempSync(join(tmpdir(), 'luoshi-bench-build-'));

interface Run {
  seconds: number;
  peakMb: number;
  pages: number;
}

/** Runs `astro build` in `dir` under /usr/bin/time to read the peak memory. */
function astroBuild(dir: string, env: Record<string, string>): Run {
  const out = join(dir, 'dist');
  rmSync(out, { recursive: true, force: true });
  const started = performance.now();
  const r = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', out], {
    cwd: dir,
    env: { ...process.env, ...env, ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  const seconds = (performance.now() - started) / 1000;
  if (r.status !== 0) throw new Error(`astro build failed in ${dir}:\n${r.stdout.slice(-3000)}\n${r.stderr.slice(-3000)}`);
  const peakKb = Number(r.stderr.trim().split('\n').pop());
  const pages = Number(/(\d+) page\(s\) built/.exec(r.stdout)?.[1] ?? 0);
  return { seconds, peakMb: peakKb / 1024, pages };
}

/** The luoshi site, in a copy of the project that reads `content`. */
function siteProject(): string {
  const dir = join(work, 'site');
  mkdirSync(dir, { recursive: true });
  for (const f of ['src', 'public', 'data', 'astro.config.mjs', 'tsconfig.json', 'package.json']) cpSync(join(root, f), join(dir, f), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}

/** The bare Astro build: the same MDX files, one page each, stand-ins for the two components. */
function bareProject(): string {
  const dir = join(work, 'bare');
  mkdirSync(join(dir, 'src/pages'), { recursive: true });
  mkdirSync(join(dir, 'src/components'), { recursive: true });
  // Plain stand-ins: the MDX names these two components, so every build needs some.
  writeFileSync(join(dir, 'src/components/Anchor.astro'), '<span id={Astro.props.id}></span>\n');
  writeFileSync(join(dir, 'src/components/Target.astro'), '<span><slot /></span>\n');
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  writeFileSync(join(dir, 'package.json'), '{"type":"module"}\n');
  writeFileSync(join(dir, 'astro.config.mjs'), "import { defineConfig } from 'astro/config';\nimport mdx from '@astrojs/mdx';\nexport default defineConfig({ integrations: [mdx()] });\n");
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

function report(label: string, site: Run, bare: Run): void {
  console.log(`${label}: luoshi site ${site.seconds.toFixed(1)} s (${site.pages} pages, peak ${site.peakMb.toFixed(0)} MB); bare Astro ${bare.seconds.toFixed(1)} s (${bare.pages} pages, peak ${bare.peakMb.toFixed(0)} MB); ratio ${(site.seconds / bare.seconds).toFixed(2)}×`);
}

try {
  const documents = Number(values.documents);
  const large = Number(values.large);
  // Ingest a recombined corpus into MDX, the way real content is made.
  const repo = join(work, 'repo');
  cpSync(join(root, 'data'), join(repo, 'data'), { recursive: true });
  cpSync(join(root, 'src'), join(repo, 'src'), { recursive: true });
  makeCorpus(join(root, 'content/sources'), join(repo, 'content/sources'), documents);
  delete process.env.LUOSHI_CONTENT;
  const ingested = await ingest([], await loadSettings(repo, false));
  if (ingested.failed.length) throw new Error(`${ingested.failed.length} sources failed to ingest`);
  const small = join(repo, 'content/policies');
  const site = siteProject();
  const bare = bareProject();
  const env = (content: string) => ({ LUOSHI_CONTENT: content, LUOSHI_BUILD_DATE: '2026-11-25' });
  report(`${documents} policies`, astroBuild(site, env(small)), astroBuild(bare, env(small)));
  if (large > 0) {
    const big = join(work, 'large');
    replicate(small, big, large);
    report(`${large} policies`, astroBuild(site, env(big)), astroBuild(bare, env(big)));
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

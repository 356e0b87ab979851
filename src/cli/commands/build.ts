// `luoshi build` (npm run build): ingest what changed, refuse invalid data, build the site.
import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Command, ExitCode, Io } from '../command.ts';
import { buildDateOption, UsageError } from '../command.ts';
import { runIngest } from './ingest.ts';
import { checkContent } from './check.ts';
import { checkData } from '../../data/check.ts';
import { formatProblem } from '../../problems/problem.ts';
import { publishSite } from '../../publish/publish-site.ts';
import { buildHeapArgs } from '../build-heap.ts';

const USAGE = `usage: npm run build [-- --out <dir>] [-- --wait <seconds>]

  Ingests changed sources, checks content and progress data, and builds the
  site into dist/ (or --out). Invalid data stops the build before anything is written.
  dist/ is a symbolic link to a release in dist.releases/, switched in one step when
  the build is complete (as publish does; one at a time, --wait as for publish).
  --out <dir> builds straight into that directory.`;

export function astroBuild(root: string, outDir: string | undefined, io: Io): Promise<ExitCode> {
  const args = ['build', ...(outDir ? ['--outDir', outDir] : [])];
  const heap = buildHeapArgs();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...heap, join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'), ...args], {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, LUOSHI_BUILD_DATE: buildDateOption() },
    });
    child.on('exit', (code, signal) => {
      // V8 aborts the process when the heap is full: the messages above are its trace, not a file's.
      if (signal === 'SIGABRT' || code === 134)
        io.err(
          `the site build ran out of memory (${heap.join(' ') || 'the heap NODE_OPTIONS sets'}); set LUOSHI_BUILD_HEAP_MB to more megabytes, on a machine that has them`,
        );
      else if (code !== 0) io.err(`the site build failed (astro exited with ${code}); the messages above name the file and field`);
      resolve(code === 0 ? 0 : 1);
    });
  });
}

/** `--wait <seconds>` of build and publish, in milliseconds. */
export function waitOption(value: string | undefined): number {
  const seconds = Number(value ?? 600);
  if (!Number.isFinite(seconds) || seconds < 0) throw new UsageError(`--wait takes a number of seconds, not "${value}"`);
  return seconds * 1000;
}

/** Ingest and check; the site may be built only when this returns no errors. */
export async function prepareBuild(io: Io): Promise<{ ok: boolean; ingestFailed: boolean }> {
  const { code } = await runIngest([], false, io);
  const content = await checkContent(io);
  const data = checkData(io.root, { today: buildDateOption(), targetIds: content.targetIds });
  // Content warnings are for `luoshi check`; data warnings are shown to whoever publishes.
  const shown = [...content.problems.filter((p) => p.severity === 'error'), ...data.problems];
  for (const p of shown) io.err(formatProblem(p));
  // Data files list their first problems and count the rest.
  const errors = content.problems.filter((p) => p.severity === 'error').length + data.counts.errors;
  if (errors) {
    io.err(`build refused: ${errors} errors in content or data (listed above); fix them and build again`);
    return { ok: false, ingestFailed: code !== 0 };
  }
  return { ok: true, ingestFailed: code !== 0 };
}

export const buildCommand: Command = {
  name: 'build',
  summary: 'ingest changed sources, check data, and build the site into dist/',
  usage: USAGE,
  async run(argv, io) {
    let parsed;
    try {
      parsed = parseArgs({ args: argv, options: { out: { type: 'string' }, wait: { type: 'string' } } });
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
    if (parsed.values.out) {
      const prepared = await prepareBuild(io);
      if (!prepared.ok) return 1;
      const code = await astroBuild(io.root, parsed.values.out, io);
      return code === 0 && prepared.ingestFailed ? 1 : code;
    }
    // Into dist/ the way publish does it (a release of its own, switched in one
    // step, under the same lock): dist/ may be the live site.
    let ingestFailed = false;
    const code = await publishSite(
      resolve(io.root, 'dist'),
      {
        check: async () => {
          const prepared = await prepareBuild(io);
          ingestFailed = prepared.ingestFailed;
          return prepared.ok;
        },
        build: async (dir) => (await astroBuild(io.root, dir, io)) === 0,
        snapshot: null,
      },
      io,
      { name: 'build', waitMs: waitOption(parsed.values.wait) },
    );
    return code === 0 && ingestFailed ? 1 : code;
  },
};

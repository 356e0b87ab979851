// `luoshi build` (npm run build): ingest what changed, refuse invalid data, build the site.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Command, ExitCode, Io } from '../command.ts';
import { buildDateOption, UsageError } from '../command.ts';
import { runIngest } from './ingest.ts';
import { checkContent } from './check.ts';
import { checkData } from '../../data/check.ts';
import { formatProblem } from '../../problems/problem.ts';

const USAGE = `usage: npm run build [-- --out <dir>]

  Ingests changed sources, checks content and progress data, and builds the
  site into dist/ (or --out). Invalid data stops the build before anything is written.`;

export function astroBuild(root: string, outDir: string | undefined, io: Io): Promise<ExitCode> {
  const args = ['build', ...(outDir ? ['--outDir', outDir] : [])];
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'), ...args], {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, LUOSHI_BUILD_DATE: buildDateOption() },
    });
    child.on('exit', (code) => {
      if (code !== 0) io.err(`the site build failed (astro exited with ${code}); the messages above name the file and field`);
      resolve(code === 0 ? 0 : 1);
    });
  });
}

/** Ingest and check; the site may be built only when this returns no errors. */
export async function prepareBuild(io: Io): Promise<{ ok: boolean; ingestFailed: boolean }> {
  const { code } = await runIngest([], false, io);
  const content = await checkContent(io);
  const data = checkData(io.root, { today: buildDateOption(), targetIds: content.targetIds });
  // Content warnings are for `luoshi check`; data warnings are shown to whoever publishes.
  const shown = [...content.problems.filter((p) => p.severity === 'error'), ...data.problems];
  for (const p of shown) io.err(formatProblem(p));
  const errors = shown.filter((p) => p.severity === 'error').length;
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
      parsed = parseArgs({ args: argv, options: { out: { type: 'string' } } });
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
    const prepared = await prepareBuild(io);
    if (!prepared.ok) return 1;
    const code = await astroBuild(io.root, parsed.values.out, io);
    return code === 0 && prepared.ingestFailed ? 1 : code;
  },
};

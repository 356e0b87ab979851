// A temporary copy of this repository, for building and publishing without
// touching the working tree: content/, data/, src/, public/, scripts/ and the
// config files are copied; node_modules is a directory of symlinks to this
// repository's packages, so the copy gets its own caches (Astro keeps its content
// store in node_modules/.astro, Vite its deps in node_modules/.vite: sharing those
// with a concurrent build of another checkout mixes up their content).
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const BUILD_DATE = '2026-11-25';

const COPIED = ['content', 'data', 'src', 'public', 'scripts', 'astro.config.mjs', 'tsconfig.json', 'package.json'];
/** Caches and stores that tools write inside node_modules: kept per copy. */
const PER_COPY = new Set(['.astro', '.vite', '.vite-temp', '.cache', '.vitest']);

export function copyRepo(prefix = 'luoshi-e2e-'): string {
  const root = mkdtempSync(join(tmpdir(), prefix));
  for (const name of COPIED) {
    const from = join(ROOT, name);
    if (existsSync(from)) cpSync(from, join(root, name), { recursive: true });
  }
  const modules = join(root, 'node_modules');
  mkdirSync(modules);
  for (const entry of readdirSync(join(ROOT, 'node_modules'))) {
    if (!PER_COPY.has(entry)) symlinkSync(join(ROOT, 'node_modules', entry), join(modules, entry));
  }
  return root;
}

export function removeRepo(root: string): void {
  if (root.startsWith(tmpdir())) rmSync(root, { recursive: true, force: true });
}

/** The pinned Node (the `node` package), else the one running the tests. */
export function pinnedNode(): string {
  const bin = join(ROOT, 'node_modules', '.bin', 'node');
  return existsSync(bin) ? bin : process.execPath;
}

/** The environment of a CLI run: no test-runner variables, a fixed build date. */
export function cliEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (/^(VITEST|NODE_ENV$|TEST$|INIT_CWD$|LUOSHI_|NODE_OPTIONS$|TSX)/.test(k)) continue;
    env[k] = v;
  }
  return { ...env, LUOSHI_BUILD_DATE: BUILD_DATE, FORCE_COLOR: '0', NO_COLOR: '1', ...extra };
}

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/** Runs `node scripts/luoshi.ts <args>` in `root` with the pinned Node. */
export function runCli(root: string, args: string[], extraEnv: Record<string, string> = {}): Promise<CliResult> {
  return runNode(root, [join(root, 'scripts', 'luoshi.ts'), ...args], extraEnv);
}

/** `astro build` in `root` into `out` with the pinned Node (what `luoshi build` runs after ingest). */
export function astroBuild(root: string, out: string, extraEnv: Record<string, string> = {}): Promise<CliResult> {
  return runNode(root, [join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--outDir', out], extraEnv);
}

/** The pinned Node on `args` in `root`, its output collected. */
function runNode(root: string, args: string[], extraEnv: Record<string, string>): Promise<CliResult> {
  const started = Date.now();
  return new Promise((done, fail) => {
    const child = spawn(pinnedNode(), args, { cwd: root, env: cliEnv(extraEnv), stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr, ms: Date.now() - started }));
  });
}

/** The last lines of a command's output, for an error message. */
export function tail(text: string, lines = 40): string {
  return text
    .split('\n')
    .filter((l) => !/^\S*\s*[├└]─ /.test(l.replace(/^\d\d:\d\d:\d\d\s+/, '')))
    .slice(-lines)
    .join('\n');
}

// Running the stub publish (publish-child.ts) and reading the live site it made:
// a live site mixed from two builds shows, since each page holds its build's version.
import { spawn } from 'node:child_process';
import { existsSync, lstatSync, readFileSync, readlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { pinnedNode } from '../../e2e/support/repo.ts';
import { PAGES } from './pages.ts';

const CHILD = fileURLToPath(new URL('./publish-child.ts', import.meta.url));

export interface ChildResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  pid: number;
}

/** Runs one publish with the stub build in its own process (options: see publish-child.ts); `onStderr` hears its errors as they come. */
export function publishChild(options: Record<string, unknown>, onStderr?: (all: string) => void): Promise<ChildResult> {
  return new Promise((done, fail) => {
    const child = spawn(pinnedNode(), [CHILD, JSON.stringify(options)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => {
      stderr += d;
      onStderr?.(stderr);
    });
    child.on('error', fail);
    child.on('close', (code, signal) => done({ code, signal, stdout, stderr, pid: child.pid! }));
  });
}

/** The version the live site shows, after checking it is a symbolic link to one whole release (resolved once, as a request would). */
export function liveVersion(live: string): string {
  expect(lstatSync(live).isSymbolicLink(), `${live} is a symbolic link`).toBe(true);
  const target = readlinkSync(live);
  expect(target).toMatch(/^dist\.releases\/\d{8}T\d{9}-\d+$/);
  const release = join(dirname(live), target);
  const versions = new Set(PAGES.map((page) => (existsSync(join(release, page)) ? readFileSync(join(release, page), 'utf8').trim() : 'missing')));
  expect([...versions], 'every page from the same build').toHaveLength(1);
  return [...versions][0];
}

// Global setup: the tests' temporary files go under one directory of this run (TMPDIR), removed
// when the run ends, so that the many temporary repositories the tests make never pile up. Every
// project names this setup, and all setups run before any test: the first makes the directory,
// the others use it (nested directories would make Chromium's socket path too long).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const MARK = 'LUOSHI_TEST_TMP';

export default function setup(): () => void {
  if (process.env[MARK]) return () => {};
  const previous = process.env.TMPDIR;
  const root = mkdtempSync(join(tmpdir(), 'lt-'));
  process.env.TMPDIR = root;
  process.env[MARK] = root;
  return () => {
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
    delete process.env[MARK];
    rmSync(root, { recursive: true, force: true });
  };
}

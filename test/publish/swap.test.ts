import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { swapInto } from '../../src/publish/swap.ts';

const dirs: string[] = [];
function site(root: string, name: string, page: string): string {
  const dir = join(root, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'index.html'), page);
  return dir;
}

afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('swapInto', () => {
  it('replaces the live site with the fresh one and leaves nothing else behind', async () => {
    const root = mkdtempSync(join(tmpdir(), 'luoshi-swap-'));
    dirs.push(root);
    const live = site(root, 'dist', 'old');
    const fresh = site(root, 'dist.next', 'new');
    await swapInto(fresh, live);
    expect(readFileSync(join(live, 'index.html'), 'utf8')).toBe('new');
    expect(existsSync(fresh)).toBe(false);
    expect(existsSync(`${live}.previous`)).toBe(false);
  });

  it('publishes a first site where there was none', async () => {
    const root = mkdtempSync(join(tmpdir(), 'luoshi-swap-'));
    dirs.push(root);
    const fresh = site(root, 'dist.next', 'first');
    await swapInto(fresh, join(root, 'dist'));
    expect(readFileSync(join(root, 'dist', 'index.html'), 'utf8')).toBe('first');
  });

  it('a fresh site that is missing leaves the live one in place', async () => {
    const root = mkdtempSync(join(tmpdir(), 'luoshi-swap-'));
    dirs.push(root);
    const live = site(root, 'dist', 'old');
    await expect(swapInto(join(root, 'missing'), live)).rejects.toThrow();
    expect(readFileSync(join(live, 'index.html'), 'utf8')).toBe('old');
  });
});

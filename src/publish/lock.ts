// One publish at a time: a lock file that names its holder (process id, start
// time, host). It is created whole or not at all (written aside, then hard-linked
// into place), and a lock left by a process that died is taken over.
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { link, readdir, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export interface LockHolder {
  pid: number;
  /** ISO time the holder took the lock. */
  started: string;
  host: string;
  token: string;
}

export class LockBusy extends Error {
  readonly holder: LockHolder;
  constructor(path: string, holder: LockHolder) {
    super(`another publish holds ${path}: process ${holder.pid} on ${holder.host}, started ${holder.started}`);
    this.name = 'LockBusy';
    this.holder = holder;
  }
}

export interface LockOptions {
  /** How long to wait for the holder to finish; 0 refuses at once. */
  waitMs: number;
  /** Told once, when the lock is held by another living process. */
  onWait?: (holder: LockHolder) => void;
  pollMs?: number;
}

/** Takes the lock; resolves to its release. Throws LockBusy when it is still held after `waitMs`. */
export async function acquireLock(path: string, options: LockOptions): Promise<() => Promise<void>> {
  const mine: LockHolder = { pid: process.pid, started: new Date().toISOString(), host: hostname(), token: randomUUID() };
  const aside = `${path}.${process.pid}`;
  await writeFile(aside, `${JSON.stringify(mine)}\n`);
  const deadline = Date.now() + options.waitMs;
  let told = false;
  try {
    for (;;) {
      if (await linked(aside, path)) break;
      const holder = await readHolder(path);
      if (holder === null) continue; // released meanwhile
      if (!isAlive(holder)) {
        await takeOver(path, holder);
        continue;
      }
      if (Date.now() >= deadline) throw new LockBusy(path, holder);
      if (!told) options.onWait?.(holder);
      told = true;
      await sleep(options.pollMs ?? 200);
    }
  } finally {
    await unlink(aside).catch(() => {});
  }
  await removeLeftovers(path);
  return async () => {
    if ((await readHolder(path))?.token === mine.token) await unlink(path);
  };
}

/** Files aside of processes that were killed while they waited or took over. */
async function removeLeftovers(path: string): Promise<void> {
  const name = basename(path);
  for (const file of await readdir(dirname(path))) {
    const rest = file.startsWith(`${name}.`) ? file.slice(name.length + 1).replace(/^stale-/, '') : '';
    const pid = /^\d+$/.test(rest) ? Number(rest) : 0;
    if (pid && pid !== process.pid && !isAlive({ pid, host: hostname() })) await unlink(join(dirname(path), file)).catch(() => {});
  }
}

async function linked(from: string, to: string): Promise<boolean> {
  try {
    await link(from, to);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

async function readHolder(path: string): Promise<LockHolder | null> {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as LockHolder;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** A holder on another host cannot be checked, so it counts as alive. */
function isAlive(holder: Pick<LockHolder, 'pid' | 'host'>): boolean {
  if (holder.host !== hostname()) return true;
  try {
    process.kill(holder.pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes a dead holder's lock. Two processes may find it dead at once: each moves
 * the lock aside (only one move can take a given file) and deletes it only if it is
 * the dead one; a live lock taken meanwhile by a third is put back.
 */
async function takeOver(path: string, dead: LockHolder): Promise<void> {
  const moved = `${path}.stale-${process.pid}`;
  try {
    await rename(path, moved);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  if ((await readHolder(moved))?.token !== dead.token) await linked(moved, path);
  await unlink(moved);
}

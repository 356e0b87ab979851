// The live site is a symbolic link (dist) to one whole build in dist.releases/<id>.
// Each build gets its own directory (<id>.building until it is complete); the
// link is switched in one step (a new link renamed over the old), so a reader —
// or a publish killed at any point — finds either the old site or the new one.
import { existsSync, lstatSync } from 'node:fs';
import { mkdir, readdir, readFile, readlink, rename, rm, symlink, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';

/** Complete releases kept besides the live one and the last reported one. */
export const KEEP_RELEASES = 3;

export interface Releases {
  /** The live site: a symbolic link. */
  live: string;
  /** Where the builds are: <live>.releases/ */
  dir: string;
  /** The lock file of publishes and builds. */
  lock: string;
}

export function releasesOf(live: string): Releases {
  const dir = `${live}.releases`;
  return { live, dir, lock: join(dir, 'publish.lock') };
}

const STATE = 'state.json';
const BUILDING = '.building';
const ID = /^\d{8}T\d{9}-\d+$/;

/** A new release id: the time it was started (sorts in order), then the process. */
export function newReleaseId(now = new Date()): string {
  return `${now.toISOString().replace(/[-:.Z]/g, '')}-${process.pid}`;
}

export const buildingDir = (r: Releases, id: string) => join(r.dir, `${id}${BUILDING}`);
export const releaseDir = (r: Releases, id: string) => join(r.dir, id);

/** The complete releases, oldest first. */
export async function completeReleases(r: Releases): Promise<string[]> {
  if (!existsSync(r.dir)) return [];
  return (await readdir(r.dir)).filter((name) => ID.test(name)).sort();
}

/** The release the live link points at, or null (no link, a dangling one, or not a link). */
export async function liveRelease(r: Releases): Promise<string | null> {
  if (!isLink(r.live)) return null;
  const id = basename(await readlink(r.live));
  return ID.test(id) && existsSync(releaseDir(r, id)) ? id : null;
}

function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

/** The release whose change report was last printed: what the next report compares with. */
export async function reportedRelease(r: Releases): Promise<string | null> {
  try {
    const id = (JSON.parse(await readFile(join(r.dir, STATE), 'utf8')) as { reported?: string }).reported;
    return id && existsSync(releaseDir(r, id)) ? id : null;
  } catch {
    return null;
  }
}

export async function setReported(r: Releases, id: string): Promise<void> {
  const path = join(r.dir, STATE);
  await writeFile(`${path}.tmp`, `${JSON.stringify({ reported: id })}\n`);
  await rename(`${path}.tmp`, path);
}

/**
 * Puts things right after a publish or build that was killed (run under the lock):
 * drops unfinished builds and half-made links, and gives back a live link when
 * there is none but a whole release is there. Returns what it did, for people.
 */
export async function recover(r: Releases): Promise<string[]> {
  await mkdir(r.dir, { recursive: true });
  const done: string[] = [];
  for (const name of await readdir(r.dir)) {
    if (name.endsWith(BUILDING) || name.startsWith('link-')) {
      await rm(join(r.dir, name), { recursive: true, force: true });
      if (name.endsWith(BUILDING)) done.push(`removed ${join(r.dir, name)}, left by a build that did not finish`);
    }
  }
  const releases = await completeReleases(r);
  if (!existsSync(r.live) && releases.length) {
    if (isLink(r.live)) await rm(r.live);
    await switchTo(r, releases.at(-1)!);
    done.push(`${r.live} was missing after an interrupted publish: it is ${releaseDir(r, releases.at(-1)!)} again`);
  }
  return done;
}

/** Makes `id` the live site in one rename. A live directory of an older luoshi is first kept as a release. */
export async function switchTo(r: Releases, id: string): Promise<void> {
  const temp = join(r.dir, `link-${process.pid}`);
  await rm(temp, { force: true });
  // Relative, so the site and its releases can be moved together.
  await symlink(join(basename(r.dir), id), temp);
  if (existsSync(r.live) && !isLink(r.live)) await rename(r.live, releaseDir(r, newReleaseId(new Date(0))));
  await rename(temp, r.live);
}

/** Deletes old releases: keeps the live one, the last reported one and the newest few. */
export async function prune(r: Releases, keep = KEEP_RELEASES): Promise<void> {
  const releases = await completeReleases(r);
  const kept = new Set([...releases.slice(-keep), await liveRelease(r), await reportedRelease(r)]);
  for (const id of releases) if (!kept.has(id)) await rm(releaseDir(r, id), { recursive: true, force: true });
}

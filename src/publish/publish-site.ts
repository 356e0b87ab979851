// Building the live site safely, for `publish` and `build`: one at a time (a lock
// naming the holder), each build in its own release directory, the live link
// switched in one step, the change report compared with the last release whose
// report was printed, and whatever a killed run left put right by the next one.
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ExitCode, Io } from '../cli/command.ts';
import { compareSnapshots, describeChanges } from './changes.ts';
import { acquireLock, LockBusy } from './lock.ts';
import {
  buildingDir,
  liveRelease,
  newReleaseId,
  prune,
  recover,
  releaseDir,
  releasesOf,
  reportedRelease,
  setReported,
  switchTo,
  type Releases,
} from './releases.ts';
import type { Snapshot } from './snapshot.ts';

export const SNAPSHOT_FILE = 'publish.json';

/** The points of a run, in order; `onStep` hears each (tests stop a run there). */
export type Step = 'locked' | 'checked' | 'built' | 'complete' | 'switched' | 'reported';

export interface SiteBuild {
  /** Ingest and checks; false stops the run (they said why). */
  check(): Promise<boolean>;
  /** Builds the site into `dir`; false when it failed (it said why). */
  build(dir: string): Promise<boolean>;
  /** What the built site says, for the change report; null builds without one. */
  snapshot: (() => Promise<Snapshot>) | null;
}

export interface RunOptions {
  /** The command, for messages. */
  name: 'publish' | 'build';
  /** How long to wait for another publish or build to finish; 0 refuses at once. */
  waitMs: number;
  onStep?: (step: Step) => void;
}

export async function publishSite(live: string, site: SiteBuild, io: Io, options: RunOptions): Promise<ExitCode> {
  const releases = releasesOf(live);
  await mkdir(releases.dir, { recursive: true });
  let release: () => Promise<void>;
  try {
    release = await acquireLock(releases.lock, {
      waitMs: options.waitMs,
      onWait: (h) => io.err(`waiting for the publish or build of process ${h.pid} (started ${h.started}) to finish…`),
    });
  } catch (error) {
    if (!(error instanceof LockBusy)) throw error;
    io.err(
      `${options.name} refused: ${error.message}\n  Nothing was changed. Run it again when that one has finished; if no such process is running, delete ${releases.lock}.`,
    );
    return 1;
  }
  try {
    options.onStep?.('locked');
    for (const line of await recover(releases)) io.err(line);
    return await buildAndSwitch(releases, site, io, options);
  } finally {
    await release();
  }
}

async function buildAndSwitch(releases: Releases, site: SiteBuild, io: Io, options: RunOptions): Promise<ExitCode> {
  const step = (s: Step) => options.onStep?.(s);
  const { live } = releases;
  if (!(await site.check())) {
    io.err(`${options.name} stopped: the live site ${live} was not changed`);
    return 1;
  }
  step('checked');
  const id = newReleaseId();
  const building = buildingDir(releases, id);
  await mkdir(building, { recursive: true });
  if (!(await site.build(building)) || !existsSync(join(building, 'index.html'))) {
    await rm(building, { recursive: true, force: true });
    io.err(`${options.name} stopped: the build failed, so the live site ${live} was not changed`);
    return 1;
  }
  step('built');
  const snapshot = site.snapshot ? await site.snapshot() : null;
  if (snapshot) await writeFile(join(building, SNAPSHOT_FILE), `${JSON.stringify(snapshot, null, 1)}\n`);
  await rename(building, releaseDir(releases, id));
  step('complete');
  const before = snapshot ? await lastReported(releases) : null;
  await switchTo(releases, id);
  step('switched');
  io.out(`${snapshot ? 'published' : 'built'} ${live} → ${releaseDir(releases, id)}${snapshot ? ` (judged against ${snapshot.today})` : ''}`);
  if (snapshot) {
    for (const line of describeChanges(compareSnapshots(before, snapshot), before === null)) io.out(line);
    await setReported(releases, id);
    step('reported');
  }
  await prune(releases);
  return 0;
}

/** The snapshot of the last release whose change report was printed (else of the live site). */
async function lastReported(releases: Releases): Promise<Snapshot | null> {
  const id = (await reportedRelease(releases)) ?? (await liveRelease(releases));
  const dir = id ? releaseDir(releases, id) : releases.live;
  try {
    return JSON.parse(await readFile(join(dir, SNAPSHOT_FILE), 'utf8')) as Snapshot;
  } catch {
    return null;
  }
}

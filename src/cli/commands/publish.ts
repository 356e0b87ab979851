// `luoshi publish`: validate, build into a fresh directory, and only then replace the
// live site. A failed or interrupted build leaves the last good site in place.
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Command } from '../command.ts';
import { buildDateOption, UsageError } from '../command.ts';
import { astroBuild, prepareBuild } from './build.ts';
import { contentPaths } from '../../ingest/paths.ts';
import { loadPolicies } from '../../content/policy-files.ts';
import { takeSnapshot, type Snapshot } from '../../publish/snapshot.ts';
import { compareSnapshots, describeChanges } from '../../publish/changes.ts';
import { swapInto } from '../../publish/swap.ts';

const USAGE = `usage: npm run luoshi -- publish [--site <dir>]

  Checks sources, content and progress data, builds the site into a fresh
  directory and, only when that succeeded, replaces the live site (default dist/).
  Prints what changed since the last publish: new or revised observations and
  targets whose status changed. Anything wrong stops it before the live site is touched.`;

const SNAPSHOT_FILE = 'publish.json';

async function readSnapshot(site: string): Promise<Snapshot | null> {
  try {
    return JSON.parse(await readFile(join(site, SNAPSHOT_FILE), 'utf8')) as Snapshot;
  } catch {
    return null;
  }
}

export const publishCommand: Command = {
  name: 'publish',
  summary: 'check, build into a fresh directory, then replace the live site and report what changed',
  usage: USAGE,
  async run(argv, io) {
    let parsed;
    try {
      parsed = parseArgs({ args: argv, options: { site: { type: 'string', default: 'dist' } } });
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
    const live = resolve(io.root, parsed.values.site ?? 'dist');
    const prepared = await prepareBuild(io);
    if (!prepared.ok || prepared.ingestFailed) {
      io.err(`publish stopped: the live site ${live} was not changed`);
      return 1;
    }
    const fresh = `${live}.next`;
    await rm(fresh, { recursive: true, force: true });
    await mkdir(fresh, { recursive: true });
    const code = await astroBuild(io.root, fresh, io);
    if (code !== 0 || !existsSync(join(fresh, 'index.html'))) {
      await rm(fresh, { recursive: true, force: true });
      io.err(`publish stopped: the build failed, so the live site ${live} was not changed`);
      return 1;
    }
    const today = buildDateOption();
    const snapshot = takeSnapshot(io.root, await loadPolicies(contentPaths(io.root).policies, io.root), today);
    await writeFile(join(fresh, SNAPSHOT_FILE), `${JSON.stringify(snapshot, null, 1)}\n`);
    const before = await readSnapshot(live);
    await swapInto(fresh, live);
    io.out(`published ${live} (judged against ${today})`);
    for (const line of describeChanges(compareSnapshots(before, snapshot), before === null)) io.out(line);
    return 0;
  },
};

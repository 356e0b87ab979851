// `luoshi publish`: validate, build into a release of its own, and only then switch
// the live site to it; report what changed since the last report.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Command } from '../command.ts';
import { buildDateOption, UsageError } from '../command.ts';
import { astroBuild, prepareBuild, waitOption } from './build.ts';
import { contentPaths } from '../../ingest/paths.ts';
import { loadPolicies } from '../../content/policy-files.ts';
import { takeSnapshot } from '../../publish/snapshot.ts';
import { publishSite } from '../../publish/publish-site.ts';

const USAGE = `usage: npm run luoshi -- publish [--site <dir>] [--wait <seconds>]

  Checks sources, content and progress data, builds the site into a release
  directory of its own (<dir>.releases/<id>) and, only when that succeeded,
  switches the live site (default dist/, a symbolic link) to it in one step.
  Prints what changed since the last publish: new or revised observations and
  targets whose status changed. Anything wrong stops it before the live site is touched.

  --wait <seconds>  how long to wait for a publish or build already running
                    (default 600); 0 refuses at once, naming the one running`;

export const publishCommand: Command = {
  name: 'publish',
  summary: 'check, build into a fresh release, then switch the live site to it and report what changed',
  usage: USAGE,
  async run(argv, io) {
    let parsed;
    try {
      parsed = parseArgs({ args: argv, options: { site: { type: 'string', default: 'dist' }, wait: { type: 'string' } } });
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
    const waitMs = waitOption(parsed.values.wait);
    return publishSite(
      resolve(io.root, parsed.values.site ?? 'dist'),
      {
        check: async () => {
          const prepared = await prepareBuild(io);
          return prepared.ok && !prepared.ingestFailed;
        },
        build: async (dir) => (await astroBuild(io.root, dir, io)) === 0,
        snapshot: async () => {
          const today = buildDateOption();
          return takeSnapshot(io.root, await loadPolicies(contentPaths(io.root).policies, io.root), today);
        },
      },
      io,
      { name: 'publish', waitMs },
    );
  },
};

// A publish with a stub build, run as its own process by the publish tests: the
// real lock, releases, switch, recovery and change report, around a build that
// writes a few files in a moment. It can be made to wait, and to kill itself.
//
//   node publish-child.ts '{"live": "...", "version": "v2", "crashAt": "built"}'
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { publishSite, type Step } from '../../../src/publish/publish-site.ts';
import type { Snapshot } from '../../../src/publish/snapshot.ts';
import { PAGES } from './pages.ts';

interface ChildOptions {
  live: string;
  /** Written into every file of the build, so a mixed site shows. */
  version: string;
  /** A step of publishSite, or 'mid-build' (half the files written): the process kills itself there. */
  crashAt?: Step | 'mid-build';
  /** The build waits until this file exists. */
  holdUntil?: string;
  /** Milliseconds between the files of the build. */
  pace?: number;
  waitMs?: number;
  failBuild?: boolean;
  /** Build without a change report, as `luoshi build` does. */
  noReport?: boolean;
}

const options = JSON.parse(process.argv[2]) as ChildOptions;
const crash = (at: string) => {
  if (options.crashAt === at) process.kill(process.pid, 'SIGKILL');
};
/** The observations the stub data holds: data.json beside the live site. */
const data = join(dirname(options.live), 'data.json');

const code = await publishSite(
  options.live,
  {
    check: async () => true,
    build: async (dir) => {
      while (options.holdUntil && !existsSync(options.holdUntil)) await sleep(20);
      if (options.failBuild) return false;
      for (const [i, page] of PAGES.entries()) {
        if (i === PAGES.length / 2) crash('mid-build');
        await mkdir(dirname(join(dir, page)), { recursive: true });
        await writeFile(join(dir, page), `${options.version}\n`);
        if (options.pace) await sleep(options.pace);
      }
      return true;
    },
    snapshot: options.noReport
      ? null
      : async (): Promise<Snapshot> => ({
          today: '2026-11-25',
          observations: JSON.parse(readFileSync(data, 'utf8')) as Record<string, string>,
          statuses: {},
          labels: {},
        }),
  },
  { out: (l) => console.log(l), err: (l) => console.error(l), root: dirname(options.live) },
  { name: 'publish', waitMs: options.waitMs ?? 0, onStep: crash },
);
process.exitCode = code;

// The heap the Astro build runs with. The build holds every policy's record and the search
// index while it renders, so Node's default heap (about 4 GB) runs out at some tens of
// thousands of policies: the build gets three quarters of the machine's memory instead,
// LUOSHI_BUILD_HEAP_MB when it is set, and nothing of ours when NODE_OPTIONS sets a heap.
import { totalmem } from 'node:os';
import { numberSetting } from '../pipeline/decode/limits.ts';

/** Node options for the build process: `--max-old-space-size=<MB>`, or none. */
export function buildHeapArgs(env: NodeJS.ProcessEnv = process.env, memoryBytes = totalmem()): string[] {
  if (/--max-old-space-size/.test(env.NODE_OPTIONS ?? '')) return [];
  const mb = numberSetting(env, 'LUOSHI_BUILD_HEAP_MB', 'megabytes of heap for the site build') ?? Math.floor((memoryBytes / 2 ** 20) * 0.75);
  return [`--max-old-space-size=${Math.floor(mb)}`];
}

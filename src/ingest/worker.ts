// A worker thread of the ingest pool: runs both stages for the sources it is sent.
import { parentPort, workerData } from 'node:worker_threads';
import { loadSettings } from './settings.ts';
import { Stages } from './stages.ts';
import type { PolicyKey } from './link-references.ts';

export type Job = { type: 'prepare'; id: number; file: string } | { type: 'write'; id: number; file: string; keys?: PolicyKey[] };

// The limits come from the batch's settings, so every worker reads sources as the main thread would.
const stages = new Stages({ ...(await loadSettings(workerData.root, workerData.force)), limits: workerData.limits });
let keys: PolicyKey[] = [];

parentPort!.on('message', async (job: Job) => {
  try {
    if (job.type === 'prepare') {
      parentPort!.postMessage({ id: job.id, value: await stages.prepare(job.file) });
    } else {
      if (job.keys) keys = job.keys;
      parentPort!.postMessage({ id: job.id, value: await stages.write(job.file, keys) });
    }
  } catch (error) {
    parentPort!.postMessage({ id: job.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});

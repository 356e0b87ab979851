// Prepares sources on all cores: one worker thread per core, files handed out as
// workers become free. Small batches stay on the main thread, where starting
// workers would cost more than it saves.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { IngestSettings, Prepared } from './ingest-file.ts';
import { prepare } from './ingest-file.ts';
import { describeFailure, type Failure } from './failure.ts';

export type Outcome = { ok: true; value: Prepared } | { ok: false; error: Failure };

const MIN_FILES_PER_WORKER = 8;

export async function prepareAll(
  files: readonly string[],
  settings: IngestSettings,
  onDone: (file: string, outcome: Outcome) => void,
  workers = Math.min(availableParallelism(), Math.floor(files.length / MIN_FILES_PER_WORKER)),
): Promise<Map<string, Outcome>> {
  const results = new Map<string, Outcome>();
  const record = (file: string, outcome: Outcome) => {
    results.set(file, outcome);
    onDone(file, outcome);
  };
  if (workers < 2) {
    for (const file of files) {
      try {
        record(file, { ok: true, value: await prepare(file, settings) });
      } catch (error) {
        record(file, { ok: false, error: describeFailure(error, file) });
      }
    }
    return results;
  }
  let next = 0;
  const run = (worker: Worker) =>
    new Promise<void>((resolve, reject) => {
      const send = () => {
        if (next >= files.length) {
          resolve();
          return;
        }
        const id = next++;
        worker.postMessage({ id, file: files[id] });
      };
      worker.on('message', (message: { id: number } & Outcome) => {
        const { id, ...outcome } = message;
        record(files[id], outcome);
        send();
      });
      worker.on('error', reject);
      send();
    });
  const pool = Array.from({ length: workers }, () => new Worker(new URL('./worker.ts', import.meta.url), { workerData: { root: settings.paths.root, force: settings.force } }));
  try {
    await Promise.all(pool.map(run));
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
  return results;
}

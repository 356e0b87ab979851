// A worker thread of the ingest pool: prepares the sources it is sent.
import { parentPort, workerData } from 'node:worker_threads';
import { loadSettings } from './settings.ts';
import { prepare } from './ingest-file.ts';
import { describeFailure } from './failure.ts';

const settings = await loadSettings(workerData.root, workerData.force);

parentPort!.on('message', async (job: { id: number; file: string }) => {
  try {
    parentPort!.postMessage({ id: job.id, ok: true, value: await prepare(job.file, settings) });
  } catch (error) {
    parentPort!.postMessage({ id: job.id, ok: false, error: describeFailure(error, job.file) });
  }
});

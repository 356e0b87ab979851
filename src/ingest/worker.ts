// A worker process of the ingest pool: runs both stages for the sources it is sent.
import { loadSettings } from './settings.ts';
import { Stages } from './stages.ts';
import type { PolicyKey } from './link-references.ts';
import type { SourceLimits } from '../pipeline/decode/limits.ts';

export type Job = { type: 'prepare'; id: number; file: string } | { type: 'write'; id: number; file: string; keys?: PolicyKey[] };

// The limits come from the batch's settings, so every worker reads sources as the main process would.
const batch = JSON.parse(process.env.LUOSHI_INGEST_WORKER!) as { root: string; force: boolean; limits: SourceLimits };
const stages = new Stages({ ...(await loadSettings(batch.root, batch.force)), limits: batch.limits });
const reply = (message: { id: number; value?: unknown; error?: string }) => process.send!(message);
let keys: PolicyKey[] = [];

async function run(job: Job): Promise<void> {
  try {
    if (job.type === 'prepare') {
      reply({ id: job.id, value: await stages.prepare(job.file) });
    } else {
      if (job.keys) keys = job.keys;
      reply({ id: job.id, value: await stages.write(job.file, keys) });
    }
  } catch (error) {
    reply({ id: job.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
}

// One job at a time, in the order sent: the pool counts on replies coming in that order,
// and blames a crash on the oldest job it has not had a reply for.
let queue = Promise.resolve();
process.on('message', (job: Job) => {
  queue = queue.then(() => run(job));
});
// Jobs are sent only once this is said: a message that comes before a listener is lost.
process.send!({ ready: true });

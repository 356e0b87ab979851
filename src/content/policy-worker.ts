// A worker thread of the policy loader: validates and renders the files it is sent
// (policy-file.ts) and answers with their index entries, or with the error message.
import { parentPort } from 'node:worker_threads';
import { loadPolicyFile, type PolicyJob } from './policy-file.ts';

export type WorkerReply = { n: number; index: { slug: string; title: string } } | { n: number; error: string; name: string };

parentPort!.on('message', ({ n, job }: { n: number; job: PolicyJob }) => {
  let reply: WorkerReply;
  try {
    reply = { n, index: loadPolicyFile(job) };
  } catch (error) {
    const e = error instanceof Error ? error : new Error(String(error));
    reply = { n, error: e.message, name: e.name };
  }
  parentPort!.postMessage(reply);
});
parentPort!.postMessage({ ready: true });

// A worker thread of the policy loader: validates and renders the files it is sent
// (policy-file.ts) and answers with their index entries, or with the problem.
import { parentPort } from 'node:worker_threads';
import { ProblemError, type Problem } from '../problems/problem.ts';
import { loadPolicyFile, type PolicyJob } from './policy-file.ts';

export type WorkerReply = { n: number; index: { slug: string; title: string } } | { n: number; problem: Problem } | { n: number; error: string };

parentPort!.on('message', ({ n, job }: { n: number; job: PolicyJob }) => {
  let reply: WorkerReply;
  try {
    reply = { n, index: loadPolicyFile(job) };
  } catch (error) {
    if (error instanceof ProblemError) reply = { n, problem: error.problem };
    else reply = { n, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort!.postMessage(reply);
});
parentPort!.postMessage({ ready: true });

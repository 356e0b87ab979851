// The policies collection's loader: every `*.mdx` file under `base` is one policy.
// Its frontmatter is validated with the policy schema and its body rendered to HTML
// here, once (src/content/policy-body.ts): no MDX file becomes a JS module, so the Vite
// build does not grow with the number of policies (@astrojs/mdx compiled each one
// and Rolldown bundled them all: super-linear in time and memory past ~2,000).
//
// The record and the HTML go to the policy cache (src/content/policy-cache.ts, which
// says why not into Astro's data store); the store gets a small index entry per
// policy with the digest of its file. A file whose digest is unchanged since the last
// build is neither parsed nor rendered again. Many files are loaded on worker threads
// (YAML parsing and rendering are most of a cold build's content sync).
//
// Errors name the file, the line and the field: YAML, schema (as `luoshi check` does),
// the slug, the body (unknown JSX, expressions, invalid MDX).
import { existsSync, promises as fs } from 'node:fs';
import { availableParallelism } from 'node:os';
import { relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Loader, LoaderContext } from 'astro/loaders';
import { hasCachedPolicy, policyCacheDir, readCachedRecord, removeCachedPolicy } from './policy-cache.ts';
import { ProblemError, type Problem } from '../problems/problem.ts';
import { loaderFingerprint, loadPolicyFile, policyId, policyIndex, policyIndexSchema, type PolicyIndex, type PolicyJob } from './policy-file.ts';
import type { WorkerReply } from './policy-worker.ts';
import type { PolicyRecord } from '../schema/record.ts';

export { policyIndexSchema } from './policy-file.ts';

export interface PolicyLoaderOptions {
  /** Directory of the policy files, absolute or relative to the project root. */
  base: string;
  /** Worker threads for this many files to load or more (default 64); 0: never. */
  workersFrom?: number;
}

type Result = { index: PolicyIndex } | { error: Error };

async function listMdx(dir: string): Promise<string[]> {
  if (!existsSync(dir)) return [];
  const names = await fs.readdir(dir, { recursive: true });
  return names.filter((name) => name.endsWith('.mdx')).sort();
}

async function readJob(job: PolicyJob & { path: string }): Promise<PolicyJob> {
  return { ...job, contents: await fs.readFile(job.path, 'utf8') };
}

function runHere(job: PolicyJob): Result {
  try {
    return { index: loadPolicyFile(job) };
  } catch (error) {
    if (error instanceof ProblemError) return { error };
    throw error;
  }
}

/** Runs jobs on `size` worker threads, filling `results`; rejects if a worker cannot start or dies. */
async function runOnWorkers(jobs: (PolicyJob & { path: string })[], results: Result[], size: number): Promise<void> {
  const workers: Worker[] = [];
  try {
    let next = 0;
    await Promise.all(
      Array.from({ length: size }, async () => {
        const worker = new Worker(new URL('./policy-worker.ts', import.meta.url));
        workers.push(worker);
        let pending: { resolve: (reply: WorkerReply | { ready: true }) => void; reject: (error: Error) => void } | undefined;
        const failed = (error: Error) => pending?.reject(error);
        worker.on('message', (reply) => pending?.resolve(reply));
        worker.on('error', failed);
        worker.on('exit', (code) => failed(new Error(`policy worker exited (${code})`)));
        const receive = () => new Promise<WorkerReply | { ready: true }>((resolve, reject) => (pending = { resolve, reject }));
        await receive(); // ready: its modules loaded
        while (next < jobs.length) {
          const n = next++;
          const job = await readJob(jobs[n]);
          const { path: _, ...message } = job as PolicyJob & { path?: string };
          const answer = receive();
          worker.postMessage({ n, job: message });
          const reply = (await answer) as WorkerReply;
          results[n] = 'index' in reply ? { index: reply.index } : { error: 'problem' in reply ? new ProblemError(reply.problem) : new Error(reply.error) };
        }
      }),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

export function policyLoader(options: PolicyLoaderOptions): Loader {
  return {
    name: 'luoshi-policy-loader',
    schema: policyIndexSchema,
    load: async (context: LoaderContext) => {
      const { config, store, generateDigest, logger, watcher } = context;
      const root = fileURLToPath(config.root);
      const baseDir = resolve(root, options.base);
      const cacheDir = policyCacheDir(config.cacheDir);
      if (!existsSync(baseDir)) logger.warn(`The policy directory "${baseDir}" does not exist.`);
      const fingerprint = generateDigest(loaderFingerprint());
      /** file (absolute) → id, to remove the entry when the file goes away. */
      const idByFile = new Map<string, string>();
      /** id → file (relative to the root), to report two files with the same name. */
      const fileById = new Map<string, string>();

      type Plan = { id: string; filePath: string; digest: string } & ({ index: PolicyIndex } | { job: number });

      /** What to do with one file: nothing (undefined), store a cached index, or load it. */
      async function plan(path: string, jobs: (PolicyJob & { path: string })[]): Promise<Plan | undefined> {
        const contents = await fs.readFile(path, 'utf8');
        const filePath = relative(root, path).split(sep).join('/');
        const id = policyId(path);
        const other = fileById.get(id);
        if (other && other !== filePath) throw new ProblemError({ severity: 'error', file: filePath, message: `duplicate policy slug "${id}" (also ${other})` });
        fileById.set(id, filePath);
        idByFile.set(path, id);
        const digest = generateDigest(`${fingerprint}\n${contents}`);
        if (hasCachedPolicy(cacheDir, id, digest)) {
          const existing = store.get(id);
          if (existing?.digest === digest && existing.filePath === filePath) return undefined;
          // Astro cleared its store (its config changed); the cache still holds the policy.
          return { id, filePath, digest, index: policyIndex(readCachedRecord<PolicyRecord>(cacheDir, id, digest)) };
        }
        jobs.push({ id, filePath, path, digest, cacheDir, contents: '' });
        return { id, filePath, digest, job: jobs.length - 1 };
      }

      /** Loads the files planned, on worker threads when there are many. */
      async function run(jobs: (PolicyJob & { path: string })[]): Promise<Result[]> {
        const results: Result[] = new Array(jobs.length);
        const size = Math.min(availableParallelism(), 4);
        const from = options.workersFrom ?? 64;
        if (from > 0 && jobs.length >= from && size >= 2) {
          try {
            await runOnWorkers(jobs, results, size);
          } catch (error) {
            logger.warn(`policy loader: worker threads failed (${(error as Error).message}); loading the rest on one thread`);
          }
        }
        for (let n = 0; n < jobs.length; n++) results[n] ??= runHere(await readJob(jobs[n]));
        return results;
      }

      function apply(plans: Plan[], results: Result[]): void {
        const failed = plans.map((p) => ('job' in p ? results[p.job] : undefined)).find((r) => r && 'error' in r);
        if (failed && 'error' in failed) throw failed.error;
        for (const p of plans) {
          const index = 'index' in p ? p.index : (results[p.job] as { index: PolicyIndex }).index;
          // set() keeps an entry whose digest is unchanged, whatever else differs.
          if (store.has(p.id)) store.delete(p.id);
          store.set({ id: p.id, data: index, filePath: p.filePath, digest: p.digest });
        }
      }

      const files = (await listMdx(baseDir)).map((name) => resolve(baseDir, name));
      const untouched = new Set(store.keys());
      const jobs: (PolicyJob & { path: string })[] = [];
      const plans: Plan[] = [];
      for (const path of files) {
        const p = await plan(path, jobs);
        if (p) plans.push(p);
        untouched.delete(idByFile.get(path)!);
      }
      apply(plans, await run(jobs));
      for (const id of untouched) {
        store.delete(id);
        removeCachedPolicy(cacheDir, id);
      }

      if (!watcher) return;
      watcher.add(baseDir);
      const inBase = (path: string) => path.endsWith('.mdx') && !relative(baseDir, path).startsWith('..');
      // One change at a time, each reading the file when its turn comes: editors write
      // a file in several steps, and the last event must leave the last contents.
      let queue = Promise.resolve();
      const reload = async (path: string) => {
        try {
          const one: (PolicyJob & { path: string })[] = [];
          const p = await plan(path, one);
          if (p) apply([p], one.length ? [runHere(await readJob(one[0]))] : []);
          logger.info(`Reloaded ${relative(root, path)}`);
        } catch (error) {
          const problem: Problem = error instanceof ProblemError ? error.problem : { severity: 'error', file: relative(root, path), message: (error as Error).message };
          logger.error(new ProblemError(problem).message);
        }
      };
      const onChange = (path: string) => {
        if (inBase(path)) queue = queue.then(() => reload(path));
      };
      watcher.on('change', onChange);
      watcher.on('add', onChange);
      watcher.on('unlink', (path: string) => {
        queue = queue.then(() => {
          const id = idByFile.get(path);
          if (!id || existsSync(path)) return;
          store.delete(id);
          removeCachedPolicy(cacheDir, id);
          idByFile.delete(path);
          fileById.delete(id);
        });
      });
    },
  };
}

// Runs the ingest stages on all cores: one worker thread per core; each source is
// prepared and written by the same worker, which holds it in between. Small batches
// stay on the main thread, where starting workers would cost more than it saves.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { IngestSettings } from './ingest-file.ts';
import type { PolicyKey } from './link-references.ts';
import { Stages, type PrepareResult, type Written } from './stages.ts';

const MIN_FILES_PER_WORKER = 8;

type JobInput = { type: 'prepare'; file: string } | { type: 'write'; file: string; keys?: PolicyKey[] };

export interface StagePool {
  prepare(files: readonly string[], onDone: (file: string, result: PrepareResult) => void): Promise<Map<string, PrepareResult>>;
  write(files: readonly string[], keys: readonly PolicyKey[]): Promise<Written[]>;
  close(): Promise<void>;
}

export function workersFor(files: number): number {
  return Math.min(availableParallelism(), Math.floor(files / MIN_FILES_PER_WORKER));
}

/** On the main thread. */
function localPool(settings: IngestSettings): StagePool {
  const stages = new Stages(settings);
  return {
    async prepare(files, onDone) {
      const results = new Map<string, PrepareResult>();
      for (const file of files) {
        const result = await stages.prepare(file);
        results.set(file, result);
        onDone(file, result);
      }
      return results;
    },
    async write(files, keys) {
      const out: Written[] = [];
      for (const file of files) out.push(await stages.write(file, keys));
      return out;
    },
    async close() {},
  };
}

/** Worker threads; a source goes back to the worker that prepared it. */
function threadPool(settings: IngestSettings, size: number): StagePool {
  const workers = Array.from(
    { length: size },
    () => new Worker(new URL('./worker.ts', import.meta.url), { workerData: { root: settings.paths.root, force: settings.force } }),
  );
  const owner = new Map<string, Worker>();
  let nextId = 0;
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  for (const w of workers) {
    w.on('message', (m: { id: number; value?: unknown; error?: string }) => {
      const p = pending.get(m.id);
      pending.delete(m.id);
      if (m.error !== undefined) p?.reject(new Error(m.error));
      else p?.resolve(m.value);
    });
    w.on('error', (e) => {
      for (const p of pending.values()) p.reject(e);
      pending.clear();
    });
  }
  const send = <T>(w: Worker, job: JobInput): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      w.postMessage({ ...job, id });
    });
  // Each worker takes the next job as soon as it is free.
  const drain = async <T>(items: readonly string[], run: (w: Worker, item: string, first: boolean) => Promise<T>, pickWorker?: (item: string) => Worker) => {
    const queues = new Map<Worker, string[]>(workers.map((w) => [w, []]));
    if (pickWorker) for (const item of items) queues.get(pickWorker(item))!.push(item);
    let next = 0;
    await Promise.all(
      workers.map(async (w) => {
        let first = true;
        for (;;) {
          const item = pickWorker ? queues.get(w)!.shift() : next < items.length ? items[next++] : undefined;
          if (item === undefined) return;
          await run(w, item, first);
          first = false;
        }
      }),
    );
  };
  return {
    async prepare(files, onDone) {
      const results = new Map<string, PrepareResult>();
      await drain(files, async (w, file) => {
        const result = await send<PrepareResult>(w, { type: 'prepare', file });
        owner.set(file, w);
        results.set(file, result);
        onDone(file, result);
      });
      return results;
    },
    async write(files, keys) {
      const out: Written[] = [];
      await drain(
        files,
        async (w, file, first) => out.push(await send<Written>(w, { type: 'write', file, keys: first ? [...keys] : undefined })),
        (file) => owner.get(file)!,
      );
      return out;
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}

export function stagePool(settings: IngestSettings, files: number): StagePool {
  const size = workersFor(files);
  return size >= 2 ? threadPool(settings, size) : localPool(settings);
}

// Runs the ingest stages in worker threads: one per core for a large batch, one for
// a small one. Each source is prepared and written by the same worker, which holds
// it in between. A worker that dies (out of memory, a crash) fails only the source
// it was working on: a new worker takes its place for the next source, prepares again
// what the dead one held, and the batch goes on, so the summary and the manifest are
// always written.
import { getCompileCacheDir } from 'node:module';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { IngestSettings } from './ingest-file.ts';
import type { PolicyKey } from './link-references.ts';
import type { PrepareResult, Written } from './stages.ts';
import { describeFailure, workerStopped, type Failure } from './failure.ts';

const MIN_FILES_PER_WORKER = 8;

type JobInput = { type: 'prepare'; file: string } | { type: 'write'; file: string; keys?: PolicyKey[] };

export type WriteResult = { ok: true; written: Written } | { ok: false; error: Failure };

export interface StagePool {
  /** Never rejects: a source that fails, or whose worker dies, gets a failed result. */
  prepare(files: readonly string[], onDone: (file: string, result: PrepareResult) => void): Promise<Map<string, PrepareResult>>;
  write(files: readonly string[], keys: readonly PolicyKey[]): Promise<WriteResult[]>;
  close(): Promise<void>;
}

export function workersFor(files: number): number {
  return Math.max(1, Math.min(availableParallelism(), Math.floor(files / MIN_FILES_PER_WORKER)));
}

/** Why a worker stopped, as the error its job is failed with. */
class WorkerStopped extends Error {
  readonly outOfMemory: boolean;
  constructor(reason: string, outOfMemory: boolean) {
    super(reason);
    this.outOfMemory = outOfMemory;
  }
}

/**
 * One worker and the job it is on. A worker that dies is replaced when the next job
 * comes, not at once: a worker that cannot even start fails each job, never loops.
 */
class Slot {
  worker: Worker | null = null;
  private job: { resolve: (v: unknown) => void; reject: (e: Error) => void } | null = null;
  private nextId = 0;
  /** Workers that were sent the batch's policy keys. */
  readonly hasKeys = new WeakSet<Worker>();
  private readonly start: () => Worker;

  constructor(start: () => Worker) {
    this.start = start;
  }

  /** The worker, started if there is none. */
  ready(): Worker {
    if (this.worker) return this.worker;
    const worker = this.start();
    this.worker = worker;
    const stopped = (error: WorkerStopped) => {
      if (this.worker !== worker) return;
      this.worker = null;
      this.job?.reject(error);
      this.job = null;
    };
    worker.on('message', (m: { value?: unknown; error?: string }) => {
      const job = this.job;
      this.job = null;
      if (m.error !== undefined) job?.reject(new Error(m.error));
      else job?.resolve(m.value);
    });
    worker.on('error', (e: Error & { code?: string }) => stopped(new WorkerStopped(e.message, e.code === 'ERR_WORKER_OUT_OF_MEMORY')));
    worker.on('exit', (code) => stopped(new WorkerStopped(`it exited with code ${code}`, false)));
    return worker;
  }

  send<T>(job: JobInput): Promise<T> {
    const worker = this.ready();
    return new Promise<T>((resolve, reject) => {
      this.job = { resolve: resolve as (v: unknown) => void, reject };
      worker.postMessage({ ...job, id: this.nextId++ });
    });
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    await worker?.terminate();
  }
}

/** A failure for `file` from what its job threw: its worker stopping, or an error in the stage. */
function failureOf(error: unknown, file: string, settings: IngestSettings): Failure {
  return error instanceof WorkerStopped ? workerStopped(file, error.message, error.outOfMemory, settings.workerHeapMb) : describeFailure(error, file);
}

export function stagePool(settings: IngestSettings, files: number): StagePool {
  const heap = settings.workerHeapMb;
  // Workers use the compile cache when this thread does (scripts/luoshi.ts enables it).
  const cache = getCompileCacheDir();
  const start = () =>
    new Worker(new URL('./worker.ts', import.meta.url), {
      env: cache ? { ...process.env, NODE_COMPILE_CACHE: cache } : process.env,
      workerData: { root: settings.paths.root, force: settings.force, limits: settings.limits },
      resourceLimits: heap ? { maxOldGenerationSizeMb: heap } : undefined,
    });
  // Made when there is work (a re-run where nothing changed starts no worker).
  let slots: Slot[] = [];
  const makeSlots = (items: number) => {
    if (!slots.length && items) slots = Array.from({ length: workersFor(Math.max(files, items)) }, () => new Slot(start));
  };
  /** The worker that prepared (and holds) each source. */
  const owner = new Map<string, Worker>();

  // Each worker takes the next job as soon as it is free.
  const drain = async (items: readonly string[], run: (slot: Slot, item: string) => Promise<void>, queueOf?: (item: string) => Slot | undefined) => {
    const queues = new Map<Slot, string[]>(slots.map((s) => [s, []]));
    for (const item of queueOf ? items : []) {
      const slot = queueOf!(item);
      if (slot) queues.get(slot)!.push(item);
    }
    let next = 0;
    await Promise.all(
      slots.map(async (slot) => {
        for (;;) {
          const item = queueOf ? queues.get(slot)!.shift() : next < items.length ? items[next++] : undefined;
          if (item === undefined) return;
          await run(slot, item);
        }
      }),
    );
  };

  const prepare: StagePool['prepare'] = async (files, onDone) => {
    const results = new Map<string, PrepareResult>();
    makeSlots(files.length);
    await drain(files, async (slot, file) => {
      let result: PrepareResult;
      try {
        result = await slot.send<PrepareResult>({ type: 'prepare', file });
        owner.set(file, slot.worker!);
      } catch (error) {
        result = { ok: false, error: failureOf(error, file, settings) };
      }
      results.set(file, result);
      onDone(file, result);
    });
    return results;
  };
  const slotOf = (file: string) => slots.find((s) => s.worker && s.worker === owner.get(file));

  return {
    prepare,
    async write(files, keys) {
      const out: WriteResult[] = [];
      // What a worker held when it died is prepared again by a living one.
      for (const [, r] of await prepare(
        files.filter((f) => !slotOf(f)),
        () => {},
      ))
        if (!r.ok) out.push(r);
      const lost = (file: string): WriteResult => ({
        ok: false,
        error: workerStopped(file, 'it stopped while writing another source that it held', false, heap),
      });
      await drain(
        files,
        async (slot, file) => {
          const worker = slot.worker;
          if (!worker || owner.get(file) !== worker) return void out.push(lost(file));
          try {
            const written = await slot.send<Written>({ type: 'write', file, keys: slot.hasKeys.has(worker) ? undefined : [...keys] });
            slot.hasKeys.add(worker);
            out.push({ ok: true, written });
          } catch (error) {
            out.push({ ok: false, error: failureOf(error, file, settings) });
          }
        },
        slotOf,
      );
      return out;
    },
    async close() {
      await Promise.all(slots.map((s) => s.close()));
    },
  };
}

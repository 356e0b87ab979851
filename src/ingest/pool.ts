// Runs the ingest stages in worker processes: one per core for a large batch, one for
// a small one. Each source is prepared and written by the same worker, which holds
// it in between. A worker has its next job waiting while it works, so it never waits
// for this process to be scheduled. A worker that dies (out of memory, a crash) fails
// only the source it was working on: a new worker takes its place, is sent again the
// source that waited to be prepared (one that waited to be written is reported lost,
// as is everything else the dead worker held, unless it can be prepared again before
// the writing starts), and the batch goes on, so the summary and the manifest are
// always written. Processes, not threads: a thread that reaches its heap limit may
// abort the whole process (V8's termination at the limit is best effort).
import { fork, type ChildProcess } from 'node:child_process';
import { getCompileCacheDir } from 'node:module';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { IngestSettings } from './ingest-file.ts';
import type { PolicyKey } from './link-references.ts';
import type { PrepareResult, Written } from './stages.ts';
import { describeFailure, workerStopped, type Failure } from './failure.ts';

const MIN_FILES_PER_WORKER = 8;
/** Jobs sent to a worker at once: the one it works on and the next. */
const IN_FLIGHT = 2;
/** Size in MB of each half of a worker's young generation. */
const YOUNG_SEMI_SPACE_MB = 16;

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

/** A job that was waiting when its worker stopped: another job stopped it, so this one is sent again. */
class NotStarted extends Error {}

/**
 * One worker and the jobs sent to it, which it runs in order: when it dies, the
 * oldest is the one it was on. A worker that dies is replaced when the next job
 * comes, not at once: a worker that cannot even start fails each job, never loops.
 */
type Worker = ChildProcess;

class Slot {
  worker: Worker | null = null;
  private jobs: { resolve: (v: unknown) => void; reject: (e: Error) => void }[] = [];
  private nextId = 0;
  /** Workers that were sent the batch's policy keys. */
  readonly hasKeys = new WeakSet<Worker>();
  private readonly start: () => Worker;

  constructor(start: () => Worker) {
    this.start = start;
  }

  /** Settles when the worker listens for jobs (messages sent before would be lost), or fails when it stops first. */
  private listening: Promise<void> = Promise.resolve();

  /** The worker, started if there is none. */
  ready(): Worker {
    if (this.worker) return this.worker;
    const worker = this.start();
    this.worker = worker;
    let listens: () => void = () => {};
    let fails: (e: WorkerStopped) => void = () => {};
    this.listening = new Promise<void>((resolve, reject) => ((listens = resolve), (fails = reject)));
    this.listening.catch(() => {});
    const stopped = (error: WorkerStopped) => {
      fails(error);
      if (this.worker !== worker) return;
      this.worker = null;
      const [current, ...waiting] = this.jobs;
      this.jobs = [];
      current?.reject(error);
      for (const job of waiting) job.reject(new NotStarted());
    };
    worker.on('message', (m: { ready?: true; value?: unknown; error?: string }) => {
      if (m.ready) return listens();
      if (this.worker !== worker) return;
      const job = this.jobs.shift();
      if (m.error !== undefined) job?.reject(new Error(m.error));
      else job?.resolve(m.value);
    });
    worker.on('error', (e: Error) => stopped(new WorkerStopped(e.message, false)));
    // V8 aborts a process whose heap is full. 'close', not 'exit': by then every reply
    // the worker sent has arrived, so a job it finished is not blamed for its death.
    worker.on('close', (code, signal) =>
      stopped(new WorkerStopped(signal ? `it was stopped by ${signal}` : `it exited with code ${code}`, signal === 'SIGABRT' || code === 134)),
    );
    return worker;
  }

  /** Runs `job` on this slot's worker; resolves with its value and the worker that ran it. */
  async send<T>(job: JobInput): Promise<{ value: T; worker: Worker }> {
    const worker = this.ready();
    await this.listening;
    // The worker stopped while this job waited for it to listen.
    if (this.worker !== worker) throw new NotStarted();
    const value = await new Promise<T>((resolve, reject) => {
      this.jobs.push({ resolve: resolve as (v: unknown) => void, reject });
      // A send that fails finds the worker dying: its 'close' settles the job.
      worker.send({ ...job, id: this.nextId++ }, () => {});
    });
    return { value, worker };
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    if (!worker || worker.exitCode !== null || worker.signalCode !== null) return;
    await new Promise<void>((resolve) => {
      worker.once('exit', () => resolve());
      worker.kill();
    });
  }
}

/** A failure for `file` from what its job threw: its worker stopping, or an error in the stage. */
function failureOf(error: unknown, file: string, settings: IngestSettings): Failure {
  return error instanceof WorkerStopped ? workerStopped(file, error.message, error.outOfMemory, settings.workerHeapMb) : describeFailure(error, file);
}

export function stagePool(settings: IngestSettings, files: number): StagePool {
  const heap = settings.workerHeapMb;
  // Workers use the compile cache when this process does (scripts/luoshi.ts enables it).
  const cache = getCompileCacheDir();
  const start = () =>
    fork(fileURLToPath(new URL('./worker.ts', import.meta.url)), [], {
      execArgv: [
        ...process.execArgv.filter((a) => !a.startsWith('--max-old-space-size')),
        ...(heap ? [`--max-old-space-size=${heap}`] : []),
        // A worker makes many short-lived strings: a young generation larger than V8's
        // default collects them less often (about 5 % less time in paired runs of bench:ingest).
        ...(process.execArgv.some((a) => a.startsWith('--max-semi-space-size')) ? [] : [`--max-semi-space-size=${YOUNG_SEMI_SPACE_MB}`]),
      ],
      env: {
        ...process.env,
        ...(cache ? { NODE_COMPILE_CACHE: cache } : {}),
        LUOSHI_INGEST_WORKER: JSON.stringify({ root: settings.paths.root, force: settings.force, limits: settings.limits }),
      },
      serialization: 'advanced',
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
  // Made when there is work (a re-run where nothing changed starts no worker).
  let slots: Slot[] = [];
  const makeSlots = (items: number) => {
    if (!slots.length && items) slots = Array.from({ length: workersFor(Math.max(files, items)) }, () => new Slot(start));
  };
  /** The worker that prepared (and holds) each source. */
  const owner = new Map<string, Worker>();

  // Each worker has IN_FLIGHT jobs sent, and is sent the next as soon as one is done.
  const drain = async (items: readonly string[], run: (slot: Slot, item: string) => Promise<void>, queueOf?: (item: string) => Slot | undefined) => {
    const queues = new Map<Slot, string[]>(slots.map((s) => [s, []]));
    for (const item of queueOf ? items : []) {
      const slot = queueOf!(item);
      if (slot) queues.get(slot)!.push(item);
    }
    let next = 0;
    await Promise.all(
      slots.flatMap((slot) =>
        Array.from({ length: IN_FLIGHT }, async () => {
          for (;;) {
            const item = queueOf ? queues.get(slot)!.shift() : next < items.length ? items[next++] : undefined;
            if (item === undefined) return;
            await run(slot, item);
          }
        }),
      ),
    );
  };

  const prepare: StagePool['prepare'] = async (files, onDone) => {
    const results = new Map<string, PrepareResult>();
    makeSlots(files.length);
    const run = async (slot: Slot, file: string): Promise<void> => {
      let result: PrepareResult;
      try {
        const { value, worker } = await slot.send<PrepareResult>({ type: 'prepare', file });
        result = value;
        owner.set(file, worker);
      } catch (error) {
        if (error instanceof NotStarted) return run(slot, file);
        result = { ok: false, error: failureOf(error, file, settings) };
      }
      results.set(file, result);
      onDone(file, result);
    };
    await drain(files, run);
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
          const withKeys = !slot.hasKeys.has(worker);
          slot.hasKeys.add(worker);
          try {
            const { value } = await slot.send<Written>({ type: 'write', file, keys: withKeys ? [...keys] : undefined });
            out.push({ ok: true, written: value });
          } catch (error) {
            // Its worker stopped on another source before this one was written: what it held is gone.
            out.push(error instanceof NotStarted ? lost(file) : { ok: false, error: failureOf(error, file, settings) });
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

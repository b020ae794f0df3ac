// Runs the per-file work on worker threads (or, without a worker script, in this thread) and hands the
// results over strictly in input order. Only a small window of files runs ahead of the next one to be
// written, so memory stays bounded however many files there are.

import { Worker } from 'node:worker_threads';
import { processFile, type FileResult, type FileTask, type TaskSettings } from './process';

/** The marker in `workerData` that tells the bundle it was started as a worker. */
export const WORKER_FLAG = 'nianbaoWorker';

export interface PoolOptions {
  jobs: number;
  /** The script a worker runs (the CLI bundle itself); null runs every file in this thread. */
  workerScript: string | null;
  /** The cap on a worker's old-generation heap, in MB (tests make it tiny to see the recovery work). */
  heapMb?: number;
}

/**
 * A worker's heap is capped so that V8 collects garbage before it grows far: ten thousand reports then run
 * in bounded memory. A file that needs more (a report near the 2 MB limit with huge tables) makes its worker
 * run out of memory; that file is then processed again in this thread, which has no such cap.
 */
const WORKER_HEAP_MB = 128;

export async function runTasks(
  tasks: readonly FileTask[],
  settings: TaskSettings,
  pool: PoolOptions,
  onResult: (result: FileResult) => void | Promise<void>,
): Promise<void> {
  const jobs = Math.max(1, Math.min(pool.jobs, tasks.length));
  if (pool.workerScript === null || jobs <= 1) {
    for (const task of tasks) await onResult(await processFile(task, settings));
    return;
  }
  const script = pool.workerScript;
  // Each worker holds two files, so it never waits for the next; files run at most this far ahead of output.
  const perWorker = 2;
  const window = jobs * 8;
  await new Promise<void>((resolve, reject) => {
    const pending = new Map<number, FileResult>();
    // The tasks each worker holds, oldest first: a worker processes them in order.
    const inFlight = new Map<Worker, number[]>();
    // Tasks handed back by a worker that failed, to be sent again before new ones.
    const retry: number[] = [];
    const served = new Map<Worker, number>();
    let nextTask = 0;
    let nextEmit = 0;
    let flushing = false;
    let done = false;
    const workers: Worker[] = [];

    const finish = (error?: unknown) => {
      if (done) return;
      done = true;
      for (const worker of workers) void worker.terminate();
      // A worker may fail with anything; whatever it is, its string form is all there is to say.
      // eslint-disable-next-line @typescript-eslint/no-base-to-string
      if (error) reject(error instanceof Error ? error : new Error(String(error)));
      else resolve();
    };

    const dispatch = () => {
      for (const worker of workers) {
        const held = inFlight.get(worker);
        if (!held) continue;
        while (held.length < perWorker && (retry.length > 0 || (nextTask < tasks.length && nextTask - nextEmit < window))) {
          const index = retry.length > 0 ? retry.shift()! : nextTask++;
          held.push(index);
          worker.postMessage(tasks[index]);
        }
      }
    };

    const flush = async () => {
      if (flushing || done) return;
      flushing = true;
      try {
        while (pending.has(nextEmit)) {
          const result = pending.get(nextEmit)!;
          pending.delete(nextEmit);
          nextEmit++;
          await onResult(result);
        }
      } catch (error) {
        finish(error);
        return;
      } finally {
        flushing = false;
      }
      if (nextEmit === tasks.length) finish();
      else dispatch();
    };

    /** Without any worker left, the remaining files are processed in this thread, still one window at a time. */
    const inMainThread = async () => {
      while (!done && (retry.length > 0 || nextTask < tasks.length)) {
        // Output that cannot keep up (a slow pipe) holds this loop back, as it holds the workers back.
        // (Files handed back by a dead worker come first: the output may be waiting for them.)
        while (!done && retry.length === 0 && nextTask - nextEmit >= window) await new Promise((resolve) => setImmediate(resolve));
        const index = retry.length > 0 ? retry.shift()! : nextTask++;
        try {
          pending.set(index, await processFile(tasks[index]!, settings));
        } catch (error) {
          return finish(error);
        }
        await flush();
      }
    };

    const spawn = () => {
      const worker = new Worker(script, {
        workerData: { [WORKER_FLAG]: true, settings },
        resourceLimits: { maxOldGenerationSizeMb: pool.heapMb ?? WORKER_HEAP_MB },
      });
      workers.push(worker);
      inFlight.set(worker, []);
      worker.on('message', (message: string) => {
        const result = JSON.parse(message) as FileResult;
        served.set(worker, (served.get(worker) ?? 0) + 1);
        const held = inFlight.get(worker);
        const at = held?.indexOf(result.index) ?? -1;
        if (held && at >= 0) held.splice(at, 1);
        pending.set(result.index, result);
        dispatch();
        void flush();
      });
      worker.on('error', (error: Error & { code?: string }) => {
        if (done) return;
        const held = inFlight.get(worker) ?? [];
        inFlight.delete(worker);
        workers.splice(workers.indexOf(worker), 1);
        if (error.code !== 'ERR_WORKER_OUT_OF_MEMORY') return finish(error);
        // The oldest file held is the one that was being processed: it runs here; the others go back in line.
        const [culprit, ...others] = held;
        retry.unshift(...others);
        if (culprit !== undefined) {
          // Reading a PDF is asynchronous: the file's result comes in when it is ready.
          processFile(tasks[culprit]!, settings).then(
            (result) => {
              pending.set(culprit, result);
              void flush();
            },
            (inner: unknown) => finish(inner),
          );
        }
        // A worker that had already served files met one heavy file: replace it. One that could not even
        // serve a file would fail again: the files left are then processed here.
        if (served.get(worker)) spawn();
        if (workers.length === 0) void inMainThread();
        else dispatch();
        void flush();
      });
      worker.on('exit', (code) => {
        if (!done && code !== 0 && inFlight.has(worker)) finish(new Error(`worker exited with code ${code}`));
      });
    };
    for (let i = 0; i < jobs; i++) spawn();
    dispatch();
  });
}

/**
 * The loop of a worker thread: one file in, one result out. The result goes as a JSON string: copying one
 * string between threads is far cheaper for the worker than the structured clone of many small objects,
 * and the main thread, which mostly waits, parses it.
 */
export function serveWorker(
  port: { on(event: 'message', listener: (task: FileTask) => void): void; postMessage(result: string): void },
  settings: TaskSettings,
): void {
  port.on('message', (task) => void processFile(task, settings).then((result) => port.postMessage(JSON.stringify(result))));
}

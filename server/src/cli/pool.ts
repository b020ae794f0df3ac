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
}

export async function runTasks(
  tasks: readonly FileTask[],
  settings: TaskSettings,
  pool: PoolOptions,
  onResult: (result: FileResult) => void | Promise<void>,
): Promise<void> {
  const jobs = Math.max(1, Math.min(pool.jobs, tasks.length));
  if (pool.workerScript === null || jobs <= 1) {
    for (const task of tasks) await onResult(processFile(task, settings));
    return;
  }
  const script = pool.workerScript;
  // Each worker holds two files, so it never waits for the next; files run at most this far ahead of output.
  const perWorker = 2;
  const window = jobs * 8;
  await new Promise<void>((resolve, reject) => {
    const pending = new Map<number, FileResult>();
    const inFlight = new Map<Worker, number>();
    let nextTask = 0;
    let nextEmit = 0;
    let flushing = false;
    let done = false;
    const workers: Worker[] = [];

    const finish = (error?: unknown) => {
      if (done) return;
      done = true;
      for (const worker of workers) void worker.terminate();
      if (error) reject(error instanceof Error ? error : new Error(String(error)));
      else resolve();
    };

    const dispatch = () => {
      for (const worker of workers) {
        while ((inFlight.get(worker) ?? 0) < perWorker && nextTask < tasks.length && nextTask - nextEmit < window) {
          inFlight.set(worker, (inFlight.get(worker) ?? 0) + 1);
          worker.postMessage(tasks[nextTask++]);
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

    for (let i = 0; i < jobs; i++) {
      const worker = new Worker(script, { workerData: { [WORKER_FLAG]: true, settings } });
      workers.push(worker);
      inFlight.set(worker, 0);
      worker.on('message', (result: FileResult) => {
        inFlight.set(worker, (inFlight.get(worker) ?? 1) - 1);
        pending.set(result.index, result);
        dispatch();
        void flush();
      });
      worker.on('error', (error) => finish(error));
      worker.on('exit', (code) => {
        if (!done && code !== 0) finish(new Error(`worker exited with code ${code}`));
      });
    }
    dispatch();
  });
}

/** The loop of a worker thread: one file in, one result out. */
export function serveWorker(port: { on(event: 'message', listener: (task: FileTask) => void): void; postMessage(result: FileResult): void }, settings: TaskSettings): void {
  port.on('message', (task) => port.postMessage(processFile(task, settings)));
}

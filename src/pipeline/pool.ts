import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { SourceFile } from '../scan/source-file.js';
import type { BatchTask, FileOutcome } from './batch.js';
import type { AnalyzeOptions } from './options.js';
import type { Projected, Projection } from './projection.js';
import type { Piscina } from 'piscina';

/**
 * The worker's entry: beside this module when it runs compiled (dist/src/pipeline/worker.js),
 * one folder up when it runs bundled from a chunk (dist/chunks/… → dist/worker.js).
 */
const WORKER_FILE = [new URL('./worker.js', import.meta.url), new URL('../worker.js', import.meta.url)].map((url) => fileURLToPath(url)).find((file) => existsSync(file)) ?? fileURLToPath(new URL('./worker.js', import.meta.url));

/** Batches per thread: enough to even out uneven files, few enough that messages stay rare. */
const BATCHES_PER_THREAD = 8;

/**
 * Reads and analyzes files on a pool of worker threads, sending batches of paths. Each batch's
 * outcomes go to `deliver` as soon as it finishes, with the index of its first file.
 */
export async function analyzeOnPool<P extends Projection>(
  files: readonly SourceFile[],
  options: AnalyzeOptions,
  projection: P,
  deliver: (start: number, outcomes: FileOutcome<Projected<P>>[]) => void,
): Promise<void> {
  const threads = Math.max(1, Math.min(availableParallelism(), files.length));
  const batches = splitIntoBatches(files, threads * BATCHES_PER_THREAD);
  const pool = await startPool<BatchTask<P>, FileOutcome<Projected<P>>[]>(threads);
  try {
    let start = 0;
    await Promise.all(batches.map(async (batch) => {
      const first = start;
      start += batch.length;
      deliver(first, await pool.run({ files: batch, options, projection }));
    }));
  } finally {
    await pool.destroy();
  }
}

/**
 * A pool of `threads` worker threads running worker.ts (file batches and history replays).
 * Loaded on demand: a one-file run never pays for the pool's import. Destroy it when done.
 */
export async function startPool<Task, Result>(threads: number): Promise<Piscina<Task, Result>> {
  const { Piscina } = await import('piscina');
  const pool = new Piscina<Task, Result>({ filename: WORKER_FILE, minThreads: threads, maxThreads: threads });
  // A worker that fails to start fails the tasks given to it; unheard, the event would end the process.
  pool.on('error', () => undefined);
  return pool;
}

/** Splits files into at most `count` contiguous batches of near-equal length. */
export function splitIntoBatches<T>(files: readonly T[], count: number): T[][] {
  const size = Math.max(1, Math.ceil(files.length / Math.max(1, count)));
  const batches: T[][] = [];
  for (let start = 0; start < files.length; start += size) batches.push(files.slice(start, start + size));
  return batches;
}

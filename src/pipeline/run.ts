import { ok as assert } from 'node:assert';
import type { DocReport } from '../model/progress.js';
import type { SourceFile } from '../scan/source-file.js';
import { analyzeSource, type FileOutcome } from './batch.js';
import { IoError } from './io-error.js';
import { isSmallJob } from './job-size.js';
import type { AnalyzeOptions } from './options.js';
import { analyzeOnPool } from './pool.js';
import type { Projected, Projection } from './projection.js';

/** How to run a job and what to hand back. */
export interface AnalyzeFilesRun<P extends Projection> {
  /** What each document yields; `{ kind: 'report' }` (the DocReport) unless said otherwise. */
  readonly projection?: P;
  /** Called as files finish: how many are done out of how many. */
  readonly onProgress?: (done: number, total: number) => void;
  /** `auto` (the default) picks by job size; tests and benchmarks force one or the other. */
  readonly mode?: 'auto' | 'inline' | 'pool';
}

const REPORT = { kind: 'report' } as const;

/**
 * Reads and analyzes every file, results in input order. Small jobs run in this thread; larger
 * ones on a worker pool. Throws IoError for the first file (in input order) that cannot be read.
 */
export async function analyzeFiles(
  files: readonly SourceFile[],
  options: AnalyzeOptions,
  run?: AnalyzeFilesRun<typeof REPORT>,
): Promise<DocReport[]>;
export async function analyzeFiles<P extends Projection>(
  files: readonly SourceFile[],
  options: AnalyzeOptions,
  run: AnalyzeFilesRun<P> & { readonly projection: P },
): Promise<Projected<P>[]>;
export async function analyzeFiles(
  files: readonly SourceFile[],
  options: AnalyzeOptions,
  run: AnalyzeFilesRun<Projection> = {},
): Promise<unknown[]> {
  const values: unknown[] = [];
  await analyzeEach(files, options, run, (value) => values.push(value));
  return values;
}

/**
 * The same, handing each result to `emit` in input order as soon as it and every result
 * before it are ready — so a caller can write tens of megabytes of output without holding it.
 */
export async function analyzeEach(
  files: readonly SourceFile[],
  options: AnalyzeOptions,
  run: AnalyzeFilesRun<Projection>,
  emit: (value: unknown, index: number) => void,
): Promise<void> {
  const projection = run.projection ?? REPORT;
  const mode = run.mode ?? 'auto';
  const inline = mode === 'inline' || (mode === 'auto' && (await isSmallJob(files)));
  const waiting = new Map<number, FileOutcome<unknown>>();
  let next = 0;
  const deliver = (start: number, outcomes: readonly FileOutcome<unknown>[]): void => {
    outcomes.forEach((outcome, offset) => waiting.set(start + offset, outcome));
    for (let outcome = waiting.get(next); outcome !== undefined; outcome = waiting.get(next)) {
      waiting.delete(next);
      const file = files[next];
      assert(file !== undefined, 'expected one outcome per file');
      if (!outcome.ok) throw new IoError(file.display, outcome.code);
      emit(outcome.value, next);
      next++;
      run.onProgress?.(next, files.length);
    }
  };
  if (inline) files.forEach((file, index) => deliver(index, [analyzeSource(file, options, projection)]));
  else await analyzeOnPool(files, options, projection, deliver);
  assert(next === files.length, 'expected every file delivered');
}

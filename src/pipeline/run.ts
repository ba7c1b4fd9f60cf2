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
  const projection = run.projection ?? REPORT;
  const report = (done: number): void => run.onProgress?.(done, files.length);
  const mode = run.mode ?? 'auto';
  const inline = mode === 'inline' || (mode === 'auto' && (await isSmallJob(files)));
  const outcomes = inline
    ? analyzeInline(files, options, projection, report)
    : await analyzeOnPool(files, options, projection, report);
  return files.map((file, index) => {
    const outcome = outcomes[index];
    assert(outcome !== undefined, 'expected one outcome per file');
    if (!outcome.ok) throw new IoError(file.display, outcome.code);
    return outcome.value;
  });
}

function analyzeInline(
  files: readonly SourceFile[],
  options: AnalyzeOptions,
  projection: Projection,
  onProgress: (done: number) => void,
): FileOutcome<unknown>[] {
  return files.map((file, index) => {
    const outcome = analyzeSource(file, options, projection);
    onProgress(index + 1);
    return outcome;
  });
}

import { readFileSync } from 'node:fs';
import type { SourceFile } from '../scan/source-file.js';
import { analyze } from './analyze.js';
import { errorCode } from './io-error.js';
import type { AnalyzeOptions } from './options.js';
import { project, type Projected, type Projection } from './projection.js';

/** A batch of files to read and analyze — one worker task, or the whole job when run inline. */
export interface BatchTask<P extends Projection = Projection> {
  readonly files: readonly SourceFile[];
  readonly options: AnalyzeOptions;
  readonly projection: P;
}

/**
 * One file's outcome. A read failure travels back as data rather than a thrown error because
 * errors lose their class and fields when cloned out of a worker.
 */
export type FileOutcome<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly code: string };

/** Reads and analyzes each file of the batch, in order. */
export function analyzeBatch<P extends Projection>(task: BatchTask<P>): FileOutcome<Projected<P>>[] {
  return task.files.map((file) => analyzeSource(file, task.options, task.projection));
}

/** Reads and analyzes one file. */
export function analyzeSource<P extends Projection>(
  file: SourceFile,
  options: AnalyzeOptions,
  projection: P,
): FileOutcome<Projected<P>> {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file.path);
  } catch (error) {
    return { ok: false, code: errorCode(error) };
  }
  try {
    return { ok: true, value: project(analyze(bytes, file.display, options), projection, options) };
  } catch (error) {
    // A bug in analysis, not in the user's file: keep the stack, add which file set it off.
    throw new Error(`analyzing ${file.display}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}

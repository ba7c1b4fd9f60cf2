import { stat } from 'node:fs/promises';
import type { SourceFile } from '../scan/source-file.js';

/*
 * Above these a job goes to the worker pool. Starting workers costs ~40 ms plus loading the
 * analyzer in each (~40 ms more), which pays off only once analysis itself takes longer than
 * that; analysis runs at a few MB/s, so the break-even on 2 cores is around a megabyte.
 */

/** Most files analyzed in the main thread. */
export const INLINE_MAX_FILES = 64;
/** Most bytes, all files together, analyzed in the main thread. */
export const INLINE_MAX_BYTES = 1024 * 1024;

/** True when analyzing in the main thread beats starting workers. */
export async function isSmallJob(files: readonly SourceFile[]): Promise<boolean> {
  if (files.length <= 1) return true;
  if (files.length > INLINE_MAX_FILES) return false;
  // A file that cannot be stat'ed counts as empty: reading it later reports the real error.
  const sizes = await Promise.all(files.map((file) => stat(file.path).then((info) => info.size, () => 0)));
  return sizes.reduce((sum, size) => sum + size, 0) <= INLINE_MAX_BYTES;
}

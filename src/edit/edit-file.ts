import { readFile } from 'node:fs/promises';
import type { ItemState } from '../model/item.js';
import { IoError, errorCode } from '../pipeline/io-error.js';
import { writeAtomically } from './atomic-write.js';
import type { EditOptions } from './document.js';
import { WriteConflictError } from './errors.js';
import { contentHash } from './hash.js';
import type { LockOptions } from './lock.js';
import { setItemState, type StateEdit } from './set-state.js';
import type { ItemTarget } from './target.js';

/** One state change asked of a file (the CLI, `headway serve` and the MCP tool all ask the same way). */
export interface SetStateRequest {
  /** The file's path on disk. */
  readonly path: string;
  /** The path as shown and as analysis reads it (cwd- or project-relative, `/` separators). */
  readonly display: string;
  readonly target: ItemTarget;
  readonly state: ItemState;
  /** The hash of the version the caller saw (`--expect-hash`, the HTTP `If-Match`); refused when the file differs. */
  readonly expectedHash?: string | null;
  readonly options: EditOptions;
  readonly lock?: LockOptions;
}

/** What was done. */
export interface SetStateResult {
  readonly edit: StateEdit;
  /** sha256 of the file as read. */
  readonly hashBefore: string;
  /** sha256 of the file now: pass it as the expected hash of the next edit. */
  readonly hash: string;
  /** False when the item already had the state and nothing was written. */
  readonly written: boolean;
}

/**
 * Reads the file, sets the item's state (setItemState) and writes the result atomically,
 * refused if the file changed since it was read — or since the caller's `expectedHash`.
 * Throws EditError, WriteConflictError, LockTimeoutError or IoError.
 */
export async function setStateInFile(request: SetStateRequest): Promise<SetStateResult> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(request.path);
  } catch (error) {
    throw new IoError(request.display, errorCode(error), 'read');
  }
  const hashBefore = contentHash(bytes);
  const expected = request.expectedHash ?? hashBefore;
  if (expected !== hashBefore) throw new WriteConflictError(request.display, expected, hashBefore);
  const edit = setItemState(bytes, request.display, request.target, request.state, request.options);
  if (!edit.changed) return { edit, hashBefore, hash: hashBefore, written: false };
  await writeAtomically(request.path, edit.bytes, {
    expectedHash: hashBefore,
    display: request.display,
    ...(request.lock === undefined ? {} : { lock: request.lock }),
  });
  return { edit, hashBefore, hash: contentHash(edit.bytes), written: true };
}

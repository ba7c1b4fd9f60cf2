import { resolve } from 'node:path';
import { EditError, LockTimeoutError, setStateInFile, WriteConflictError } from '../edit/index.js';
import type { ItemState } from '../model/item.js';
import { ApiError } from './errors.js';
import type { ItemRef, Portfolio } from './portfolio.js';
import { refresh } from './refresh.js';

/** HTTP statuses of the edit path's refusals. */
const REFUSAL_STATUS: Readonly<Record<string, number>> = {
  'not-found': 404,
  ambiguous: 409,
  'no-marker': 422,
  'unsupported-state': 422,
  encoding: 422,
  unencodable: 422,
  'surprising-result': 422,
};

/**
 * The API's write: the item's state written into its file by the edit path (marker bytes
 * only, atomic, locked), refused when the file is not the version the client read (the hash
 * it sends, else the one the server last read), then the document re-read and announced.
 */
export function stateSetter(portfolio: Portfolio): (ref: ItemRef, state: string, expectedHash: string | null) => Promise<{ hash: string }> {
  return async (ref, state, expectedHash) => {
    const { project, document } = ref;
    try {
      const result = await setStateInFile({
        path: resolve(project.settings.root, document.path),
        display: document.path,
        target: { id: ref.item.id },
        state: state as ItemState,
        expectedHash: expectedHash ?? document.hash,
        options: { vocabulary: project.settings.options.vocabulary },
      });
      await refresh(portfolio, project, [document.path]);
      return { hash: result.hash };
    } catch (error) {
      if (error instanceof WriteConflictError) throw new ApiError(409, 'conflict', error.message);
      if (error instanceof LockTimeoutError) throw new ApiError(503, 'busy', error.message);
      if (error instanceof EditError) throw new ApiError(REFUSAL_STATUS[error.reason] ?? 422, error.reason, error.message);
      throw error;
    }
  };
}

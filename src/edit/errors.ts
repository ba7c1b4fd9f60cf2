import type { ItemKind, ItemState } from '../model/item.js';

/** Why an edit was refused: each is a reason a caller can act on (HTTP maps them to statuses). */
export type EditRefusal =
  /** No item has that id, or no item stands on that line. */
  | 'not-found'
  /** More than one item stands on that line: pick one by id. */
  | 'ambiguous'
  /** The item's state is not written by a marker (a label above it, a strike, a worded percent). */
  | 'no-marker'
  /** The marker cannot say the new state (a Kiro box has no cancelled, an icon has no cancelled). */
  | 'unsupported-state'
  /** The file is binary, or its text was repaired (mojibake): writing it back would convert it. */
  | 'encoding'
  /** The new marker has a character the file's encoding (Windows-1252) cannot hold. */
  | 'unencodable'
  /** Re-reading the edited file did not give exactly the asked state with everything else unchanged. */
  | 'surprising-result';

/** An item a refusal names, so the caller can offer the choice (`ambiguous`, `not-found`). */
export interface Candidate {
  readonly id: string;
  readonly kind: ItemKind;
  readonly state: ItemState;
  readonly line: number;
  readonly text: string;
}

/** An edit Headway will not make. The message is one line naming the file and line. */
export class EditError extends Error {
  override readonly name = 'EditError';

  constructor(
    readonly reason: EditRefusal,
    message: string,
    /** Items to choose from (ambiguous line) or near the line asked for (nothing there). */
    readonly candidates: readonly Candidate[] = [],
  ) {
    super(message);
  }
}

/** The file changed since it was read (its hash differs): the write is refused, never merged. */
export class WriteConflictError extends Error {
  override readonly name = 'WriteConflictError';

  constructor(
    /** The path as shown to the user. */
    readonly path: string,
    readonly expectedHash: string,
    /** The hash of the file as it is now; `null` when it no longer exists. */
    readonly actualHash: string | null,
  ) {
    super(actualHash === null
      ? `${path} was removed since it was read; nothing written`
      : `${path} changed since it was read (sha256 ${actualHash.slice(0, 12)}…, expected ${expectedHash.slice(0, 12)}…); nothing written, read it again`);
  }
}

/** Another Headway writer held the file's lock for longer than a write can take. */
export class LockTimeoutError extends Error {
  override readonly name = 'LockTimeoutError';

  constructor(readonly path: string, readonly lockPath: string, waitedMs: number) {
    super(`${path} is being written by another Headway process (lock ${lockPath} held for ${Math.round(waitedMs)} ms); try again`);
  }
}

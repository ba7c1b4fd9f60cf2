import type { ItemKind, ItemState } from '../model/item.js';
import type { SetStateResult } from './edit-file.js';

/** `headway set --json` (and the HTTP and MCP answers to a state change): schemaVersion 1. */
export interface SetStateJson {
  readonly schemaVersion: 1;
  /** The file as shown (cwd-relative). */
  readonly file: string;
  /** 1-based line of the item. */
  readonly line: number;
  readonly id: string;
  readonly kind: ItemKind;
  readonly text: string;
  /** The item's state before and after. */
  readonly from: ItemState;
  readonly to: ItemState;
  /** The marker's text before and after (`[ ]` → `[x]`). */
  readonly before: string;
  readonly after: string;
  /** sha256 of the file now: the expected hash of the next edit. */
  readonly hash: string;
  /** False when the item already had that state: nothing was written. */
  readonly changed: boolean;
}

/** The JSON shape of a state change. */
export function setStateJson(file: string, result: SetStateResult): SetStateJson {
  const { edit } = result;
  return {
    schemaVersion: 1,
    file,
    line: edit.item.line,
    id: edit.item.id,
    kind: edit.item.kind,
    text: edit.item.text,
    from: edit.from,
    to: edit.to,
    before: edit.before,
    after: edit.after,
    hash: result.hash,
    changed: result.written,
  };
}

import { CODE_PAGES } from '../decode/codepages.js';
import type { Item, ItemState } from '../model/item.js';
import { applySplice, byteSplice } from './bytes.js';
import { readDocument, type EditOptions, type ReadDocument } from './document.js';
import { EditError } from './errors.js';
import { learnHouseStyle } from './house-style.js';
import { rewriteMarker } from './rewrite.js';
import { findItem, type ItemTarget } from './target.js';
import { verifyEdit } from './verify.js';

/** A state change worked out on a file's bytes, ready to be written. */
export interface StateEdit {
  /** The whole new file; the very bytes given when nothing changes. */
  readonly bytes: Uint8Array;
  /** False when the item already had the state: nothing to write. */
  readonly changed: boolean;
  /** The item as it was before the edit. */
  readonly item: Item;
  readonly from: ItemState;
  readonly to: ItemState;
  /** The marker's text before and after (`[ ]` → `[x]`, `🔄` → `✅`). */
  readonly before: string;
  readonly after: string;
  /** The bytes `[start, end)` of the old file that were replaced. */
  readonly span: { readonly start: number; readonly end: number };
}

/**
 * Sets an item's state by rewriting only its marker's bytes:
 *
 *     read (decode, parse, extract) → find the item → new marker text → splice its bytes → re-read and verify
 *
 * Pure: bytes in, bytes out. Refuses with an EditError — never writes a guess — when the file
 * is binary or was repaired from mojibake, the item has no marker or its marker cannot say the
 * state, the encoding cannot hold the new marker, or the re-read file is not exactly the old
 * one with this item in its new state.
 */
export function setItemState(bytes: Uint8Array, path: string, target: ItemTarget, state: ItemState, options: EditOptions): StateEdit {
  const before = readDocument(bytes, path, options);
  refuseEncoding(before, path);
  const item = findItem(before.items, target, path, before.doc.lines);
  const where = `${path}:${item.line}`;
  const marker = item.marker;
  if (marker === null) {
    throw new EditError('no-marker', `cannot set ${where} to ${state}: its state is not written on it (it comes from a label above it, a strike-through or a percent); edit the text by hand`);
  }
  if (item.state === state) {
    return { bytes, changed: false, item, from: state, to: state, before: marker.text, after: marker.text, span: { start: 0, end: 0 } };
  }
  const style = learnHouseStyle(before.items, before.vocabulary);
  const after = rewriteMarker(item, marker, state, { dialect: before.dialect, vocabulary: before.vocabulary, style, where });
  const splice = byteSplice(bytes, before.decoded, marker.from, marker.to, after, where);
  const edited = applySplice(bytes, splice);
  const text = before.decoded.text.slice(0, marker.from) + after + before.decoded.text.slice(marker.to);
  verifyEdit(edited, path, options, { before, item, state, text, where });
  return { bytes: edited, changed: true, item, from: item.state, to: state, before: marker.text, after, span: { start: splice.from, end: splice.to } };
}

/** Binary files and repaired text are never written back: either would convert the whole file. */
function refuseEncoding(document: ReadDocument, path: string): void {
  const { encoding, binary } = document.decoded;
  if (binary) throw new EditError('encoding', `cannot edit ${path}: it is a binary file`);
  if (encoding.repair !== 'none') {
    const page = CODE_PAGES.find((candidate) => candidate.name === encoding.repairedFrom)?.label ?? 'another code page';
    throw new EditError('encoding', `cannot edit ${path}: its text was repaired from mojibake (UTF-8 once read as ${page}); writing it back would convert the whole file, so fix its encoding first`);
  }
}

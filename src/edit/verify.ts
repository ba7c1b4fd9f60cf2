import type { Item, ItemState } from '../model/item.js';
import { readDocument, type EditOptions, type ReadDocument } from './document.js';
import { EditError } from './errors.js';

/** The edit being checked: the document before, the item and its new state, and the text expected after. */
export interface EditToCheck {
  readonly before: ReadDocument;
  readonly item: Item;
  readonly state: ItemState;
  /** The decoded text the new bytes must give: the old text with only the marker replaced. */
  readonly text: string;
  /** `file:line`, for messages. */
  readonly where: string;
}

/**
 * Reads the new bytes back as analysis would and refuses (EditError `surprising-result`)
 * unless they decode the same way to exactly the expected text, the item now has the new state
 * (same id, same text), and every other item is unchanged — same id, kind, state, text and
 * line. Headway never writes a result it did not mean.
 */
export function verifyEdit(bytes: Uint8Array, path: string, options: EditOptions, edit: EditToCheck): void {
  const after = readDocument(bytes, path, options);
  const was = edit.before.decoded.encoding;
  const now = after.decoded.encoding;
  const refuse = (why: string): EditError => new EditError('surprising-result', `cannot set ${edit.where} to ${edit.state}: ${why}; nothing written`);
  if (after.decoded.binary || now.detected !== was.detected || now.bom !== was.bom || now.repair !== 'none' || now.lineEndings !== was.lineEndings) {
    throw refuse(`the edited file would decode differently (${now.detected}, repair ${now.repair})`);
  }
  if (after.decoded.text !== edit.text) throw refuse('the edited file would not read back as the text meant');
  const byId = new Map(after.items.map((item) => [item.id, item]));
  for (const old of edit.before.items) {
    const found = byId.get(old.id);
    const target = old.id === edit.item.id;
    if (found === undefined) {
      const which = target ? 'the item' : `the item on line ${old.line} ("${clip(old.text)}")`;
      throw refuse(`${which} would no longer be read as the same item${appeared(edit.before, after)}`);
    }
    if (target) {
      if (found.state !== edit.state) throw refuse(`after the edit the item would read as ${found.state}${explainState(found)}`);
      if (found.text !== old.text || found.kind !== old.kind) throw refuse('after the edit the item would read differently');
      continue;
    }
    if (found.state !== old.state || found.text !== old.text || found.kind !== old.kind || found.line !== old.line) {
      throw refuse(`the item on line ${old.line} ("${clip(old.text)}") would change too (${old.state} → ${found.state})`);
    }
  }
  if (after.items.length !== edit.before.items.length) {
    throw refuse(`the document would hold ${after.items.length} items instead of ${edit.before.items.length}`);
  }
}

/** `, and 7 items would appear` — when the edit changes how the text around the item is read (a heading that starts labelling its list). */
function appeared(before: ReadDocument, after: ReadDocument): string {
  const known = new Set(before.items.map((item) => item.id));
  const added = after.items.filter((item) => !known.has(item.id)).length;
  return added === 0 ? '' : `, and ${added} item${added === 1 ? '' : 's'} would appear`;
}

/** Why an item reads as it does when the marker alone does not decide it. */
function explainState(item: Item): string {
  if (item.kind === 'task' && item.state !== 'open' && item.marker?.text.startsWith('[ ]')) return ' (words after its box say so)';
  return '';
}

function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

import type { TaskDialect } from '../extract/task-marker.js';
import type { Vocabulary } from '../extract/vocabulary.js';
import type { Item, ItemState, Marker } from '../model/item.js';
import { anatomy, type Part } from './anatomy.js';
import { EditError } from './errors.js';
import type { HouseStyle, MarkerPlace } from './house-style.js';
import { boxChar, CANCELLED_ICON_BESIDE_WORD, caseLike, cellBoxChar } from './spelling.js';

/** What rewriting a marker needs besides the item: how the document writes and reads states. */
export interface RewriteContext {
  readonly dialect: TaskDialect;
  readonly vocabulary: Vocabulary;
  readonly style: HouseStyle;
  /** `file:line`, for messages. */
  readonly where: string;
}

/**
 * The marker's new text for `state`, in the marker's own form: a box stays a box, an icon an
 * icon, a word a word (in the same case), a Status cell keeps its notes.
 *
 *     - [ ] Auth          → - [x] Auth                   task, box char only
 *     - 🔄 Auth           → - ✅ Auth                    icon for icon
 *     ### Sprint 3 — DONE → ### Sprint 3 — IN PROGRESS   word for word, shouted stays shouted
 *     | Auth | ✅ Complete (Apple pending) |  → | Auth | 🔄 In Progress (Apple pending) |
 *
 * Throws EditError(`unsupported-state`) when the marker's form cannot say the state.
 */
export function rewriteMarker(item: Item, marker: Marker, state: ItemState, context: RewriteContext): string {
  if (item.kind === 'task') return rewriteBox(marker.text, state, context);
  const text = marker.text;
  const parts = anatomy(text, context.vocabulary);
  const place: MarkerPlace = item.kind === 'row' ? 'cell' : 'line';
  if (parts.box) {
    const char = cellBoxChar(state);
    if (char === null) throw unsupported(context, state, `a checkbox in a Status cell cannot say ${state}`);
    return splice(text, [{ ...parts.box, with: char }]);
  }
  if (parts.icon === null && parts.word === null) {
    if (item.kind === 'row') return progressCell(state, context, text);
    throw unsupported(context, state, `Headway cannot tell how "${text}" says the state`);
  }
  const edits: Replacement[] = [];
  if (parts.word) edits.push({ ...parts.word, with: caseLike(parts.word.text, context.style.word(state, place)) });
  if (parts.icon && (parts.icon.state !== null || parts.word === null)) {
    const icon = context.style.icon(state, place) ?? (parts.word ? CANCELLED_ICON_BESIDE_WORD : null);
    if (icon !== null) edits.push({ ...parts.icon, with: icon });
    // A Status cell is all status: the word alone says it.
    else if (place === 'cell') edits.push({ ...parts.icon, with: context.style.word(state, place) });
    // No icon says cancelled (`❌` alone means not done): a word does, set off so it reads as a status.
    else edits.push({ ...parts.icon, with: `${CANCELLED_ICON_BESIDE_WORD} **${context.style.word(state, place)}**` });
  }
  return splice(text, edits);
}

/** `[ ]` → `[x]`: only the char in the box changes (Kiro's optional `*` after it stays). */
function rewriteBox(text: string, state: ItemState, context: RewriteContext): string {
  const optional = text.endsWith('*');
  if (optional && state !== 'open' && state !== 'done') {
    throw unsupported(context, state, `an optional Kiro task ([ ]*) can only be open or done`);
  }
  const char = state === 'done' ? context.style.doneBox : boxChar(state, context.dialect);
  if (char === null) {
    throw unsupported(context, state, `a ${context.dialect === 'kiro' ? 'Kiro' : 'Markdown'} checkbox cannot say ${state}${context.dialect === 'kiro' ? ' ([-] means in progress in a Kiro spec)' : ''}`);
  }
  return `[${char}]${text.slice(3)}`;
}

/** A row whose state comes from its Progress cell (no Status column): 100% is done, 0% open. */
function progressCell(state: ItemState, context: RewriteContext, text: string): string {
  if (state === 'done') return '100%';
  if (state === 'open') return '0%';
  throw unsupported(context, state, `the row has no Status cell and its Progress cell (${text}) can only say done (100%) or open (0%)`);
}

interface Replacement extends Part {
  readonly with: string;
}

function splice(text: string, edits: readonly Replacement[]): string {
  let out = text;
  for (const edit of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, edit.start) + edit.with + out.slice(edit.end);
  return out;
}

function unsupported(context: RewriteContext, state: ItemState, why: string): EditError {
  return new EditError('unsupported-state', `cannot set ${context.where} to ${state}: ${why}`);
}

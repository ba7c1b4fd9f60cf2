import type { ItemState } from '../model/item.js';
import type { Vocabulary } from '../extract/vocabulary.js';

/** A piece of a marker that says a state: where it is in the marker's text and what it says. */
export interface Part {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** The state it stands for on its own; `null` for a health word (`At Risk`) or a decorative icon. */
  readonly state: ItemState | null;
}

/**
 * What a marker is made of. A task's marker is a box; a status bullet's is one icon or one
 * word; a Status cell or a `**Status**:` field value is a whole value, read as cell-state.ts
 * reads it: an optional box, leading icons, then a word.
 *
 *     [x]              box
 *     ✅               icon
 *     In Progress      word
 *     ✅ **Done** (Apple pending)   icon ✅, word Done; the note is kept
 */
export interface Anatomy {
  /** `[c]` at the start: the char between the brackets. */
  readonly box: Part | null;
  /** The first icon that stands for a state (or, failing one, the first icon). */
  readonly icon: Part | null;
  readonly word: Part | null;
}

const BOX = /^\[(.)\]/;
const MARKUP = /[\s*_~]/;
/** cell-state.ts's limit for a status word anywhere in a value. */
const SHORT = 60;

/** Takes a marker's text apart. Pure; finds nothing in text it does not understand. */
export function anatomy(text: string, vocabulary: Vocabulary): Anatomy {
  const box = BOX.exec(text);
  if (box) return { box: { start: 1, end: 2, text: box[1]!, state: null }, icon: null, word: null };
  let i = 0;
  let icon: Part | null = null;
  for (;;) {
    while (i < text.length && MARKUP.test(text[i]!)) i++;
    const match = vocabulary.iconAt(text, i);
    if (!match) break;
    if (icon === null || (icon.state === null && match.state !== null)) {
      icon = { start: match.start, end: match.end, text: text.slice(match.start, match.end), state: match.state };
    }
    i = match.end;
  }
  return { box: null, icon, word: wordIn(text, i, vocabulary, icon?.state == null) };
}

/**
 * The status word at `from` (after the icons), else the whole rest as a phrase, else — when no
 * icon said a state, as cell-state.ts reads it — the first status word within a short value.
 */
function wordIn(text: string, from: number, vocabulary: Vocabulary, searchWithin: boolean): Part | null {
  const at = vocabulary.wordAt(text, from);
  if (at) return { start: at.start, end: at.end, text: text.slice(at.start, at.end), state: at.state };
  const rest = text.slice(from).replace(/[.!*_~\s]+$/u, '');
  const whole = rest.length > 0 ? vocabulary.stateOf(rest) : undefined;
  if (whole !== undefined) return { start: from, end: from + rest.length, text: rest, state: whole };
  // cell-state.ts looks for a word inside a value only when it is short (`Fix in progress`).
  if (!searchWithin || text.length - from > SHORT) return null;
  const within = vocabulary.firstWord(text, from);
  return within ? { start: within.start, end: within.end, text: text.slice(within.start, within.end), state: within.state } : null;
}

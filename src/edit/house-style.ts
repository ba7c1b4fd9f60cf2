import type { Vocabulary } from '../extract/vocabulary.js';
import { ITEM_STATES, type Item, type ItemState } from '../model/item.js';
import { anatomy } from './anatomy.js';
import { DEFAULT_ICON, DEFAULT_WORD } from './spelling.js';

/** Where a marker stands: a table cell, or a line (a bullet, heading or field). */
export type MarkerPlace = 'cell' | 'line';

/**
 * How this document writes each state: the icon, the word and the ticked box it uses most.
 * A document that writes `Complete` and `🚧` gets `Complete` and `🚧` back, not Headway's
 * defaults; one that writes `[X]` keeps `[X]`.
 */
export interface HouseStyle {
  /** The icon for `state` (the document's own where it has one), or null when no icon can say it. */
  icon(state: ItemState, place: MarkerPlace): string | null;
  /** The word for `state`, as the document writes it where it does. */
  word(state: ItemState, place: MarkerPlace): string;
  /** `x` or `X`, whichever the document ticks its boxes with (`x` when it has none ticked). */
  readonly doneBox: string;
}

type Tally = Map<string, number>;
type Tallies = Record<MarkerPlace, Record<ItemState, Tally>>;

const emptyTallies = (): Tallies => ({ cell: byState(), line: byState() });
const byState = (): Record<ItemState, Tally> => Object.fromEntries(ITEM_STATES.map((s) => [s, new Map()])) as Record<ItemState, Tally>;

/**
 * Learns the house style from the markers of the document's items: an icon or word counts
 * for a state only when the vocabulary reads it as that state on its own (a `⚠️` that means
 * in progress only under one heading teaches nothing).
 */
export function learnHouseStyle(items: readonly Item[], vocabulary: Vocabulary): HouseStyle {
  const icons = emptyTallies();
  const words = emptyTallies();
  let ticked = 0;
  let shouted = 0;
  for (const item of items) {
    if (item.marker === null) continue;
    if (item.kind === 'task') {
      if (item.state === 'done' && item.marker.text.charAt(1) === 'X') shouted++;
      else if (item.state === 'done') ticked++;
      continue;
    }
    const place: MarkerPlace = item.kind === 'row' ? 'cell' : 'line';
    const parts = anatomy(item.marker.text, vocabulary);
    if (parts.icon && parts.icon.state === item.state) count(icons[place][item.state], parts.icon.text);
    if (parts.word && parts.word.state === item.state) count(words[place][item.state], parts.word.text);
  }
  const other = (place: MarkerPlace): MarkerPlace => (place === 'cell' ? 'line' : 'cell');
  return {
    icon: (state, place) => DEFAULT_ICON[state] === null ? null : favourite(icons[place][state]) ?? favourite(icons[other(place)][state]) ?? DEFAULT_ICON[state],
    word: (state, place) => favourite(words[place][state]) ?? favourite(words[other(place)][state]) ?? DEFAULT_WORD[state],
    doneBox: shouted > ticked ? 'X' : 'x',
  };
}

function count(tally: Tally, key: string): void {
  tally.set(key, (tally.get(key) ?? 0) + 1);
}

/** The most used entry; the first seen wins a tie. */
function favourite(tally: Tally): string | null {
  let best: string | null = null;
  let most = 0;
  for (const [key, n] of tally) {
    if (n > most) [best, most] = [key, n];
  }
  return best;
}

import type { ItemState } from '../model/item.js';
import type { Vocabulary } from './vocabulary.js';

/** The state written in a Status cell, and the word or icon that said it. */
export interface CellState {
  readonly state: ItemState | null;
  readonly health: boolean;
  readonly text: string | null;
}

const CHECKBOX: Readonly<Record<string, ItemState>> = { ' ': 'open', x: 'done', X: 'done', '~': 'in-progress', '/': 'in-progress', '-': 'cancelled' };

/**
 * Reads a Status cell. The whole cell is a status, so words need no separator
 * (`✅ Done (Apple pending)`, `🔴 Not Started`, `[x] Infra done`). A word beats an icon;
 * a health word (`🟡 At Risk`) means no state; `❌` alone in a cell means not started.
 */
export function cellState(text: string, vocabulary: Vocabulary): CellState | null {
  const t = text.trim();
  if (t.length === 0 || /^[—–\-?]+$/u.test(t)) return null;
  // `[ ] In Progress [ ] Blocked [X] Complete`: a choice list, whose ticked option is the value.
  const ticked = /\[[ xX]\][^[]*\[[ xX]\]/.test(t) ? /\[[xX]\]\s*([^[]+)/.exec(t) : null;
  if (ticked) return cellState(ticked[1]!, vocabulary);
  const box = /^\[([ xX~/-])\]/.exec(t);
  if (box) return { state: CHECKBOX[box[1]!]!, health: false, text: box[0] };
  let i = 0;
  let icon: ItemState | null = null;
  let iconText: string | null = null;
  for (;;) {
    while (i < t.length && /[\s*_]/.test(t[i]!)) i++;
    const m = vocabulary.iconAt(t, i);
    if (!m) break;
    if (icon === null && m.state !== null) {
      icon = m.state === 'cancelled' ? 'open' : m.state;
      iconText = m.icon;
    }
    i = m.end;
  }
  const word = vocabulary.wordAt(t, i);
  if (word) return { state: word.state, health: word.health, text: word.phrase };
  const whole = vocabulary.stateOf(t.slice(i).replace(/[.!]+$/, ''));
  if (whole !== undefined) return { state: whole, health: whole === null, text: t.slice(i).toLowerCase() };
  if (icon) return { state: icon, health: false, text: iconText };
  return t.length - i <= SHORT ? wordWithin(t, i, vocabulary) : null;
}

/** A value short enough that a status word anywhere in it is its status: `Fix in progress`. */
const SHORT = 60;

function wordWithin(text: string, from: number, vocabulary: Vocabulary): CellState | null {
  const word = vocabulary.firstWord(text, from);
  return word ? { state: word.state, health: word.health, text: word.phrase } : null;
}

/** The state a bare percent implies: 100 done, 0 open, anything between in progress. */
export function stateFromPercent(percent: number): ItemState {
  if (percent >= 100) return 'done';
  if (percent <= 0) return 'open';
  return 'in-progress';
}

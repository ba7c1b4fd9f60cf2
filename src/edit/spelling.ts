import type { ItemState } from '../model/item.js';
import type { TaskDialect } from '../extract/task-marker.js';

/**
 * The box char that writes each state, per dialect (task-marker.ts reads them back). `null`:
 * the dialect has no box for it — Kiro spends `[-]` on in progress, so it cannot say cancelled.
 * `[!]` (blocked) is read by both dialects though only Obsidian plugins draw it.
 */
const BOX: Readonly<Record<TaskDialect, Readonly<Record<ItemState, string | null>>>> = {
  obsidian: { done: 'x', open: ' ', 'in-progress': '/', cancelled: '-', deferred: '>', blocked: '!' },
  kiro: { done: 'x', open: ' ', 'in-progress': '-', cancelled: null, deferred: '>', blocked: '!' },
};

/** The box char for `state` in `dialect`, or null when the dialect cannot say it in a box. */
export function boxChar(state: ItemState, dialect: TaskDialect): string | null {
  return BOX[dialect][state];
}

/**
 * A checkbox inside a Status cell (`| [x] Infra done |`) is read by cell-state.ts, which knows
 * fewer boxes than a task list: no blocked, no deferred.
 */
const CELL_BOX: Readonly<Record<ItemState, string | null>> = {
  done: 'x', open: ' ', 'in-progress': '/', cancelled: '-', deferred: null, blocked: null,
};

/** The box char for `state` in a Status cell, or null when a cell box cannot say it. */
export function cellBoxChar(state: ItemState): string | null {
  return CELL_BOX[state];
}

/**
 * The icon written for each state when the document uses none of its own. No icon means
 * cancelled on its own: `❌` alone reads as "not done" (open), so cancelled takes a word.
 */
export const DEFAULT_ICON: Readonly<Record<ItemState, string | null>> = {
  done: '✅', 'in-progress': '🔄', open: '⏳', blocked: '⛔', deferred: '💤', cancelled: null,
};

/** Beside a word, `❌ Cancelled` reads right: the word decides the state (a word beats an icon). */
export const CANCELLED_ICON_BESIDE_WORD = '❌';

/** The word written for each state when the document uses none of its own (English, Title Case). */
export const DEFAULT_WORD: Readonly<Record<ItemState, string>> = {
  done: 'Done', 'in-progress': 'In Progress', open: 'Not Started', blocked: 'Blocked', cancelled: 'Cancelled', deferred: 'Deferred',
};

/**
 * Writes `word` the way `old` was written: `DONE` → `IN PROGRESS`, `done` → `in progress`,
 * `not_started` → `in_progress`, `In progress` → `Not started`. Mixed case (`Done`,
 * `In Progress`) keeps `word` as it is; scripts without case are left alone.
 */
export function caseLike(old: string, word: string): string {
  const joiner = /\p{L}([ _-])\p{L}/u.exec(old)?.[1];
  const joined = joiner === undefined || joiner === ' ' ? word : word.replace(/[ _-]+/g, joiner);
  const letters = old.replace(/[^\p{L}]/gu, '');
  if (letters.toUpperCase() === letters.toLowerCase()) return joined;
  if (letters.length > 1 && letters === letters.toUpperCase()) return joined.toUpperCase();
  if (letters === letters.toLowerCase()) return joined.toLowerCase();
  const rest = letters.slice(1);
  if (joiner !== undefined && rest === rest.toLowerCase()) return joined.charAt(0).toUpperCase() + joined.slice(1).toLowerCase();
  return joined;
}

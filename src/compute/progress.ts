import { ITEM_STATES, type Item, type ItemState } from '../model/item.js';
import type { Progress } from '../model/progress.js';

/**
 * What one item adds to a mean (PRODUCT.md, "Computing progress"): an explicit percent p
 * (capped at 100), else done 1, else 0; cancelled items — and Kiro's optional ones unless
 * counted — are left out (`null`). The percent comes first because it is the finer statement:
 * `✅ Complete | 90%` counts 0.9, and status-contradiction reports the disagreement.
 */
export function itemFraction(item: Item, countOptional: boolean): number | null {
  if (item.state === 'cancelled' || item.legend || (item.optional && !countOptional)) return null;
  if (item.percent !== null) return Math.max(0, Math.min(100, item.percent)) / 100;
  return item.state === 'done' ? 1 : 0;
}

/** Why an item is left out of the figures, or null when it counts. */
export function exclusionReason(item: Item, countOptional: boolean): string | null {
  if (item.state === 'cancelled') return 'cancelled';
  if (item.legend) return 'legend';
  if (item.optional && !countOptional) return 'optional';
  return null;
}

/** Counts and mean fraction over a set of items. */
export function progressOf(items: Iterable<Item>, countOptional: boolean): Progress {
  const states = Object.fromEntries(ITEM_STATES.map((s) => [s, 0])) as Record<ItemState, number>;
  let sum = 0;
  let total = 0;
  let done = 0;
  let tasksDone = 0;
  let tasksTotal = 0;
  for (const item of items) {
    states[item.state]++;
    if (item.gfm) {
      // GitHub counts the box, whatever the words say: `- [x] ~~dropped~~` is a ticked task.
      tasksTotal++;
      if (isTicked(item)) tasksDone++;
    }
    const fraction = itemFraction(item, countOptional);
    if (fraction === null) continue;
    total++;
    sum += fraction;
    if (item.state === 'done') done++;
  }
  return { fraction: total > 0 ? sum / total : null, done, total, states, tasks: { done: tasksDone, total: tasksTotal } };
}

/** True for a GitHub task whose box is ticked (`[x]` or `[X]`). */
export function isTicked(item: Item): boolean {
  const box = item.marker?.text[1];
  return item.gfm && (box === 'x' || box === 'X');
}

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

/** Running counts over items, merged bottom-up so each item is counted once per document. */
export class Tally {
  readonly states: Record<ItemState, number> = { done: 0, 'in-progress': 0, open: 0, blocked: 0, cancelled: 0, deferred: 0 };
  sum = 0;
  total = 0;
  done = 0;
  tasksDone = 0;
  tasksTotal = 0;

  add(item: Item, countOptional: boolean): void {
    this.states[item.state]++;
    if (item.gfm) {
      // GitHub counts the box, whatever the words say: `- [x] ~~dropped~~` is a ticked task.
      this.tasksTotal++;
      if (isTicked(item)) this.tasksDone++;
    }
    const fraction = itemFraction(item, countOptional);
    if (fraction === null) return;
    this.total++;
    this.sum += fraction;
    if (item.state === 'done') this.done++;
  }

  merge(other: Tally): void {
    for (const state of ITEM_STATES) this.states[state] += other.states[state];
    this.sum += other.sum;
    this.total += other.total;
    this.done += other.done;
    this.tasksDone += other.tasksDone;
    this.tasksTotal += other.tasksTotal;
  }

  progress(): Progress {
    return {
      fraction: this.total > 0 ? this.sum / this.total : null,
      done: this.done,
      total: this.total,
      states: { ...this.states },
      tasks: { done: this.tasksDone, total: this.tasksTotal },
    };
  }
}

/** Counts and mean fraction over a set of items. */
export function progressOf(items: Iterable<Item>, countOptional: boolean): Progress {
  const tally = new Tally();
  for (const item of items) tally.add(item, countOptional);
  return tally.progress();
}

/** True for a GitHub task whose box is ticked (`[x]` or `[X]`). */
export function isTicked(item: Item): boolean {
  const box = item.marker?.text[1];
  return item.gfm && (box === 'x' || box === 'X');
}

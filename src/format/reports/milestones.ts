import type { ItemSnapshot, SectionSnapshot, Snapshot } from '../../history/model.js';
import type { ItemState } from '../../model/item.js';
import { within } from './markdown.js';

/** Counted items by state, cancelled items apart (they leave the count). */
export interface StateCounts {
  readonly total: number;
  readonly states: Readonly<Record<ItemState, number>>;
}

/** Counts over counted items (cancelled ones tallied apart, legend and uncounted optional ones left out). */
export function stateCounts(items: readonly ItemSnapshot[]): StateCounts {
  const states: Record<ItemState, number> = { done: 0, 'in-progress': 0, open: 0, blocked: 0, cancelled: 0, deferred: 0 };
  let total = 0;
  for (const item of items) {
    if (item.state === 'cancelled') states.cancelled++;
    if (!item.counted) continue;
    states[item.state]++;
    total++;
  }
  return { total, states };
}

/**
 * The sections a status report lists: the milestones (the innermost ones, when a Phase holds
 * Milestones), else the top sections — under the document's title when a single heading
 * holds everything — each only if it has counted items.
 */
export function reportedSections(snapshot: Snapshot): SectionSnapshot[] {
  const sections = snapshot.sections.filter((section) => section.counts.total > 0);
  const milestones = sections.filter((section) => section.milestone);
  if (milestones.length > 0) return milestones.filter((outer) => !milestones.some((inner) => inner !== outer && within(inner.key, outer.key)));
  const depth = (section: SectionSnapshot): number => section.key.split(' › ').length;
  const top = sections.filter((section) => depth(section) === 1);
  const only = top[0];
  if (top.length === 1 && only !== undefined) {
    const children = sections.filter((section) => depth(section) === 2 && within(section.key, only.key));
    if (children.length > 0) return children;
  }
  return top;
}

/** The status word of seeds' "Implementation Status Tracking" template for a milestone. */
export type MilestoneStatus = 'Complete' | 'In Progress' | 'Not Started' | 'Blocked';

/**
 * Complete when every counted item is done; Blocked when all work left (not done, not
 * deferred) is blocked; In Progress once anything is done, started or partly done; else Not
 * Started. A milestone with one blocked item among open ones is In Progress, its blocker listed.
 */
export function milestoneStatus(counts: StateCounts, partial: boolean): MilestoneStatus {
  const { states, total } = counts;
  if (total > 0 && states.done === total) return 'Complete';
  if (states.blocked > 0 && states.blocked === total - states.done - states.deferred) return 'Blocked';
  if (states.done > 0 || states['in-progress'] > 0 || partial) return 'In Progress';
  return 'Not Started';
}

import type { ItemEvent, WeeklyThroughput } from '../model.js';
import { dayOf, isoWeek, weekRange } from './weeks.js';

/** Joins section titles in a key (`Roadmap › Phase 1: Core`), as `SectionSnapshot.key` does. */
const SECTION_SEPARATOR = ' › ';

/** Which events count: one document, one section of it (with its subsections), and how far the weeks run. */
export interface ThroughputScope {
  /** Only events of this document; all documents when absent. */
  readonly path?: string;
  /** Only events in this section or under it (`Roadmap` holds `Roadmap › Phase 1`, not `Roadmap 2`). */
  readonly section?: string;
  /** A day (`YYYY-MM-DD`, usually the last snapshot's) the weeks run to at least: quiet weeks since the last event count as zeros. */
  readonly until?: string;
}

/** Whether an event's section is `key` or one of its subsections. */
export function inSection(section: string, key: string): boolean {
  return section === key || section.startsWith(key + SECTION_SEPARATOR);
}

/**
 * Items done in each ISO week, oldest first, with every week from the first event's to the
 * last's (or `until`'s) present, zeros included: a forecast must see the quiet weeks too.
 * Events are taken in the order given (commit order).
 *
 * Each `done` event counts once in its week. A `reopened` cancels the item's done only
 * when both fall in the same week — ticked by mistake and unticked, nothing was finished.
 * A reopen in a later week leaves the past alone: that week's work was reported and
 * happened; the item is back in what remains, and if done again it counts again then.
 */
export function weeklyThroughput(events: readonly ItemEvent[], scope: ThroughputScope = {}): WeeklyThroughput[] {
  const done = new Map<string, number>();
  /** Per item (path + id), the week of its latest done not yet cancelled. */
  const lastDone = new Map<string, string>();
  let first: string | null = null;
  let last: string | null = scope.until === undefined ? null : isoWeek(scope.until);
  for (const event of events) {
    if (scope.path !== undefined && event.path !== scope.path) continue;
    if (scope.section !== undefined && !inSection(event.section, scope.section)) continue;
    const week = isoWeek(dayOf(event.date));
    if (first === null || week < first) first = week;
    if (last === null || week > last) last = week;
    const item = `${event.path}\n${event.item}`;
    if (event.kind === 'done') {
      done.set(week, (done.get(week) ?? 0) + 1);
      lastDone.set(item, week);
    } else if (event.kind === 'reopened') {
      if (lastDone.get(item) === week) done.set(week, (done.get(week) ?? 0) - 1);
      lastDone.delete(item);
    }
  }
  if (first === null || last === null) return [];
  return weekRange(first, last).map((week) => ({ week, done: done.get(week) ?? 0 }));
}

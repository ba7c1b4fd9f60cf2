import { nameKey } from '../../compute/names.js';
import { itemFraction } from '../../compute/progress.js';
import type { Item } from '../../model/item.js';
import type { DocReport, Progress, SectionReport } from '../../model/progress.js';
import type { Counts, ItemSnapshot, SectionSnapshot, Snapshot } from '../model.js';

/** Where a snapshot was taken. */
export interface SnapshotPoint {
  readonly commit: string;
  readonly date: string;
  readonly path: string;
  readonly blob: string;
}

/** The section-key separator: `Roadmap › Phase 1: Core`. */
export const KEY_SEPARATOR = ' › ';

/**
 * A document's figures at one point: its counts, every section's (keyed by path) and its items
 * with their ids as extracted — identity across versions is given later (identity.ts).
 */
export function snapshotOf(report: DocReport, at: SnapshotPoint, countOptional: boolean): Snapshot {
  const sections: SectionSnapshot[] = [];
  const items: ItemSnapshot[] = [];
  const addItems = (list: readonly Item[], section: string) => {
    for (const item of list) {
      items.push({
        id: item.id, kind: item.kind, state: item.state, percent: item.percent, text: item.text, section,
        counted: itemFraction(item, countOptional) !== null, line: item.line, reason: item.reason,
      });
    }
  };
  addItems(report.items, '');
  const visit = (s: SectionReport) => {
    const key = s.section.path.join(KEY_SEPARATOR);
    sections.push({
      key,
      title: s.section.title,
      depth: s.section.depth,
      milestone: nameKey(s.section.title).numbered !== null,
      counts: countsOf(s.progress),
      claimed: s.claims.find((c) => c.percent !== null)?.percent ?? null,
    });
    addItems(s.items, key);
    s.sections.forEach(visit);
  };
  report.sections.forEach(visit);
  return { ...at, counts: countsOf(report.progress), claimed: report.claim?.percent ?? null, sections, items };
}

/** Counts from a Progress: the mean's sum is kept so counts of several documents can be added. */
export function countsOf(p: Progress): Counts {
  return { done: p.done, total: p.total, sum: (p.fraction ?? 0) * p.total, states: p.states };
}

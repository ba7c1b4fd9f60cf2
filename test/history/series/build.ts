import type { ItemState } from '../../../src/model/item.js';
import type { Counts, ItemEvent, ItemEventKind, SectionSnapshot, Snapshot } from '../../../src/history/model.js';

/** Counts with `done` of `total` done, the rest open unless `states` says otherwise. */
export function counts(done: number, total: number, states: Partial<Record<ItemState, number>> = {}): Counts {
  return {
    done,
    total,
    sum: done,
    states: { done, 'in-progress': 0, open: total - done, blocked: 0, cancelled: 0, deferred: 0, ...states },
  };
}

/** A section at one snapshot. */
export function section(key: string, sectionCounts: Counts, milestone = false): SectionSnapshot {
  const titles = key.split(' › ');
  return { key, title: titles[titles.length - 1] ?? key, depth: titles.length, milestone, counts: sectionCounts, claimed: null };
}

/** A snapshot of `path` (default `ROADMAP.md`) at a commit; items are left out, series never read them. */
export function snapshot(commit: string, date: string, documentCounts: Counts, sections: SectionSnapshot[] = [], path = 'ROADMAP.md'): Snapshot {
  return { commit, date, path, blob: `blob-${commit}`, counts: documentCounts, claimed: null, sections, items: [] };
}

/** An item event; `section` defaults to `Roadmap`, `path` to `ROADMAP.md`. */
export function event(item: string, kind: ItemEventKind, date: string, options: { section?: string; path?: string } = {}): ItemEvent {
  const to: ItemState | null = kind === 'done' ? 'done' : kind === 'reopened' ? 'open' : kind === 'removed' ? null : 'open';
  const from: ItemState | null = kind === 'appeared' ? null : kind === 'reopened' ? 'done' : 'open';
  return { item, kind, commit: `c-${date}`, date, path: options.path ?? 'ROADMAP.md', section: options.section ?? 'Roadmap', text: item, from, to };
}

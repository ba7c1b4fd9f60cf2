import { ok as assert } from 'node:assert';
import { ITEM_STATES, type ItemState } from '../../model/item.js';
import type { Counts, SectionSnapshot, Series, Snapshot } from '../model.js';
import { monotoneDays, seriesOf, type Step } from './steps.js';
import { dayOf, instantOf } from './weeks.js';

/** The series of one document: the whole document, then each section in order of first appearance. */
export interface DocumentSeries {
  readonly document: Series;
  /** Every section the document ever had, by key in order of first appearance, as last seen. */
  readonly known: ReadonlyMap<string, SectionSnapshot>;
  /** `scope: 'milestone'` for Phase / Milestone / Sprint sections, `'section'` for the rest. */
  readonly sections: readonly Series[];
}

/** `Series.path` of the project-wide series `seriesAcross` builds. */
export const PROJECT_PATH = '.';

/** Counts of nothing: a project before any document existed. */
const NO_COUNTS: Counts = { done: 0, total: 0, sum: 0, states: { done: 0, 'in-progress': 0, open: 0, blocked: 0, cancelled: 0, deferred: 0 } };

/** Counts summed field by field. */
export function addCounts(a: Counts, b: Counts): Counts {
  const states = {} as Record<ItemState, number>;
  for (const state of ITEM_STATES) states[state] = a.states[state] + b.states[state];
  return { done: a.done + b.done, total: a.total + b.total, sum: a.sum + b.sum, states };
}

/** Counts of the sections holding `key` in one snapshot, or null when it has none. */
function sectionCounts(sections: readonly SectionSnapshot[], key: string): Counts | null {
  // Two sibling headings with the same title share a key; their items are all "in" it.
  let counts: Counts | null = null;
  for (const section of sections) if (section.key === key) counts = counts ? addCounts(counts, section.counts) : section.counts;
  return counts;
}

/**
 * Series of one document from its snapshots in commit order (one per commit that touched it,
 * possibly a final `working-tree` one). The path is the latest one, so a renamed document
 * keeps one history.
 *
 * Sections are followed by key. Where a section does not exist — before it was written,
 * after it was deleted or renamed — it has no point: no commit point, and no day or week
 * point when it is missing at that period's end. A zero there would read as "scope fell to
 * nothing", which is not what happened. A section is a milestone when its latest
 * appearance says so. `wanted` picks the sections to follow (all by default); `known` is
 * `knownSections(snapshots)`, when the caller has it already.
 */
export function documentSeries(
  snapshots: readonly Snapshot[],
  wanted: (key: string) => boolean = () => true,
  known: ReadonlyMap<string, SectionSnapshot> = knownSections(snapshots),
): DocumentSeries {
  const last = snapshots[snapshots.length - 1];
  assert(last !== undefined, 'expected at least one snapshot of the document');
  const days = monotoneDays(snapshots.map((snapshot) => dayOf(snapshot.date)));
  const stepsOf = (counts: (snapshot: Snapshot) => Counts | null): Step[] =>
    snapshots.map((snapshot, index) => ({ commit: snapshot.commit, date: snapshot.date, day: days[index] ?? '', counts: counts(snapshot) }));

  // A Map iterates keys in first-insertion order: the order sections first appeared in.
  const sections = [...known].filter(([key]) => wanted(key)).map(([key, section]) =>
    seriesOf(section.milestone ? 'milestone' : 'section', last.path, key, stepsOf((snapshot) => sectionCounts(snapshot.sections, key))),
  );
  return { document: seriesOf('document', last.path, null, stepsOf((snapshot) => snapshot.counts)), known, sections };
}

/** Every section a document ever had, by key in order of first appearance, as last seen. */
export function knownSections(snapshots: readonly Snapshot[]): Map<string, SectionSnapshot> {
  const known = new Map<string, SectionSnapshot>();
  let previous: readonly SectionSnapshot[] = [];
  for (const snapshot of snapshots) {
    snapshot.sections.forEach((section, i) => {
      // Most sections are the very objects of the snapshot before (the replay shares them).
      if (section !== previous[i]) known.set(section.key, section);
    });
    previous = snapshot.sections;
  }
  return known;
}

/**
 * One project-wide series (`scope: 'document'`, path `PROJECT_PATH`) summing several documents,
 * each given as its snapshots in commit order. Every snapshot of any document is a point,
 * where each document counts with its latest state (nothing before its first snapshot); a
 * commit that touched several documents is one point. Documents are interleaved by commit
 * instant, each keeping its own order. Sections are per document and not summed here.
 */
export function seriesAcross(documents: readonly (readonly Snapshot[])[]): Series {
  // Per document, instants never go back (as `monotoneDays`), so merging by instant keeps each order.
  const instants = documents.map((snapshots) => {
    let latest = -Infinity;
    return snapshots.map((snapshot) => (latest = Math.max(latest, instantOf(snapshot.date))));
  });
  const next = documents.map(() => 0);
  const current: (Counts | null)[] = documents.map(() => null);
  const merged: { commit: string; date: string; counts: Counts }[] = [];
  // Whole counts are kept as running totals (exact); the fraction sums are added up again in
  // document order for each point, so floating-point rounding never drifts.
  const total = { done: 0, total: 0, states: { ...NO_COUNTS.states } };
  for (;;) {
    const pick = earliestHead(documents, instants, next);
    if (pick === null) break;
    const snapshot = documents[pick]?.[next[pick] ?? 0];
    assert(snapshot !== undefined, 'expected the picked head to exist');
    next[pick] = (next[pick] ?? 0) + 1;
    const before = current[pick];
    if (before) addInto(total, before, -1);
    addInto(total, snapshot.counts, 1);
    current[pick] = snapshot.counts;
    let sum = 0;
    for (const counts of current) if (counts !== null) sum += counts.sum;
    const point = { commit: snapshot.commit, date: snapshot.date, counts: { done: total.done, total: total.total, sum, states: { ...total.states } } };
    // Heads with the same instant are taken sha by sha, so one commit's documents come together.
    if (merged[merged.length - 1]?.commit === snapshot.commit) merged[merged.length - 1] = point;
    else merged.push(point);
  }
  const days = monotoneDays(merged.map((point) => dayOf(point.date)));
  return seriesOf('document', PROJECT_PATH, null, merged.map((point, index) => ({ ...point, day: days[index] ?? '' })));
}

/** Adds (sign 1) or takes away (−1) one document's whole counts. */
function addInto(total: { done: number; total: number; states: Record<ItemState, number> }, counts: Counts, sign: 1 | -1): void {
  total.done += sign * counts.done;
  total.total += sign * counts.total;
  for (const state of ITEM_STATES) total.states[state] += sign * counts.states[state];
}

/** The document whose next snapshot comes first (by instant, then sha), or null when all are used up. */
function earliestHead(documents: readonly (readonly Snapshot[])[], instants: readonly (readonly number[])[], next: readonly number[]): number | null {
  let best: number | null = null;
  let bestInstant = Infinity;
  let bestSha = '';
  documents.forEach((snapshots, index) => {
    const at = next[index] ?? 0;
    const snapshot = snapshots[at];
    const instant = instants[index]?.[at];
    if (snapshot === undefined || instant === undefined) return;
    if (best === null || instant < bestInstant || (instant === bestInstant && snapshot.commit < bestSha)) {
      best = index;
      bestInstant = instant;
      bestSha = snapshot.commit;
    }
  });
  return best;
}

import type { HistoryNote, ItemEvent, Snapshot } from '../model.js';

/** Where a version was committed: what a replay needs of a `DocumentVersion`. */
export interface VersionPoint {
  readonly commit: { readonly sha: string; readonly date: string };
  readonly path: string;
  readonly blob: string | null;
}

/** A run of replayed versions of one document. */
export interface Replayed {
  /** One per version; only the last keeps its items. */
  readonly snapshots: readonly Snapshot[];
  readonly events: readonly ItemEvent[];
  readonly notes: readonly HistoryNote[];
}

/**
 * Two runs of one document's versions, the second replayed after the first: one history.
 * The first's last snapshot gives up its items (only the very last keeps them); notes of the
 * same kind add up and keep the earliest version.
 */
export function joinReplayed(first: Replayed, second: Replayed): Replayed {
  if (first.snapshots.length === 0) return second;
  if (second.snapshots.length === 0) return first;
  const snapshots = [...first.snapshots];
  snapshots[snapshots.length - 1] = { ...snapshots[snapshots.length - 1]!, items: [] };
  const notes = new Map(first.notes.map((note) => [note.kind, note]));
  for (const note of second.notes) {
    const known = notes.get(note.kind);
    notes.set(note.kind, known ? { ...known, count: known.count + note.count } : note);
  }
  return { snapshots: [...snapshots, ...second.snapshots], events: [...first.events, ...second.events], notes: [...notes.values()] };
}

/** The versions a chain still needs replayed, given what a cache holds of it. */
export function resumePoint(chain: readonly VersionPoint[], cached: readonly Snapshot[]): number {
  if (cached.length > chain.length) return 0;
  for (let i = 0; i < cached.length; i++) {
    const version = chain[i]!;
    const snapshot = cached[i]!;
    if (snapshot.commit !== version.commit.sha || snapshot.path !== version.path || snapshot.blob !== (version.blob ?? '')) return 0;
  }
  return cached.length;
}

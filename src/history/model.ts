import type { ItemKind, ItemState } from '../model/item.js';

/** The sha Headway uses for uncommitted changes: the working tree as a last point of history. */
export const WORKING_TREE = 'working-tree';

/** A commit as `git log` gives it. */
export interface Commit {
  /** Full 40-hex sha, or `working-tree`. */
  readonly sha: string;
  readonly parents: readonly string[];
  /** Committer date, ISO 8601 with offset as git prints it (`2026-03-01T10:00:00+01:00`). */
  readonly date: string;
  readonly author: string;
  readonly subject: string;
}

/** What a commit did to one tracked document. */
export interface FileChange {
  readonly status: 'added' | 'modified' | 'deleted' | 'renamed';
  /** Path after the commit (`/` separators, repository-relative). */
  readonly path: string;
  /** Path before a rename, else null. */
  readonly from: string | null;
  /** Blob sha after the commit; null when deleted. */
  readonly blob: string | null;
}

/** A commit with the changes it made to tracked documents, oldest first in a history. */
export interface HistoryCommit extends Commit {
  readonly changes: readonly FileChange[];
}

/** Counts at one point: as `Progress` but flat, for series and storage. */
export interface Counts {
  readonly done: number;
  /** Counted items (cancelled, legend and uncounted optional items left out). */
  readonly total: number;
  /** Sum of item fractions: `fraction = sum / total`. */
  readonly sum: number;
  readonly states: Readonly<Record<ItemState, number>>;
}

/** One section of a document at one point. Sections are followed across versions by `key`. */
export interface SectionSnapshot {
  /** Titles from the outermost section down, joined with ` › ` (`Roadmap › Phase 1: Core`). */
  readonly key: string;
  readonly title: string;
  readonly depth: number;
  /** A Phase / Milestone / Sprint section: series and forecasts are offered per milestone. */
  readonly milestone: boolean;
  /** Its items and all its subsections'. */
  readonly counts: Counts;
  /** The percent its claims state, if any (first percent claim). */
  readonly claimed: number | null;
}

/** One item at one point, with the identity it keeps across versions. */
export interface ItemSnapshot {
  /** History identity: the item's id when it first appeared, kept while it is edited, moved, re-worded. */
  readonly id: string;
  readonly kind: ItemKind;
  readonly state: ItemState;
  readonly percent: number | null;
  readonly text: string;
  /** Key of the section it stands in. */
  readonly section: string;
  /** Whether it counts in progress (not cancelled, legend or uncounted optional). */
  readonly counted: boolean;
  readonly line: number;
  /** Why it is blocked, when its text says. */
  readonly reason: string | null;
}

/** One document at one commit (or the working tree). */
export interface Snapshot {
  readonly commit: string;
  readonly date: string;
  readonly path: string;
  readonly blob: string;
  readonly counts: Counts;
  /** The document's overall claimed percent, if any. */
  readonly claimed: number | null;
  readonly sections: readonly SectionSnapshot[];
  readonly items: readonly ItemSnapshot[];
}

/** What happened to an item at a commit. */
export type ItemEventKind = 'appeared' | 'started' | 'done' | 'reopened' | 'blocked' | 'unblocked' | 'cancelled' | 'deferred' | 'changed' | 'removed';

/** A change in an item's life, with the commit that made it. */
export interface ItemEvent {
  readonly item: string;
  readonly kind: ItemEventKind;
  readonly commit: string;
  readonly date: string;
  readonly path: string;
  readonly section: string;
  readonly text: string;
  /** State before (null when it appeared) and after (null when removed). */
  readonly from: ItemState | null;
  readonly to: ItemState | null;
}

/** One point of a burndown / burn-up series. */
export interface SeriesPoint {
  /** Commit sha, or for day/week series the last commit of that period. */
  readonly commit: string;
  /** The point's date: the commit's date, or the day (`2026-03-01`) or week (`2026-W09`). */
  readonly at: string;
  /** Items still to do (counted, not done). */
  readonly remaining: number;
  readonly done: number;
  /** Counted items in scope (done + remaining). */
  readonly scope: number;
  readonly inProgress: number;
  readonly blocked: number;
  /** Mean fraction, or null when nothing is counted. */
  readonly fraction: number | null;
}

/** A series for a document, a section or a milestone. */
export interface Series {
  readonly scope: 'document' | 'section' | 'milestone';
  readonly path: string;
  /** Section key, or null for the whole document. */
  readonly section: string | null;
  readonly byCommit: readonly SeriesPoint[];
  readonly byDay: readonly SeriesPoint[];
  readonly byWeek: readonly SeriesPoint[];
}

/** Items completed in one ISO week. */
export interface WeeklyThroughput {
  /** ISO week, `2026-W09`. */
  readonly week: string;
  readonly done: number;
}

/** When the remaining items will be done, from Monte Carlo trials over weekly throughput. */
export interface Forecast {
  readonly status: 'forecast' | 'not-enough-history' | 'no-convergence' | 'done';
  readonly remaining: number;
  /** Weekly throughputs the trials drew from, oldest first. */
  readonly sample: readonly number[];
  readonly trials: number;
  readonly seed: number;
  /** Completion dates (`YYYY-MM-DD`); null unless status is `forecast`. */
  readonly p50: string | null;
  readonly p85: string | null;
  readonly p95: string | null;
  /** Why there is no forecast, in words, when there is none. */
  readonly reason: string | null;
}

/** A document's history: its snapshots by commit (oldest first) and its items' events. */
export interface DocumentHistory {
  /** Its path at the last point (after renames). */
  readonly path: string;
  /** Every path it had, oldest first. */
  readonly paths: readonly string[];
  /** One per commit that touched it; only the last one carries `items` (the others have none, to keep memory flat). */
  readonly snapshots: readonly Snapshot[];
  readonly events: readonly ItemEvent[];
  /** Versions that could not be read as text (binary, invalid encoding), first of each kind. */
  readonly notes: readonly HistoryNote[];
}

/** Something worth telling about a version of a document: it was binary, or not valid UTF-8. */
export interface HistoryNote {
  readonly commit: string;
  readonly path: string;
  /** A diagnostic's rule id: `binary-file`, `invalid-utf8`, `legacy-encoding`, `mojibake-repaired`. */
  readonly kind: string;
  readonly message: string;
  /** Versions of the document with this kind of note (the first is the one given). */
  readonly count: number;
}

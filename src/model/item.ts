/** The states an item can be in (PRODUCT.md, "Reading state"). */
export const ITEM_STATES = ['done', 'in-progress', 'open', 'blocked', 'cancelled', 'deferred'] as const;

/** One of the six item states. */
export type ItemState = (typeof ITEM_STATES)[number];

/** How an item is written: a checkbox, a status bullet or heading, or a status-table row. */
export type ItemKind = 'task' | 'status' | 'row';

/** Severity or priority carried by a section heading (`Critical Issues 🔴`) or an item. */
export type Priority = 'critical' | 'high' | 'medium' | 'low';

/** A place in the decoded text: UTF-16 offsets plus the 1-based line and column of `from`. */
export interface Span {
  readonly from: number;
  readonly to: number;
  readonly line: number;
  readonly column: number;
}

/**
 * The characters that carry an item's state — `[ ]`, `✅`, a `Done` word, a Status cell —
 * so an edit can rewrite exactly them and nothing else.
 */
export interface Marker extends Span {
  readonly text: string;
}

/** A unit of work read from a document. */
export interface Item extends Span {
  /** Stable across edits elsewhere in the file: derived from section path, text and occurrence. */
  readonly id: string;
  readonly kind: ItemKind;
  readonly state: ItemState;
  /** An explicit percent written on the item (`(70% complete)`, a Progress cell), 0–100+. */
  readonly percent: number | null;
  /** Display text: Markdown marks, status icons and claims stripped. */
  readonly text: string;
  /** The state carrier, when one exists in the text (a table row derived from % has none). */
  readonly marker: Marker | null;
  /** True for a GitHub task list item: `[ ]`, `[x]` or `[X]` as GitHub counts them. */
  readonly gfm: boolean;
  /** Kiro's `- [ ]* …`: shown, not counted unless configured. */
  readonly optional: boolean;
  /** An entry of a status legend (`- [x] Done` under `Status Legend`): GitHub counts its box, progress never counts it. */
  readonly legend: boolean;
  readonly priority: Priority | null;
  /** Why a blocked item is blocked, when the text says (`(waiting for approval)`). */
  readonly reason: string | null;
  readonly owner: string | null;
  readonly due: string | null;
  /** An estimate written on the item: `(3 days)`, `(3-4 hours)`. */
  readonly estimate: string | null;
  /** Id of the enclosing item (nested list, or Kiro numbering `1.` → `1.1`), else null. */
  readonly parent: string | null;
  /** How a row names the work it reports on when its table says so (`Milestone 2` from a `#` and a Milestone column). */
  readonly ref: string | null;
}

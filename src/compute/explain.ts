import type { Claim, Section } from '../model/document.js';
import type { DocReport, Progress, ResolvedClaim } from '../model/progress.js';
import type { Item } from '../model/item.js';

/** What `explain` asks about: a line of the file, or a section by title. */
export type ExplainQuery = { readonly line: number } | { readonly section: string } | { readonly document: true };

/** One item behind a figure, with what it contributes. */
export interface ExplainedItem {
  readonly item: Item;
  /** Section path of the item, outermost first. */
  readonly path: readonly string[];
  /** The fraction this item adds to the mean, or `null` when it is left out. */
  readonly fraction: number | null;
  /** Why it is left out (`cancelled`, `optional`), else null. */
  readonly excluded: string | null;
}

/** The figure asked about and every item behind it. */
export interface Explanation {
  /** `document`, `section` or `item`. */
  readonly scope: 'document' | 'section' | 'item';
  readonly title: string;
  readonly line: number;
  readonly progress: Progress;
  readonly claims: readonly (ResolvedClaim | Claim)[];
  readonly items: readonly ExplainedItem[];
  readonly section: Section | null;
}

/** Finds the figure a query names and lists the items behind it. (Being written by the lead.) */
export function explain(report: DocReport, query: ExplainQuery): Explanation | null {
  void report; void query;
  return null;
}

import type { Claim, ProgressDoc, Section } from './document.js';
import type { Diagnostic } from './diagnostic.js';
import type { Item, ItemState } from './item.js';
import type { Metric, MetricStatus } from './metric.js';

/** Counts and the fraction computed over a set of items (PRODUCT.md, "Computing progress"). */
export interface Progress {
  /** Mean item fraction over counted items; `null` when nothing is counted. */
  readonly fraction: number | null;
  readonly done: number;
  /** Items counted in `fraction`: every item but cancelled and (by default) optional ones. */
  readonly total: number;
  readonly states: Readonly<Record<ItemState, number>>;
  /** GitHub task list items only, exactly as GitHub counts "N of M tasks". */
  readonly tasks: { readonly done: number; readonly total: number };
}

/** One figure's contribution: an item, whether it counts, and the fraction it adds. */
export interface CountedItem {
  readonly item: Item;
  /** `null` when the item is left out (cancelled, optional). */
  readonly fraction: number | null;
}

/** A claim attached to the section it speaks about, with the figure it is compared against. */
export interface ResolvedClaim extends Claim {
  /** Display title of the section the claim is about (`null` for the document claim). */
  readonly about: string | null;
}

/** A section with its computed figures. */
export interface SectionReport {
  readonly section: Section;
  /** Items of this section that count as evidence (claims matched to other sections removed). */
  readonly items: readonly Item[];
  /** Claims about this section: its heading and first lines, plus bullets and rows naming it. */
  readonly claims: readonly ResolvedClaim[];
  /** Progress over this section's items and all its subsections'. */
  readonly progress: Progress;
  readonly sections: readonly SectionReport[];
}

/** A metric with its status decided. */
export interface MetricReport {
  readonly metric: Metric;
  readonly status: MetricStatus;
}

/** Everything Headway knows about one document: the extracted model and the computed figures. */
export interface DocReport {
  readonly doc: ProgressDoc;
  /** Items before the first heading that count as evidence. */
  readonly items: readonly Item[];
  readonly progress: Progress;
  /** The document's overall claim, if it makes one. */
  readonly claim: ResolvedClaim | null;
  readonly sections: readonly SectionReport[];
  readonly metrics: readonly MetricReport[];
  readonly findings: readonly Diagnostic[];
}

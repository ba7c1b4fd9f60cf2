import type { Diagnostic } from './diagnostic.js';
import type { Item, ItemState, Priority, Span } from './item.js';
import type { Metric } from './metric.js';

/** Where a claim was read from. */
export type ClaimSource = 'heading' | 'field' | 'bullet' | 'row' | 'meta';

/**
 * What the text says about a piece of work: a percent, a status, or both.
 * `Phase 1 … — **Progress**: 65%`, `(20% Complete - In Progress)`, `✅ Complete | 90%`.
 */
export interface Claim extends Span {
  readonly percent: number | null;
  readonly status: ItemState | null;
  /** The words that carried the status, lower-cased (`not started`, `complete`, `✅`). */
  readonly statusText: string | null;
  readonly source: ClaimSource;
  /** The source line, trimmed, for messages and `explain`. */
  readonly text: string;
}

/** A heading and everything under it until the next heading of the same or lower depth. */
export interface Section extends Span {
  /** Display title: status icons, claims and Markdown marks stripped. */
  readonly title: string;
  /** The heading text as written (Markdown marks stripped, icons kept). */
  readonly rawTitle: string;
  readonly depth: number;
  /** Titles from the outermost section down to this one. */
  readonly path: readonly string[];
  /** Claims carried by the heading itself and by the section's first lines. */
  readonly claims: readonly Claim[];
  /** True when the heading names a category of the document (`What Works`), not work. */
  readonly category: boolean;
  readonly priority: Priority | null;
  /** `**Target**: Week 8`, `Fälligkeitsdatum: 15.06.2025` — as written. */
  readonly target: string | null;
  /** Items written directly in this section (not in subsections). */
  readonly items: readonly Item[];
  readonly sections: readonly Section[];
  /** Offset where the section's content ends (the next heading of depth ≤ this, or EOF). */
  readonly end: number;
}

/** A value read from a document-level field such as `**Last Updated**: June 18, 2025`. */
export interface MetaField extends Span {
  readonly key: MetaKey;
  readonly label: string;
  readonly value: string;
}

/** Document-level fields Headway understands. */
export type MetaKey =
  | 'status'
  | 'currentPhase'
  | 'overallProgress'
  | 'lastUpdated'
  | 'started'
  | 'target'
  | 'currentSprint';

/** An unfilled template slot: `[Name]`, `[Current Date]`, `[X]%`. */
export interface Placeholder extends Span {
  readonly text: string;
}

/** How the bytes became text. */
export interface EncodingReport {
  /** `utf-8`, `utf-16le`, `utf-16be`, `windows-1252`, or `binary`; a repair is told by `repair` and `repairedFrom`. */
  readonly detected: string;
  readonly bom: boolean;
  readonly repair: 'none' | 'lossless' | 'best-effort';
  /** The code page the text had been wrongly decoded as, when repaired. */
  readonly repairedFrom: string | null;
  /** Line endings found: `lf`, `crlf`, `cr`, `mixed` or `none`. */
  readonly lineEndings: 'lf' | 'crlf' | 'cr' | 'mixed' | 'none';
}

/** Everything extracted from one document, before any figure is computed. */
export interface ProgressDoc {
  /** Path as given to Headway (project-relative where possible), `/` separators. */
  readonly path: string;
  readonly title: string;
  readonly encoding: EncodingReport;
  readonly meta: readonly MetaField[];
  /** Items written before the first heading. */
  readonly items: readonly Item[];
  /** Claims written before the first heading (`**Overall Progress**: 5%` in a preamble). */
  readonly claims: readonly Claim[];
  readonly sections: readonly Section[];
  readonly metrics: readonly Metric[];
  readonly placeholders: readonly Placeholder[];
  /** Problems found while decoding and reading (invalid UTF-8, a broken table…). */
  readonly problems: readonly Diagnostic[];
  /** Number of lines in the file. */
  readonly lines: number;
}

/**
 * The shapes of Headway's JSON output, declared apart from the domain model so the model can
 * change without breaking consumers. Every field is always present; absent values are `null`.
 * Bump SCHEMA_VERSION on any change that removes or re-types a field (adding one is fine).
 */

/** Version of every JSON document Headway prints. */
export const SCHEMA_VERSION = 1;

/** One of the six item states. */
export type StateJson = 'done' | 'in-progress' | 'open' | 'blocked' | 'cancelled' | 'deferred';

/** `headway status --json`. */
export interface StatusJson {
  readonly schemaVersion: typeof SCHEMA_VERSION;
  readonly documents: readonly DocumentJson[];
}

/** One document's figures. */
export interface DocumentJson {
  readonly path: string;
  readonly title: string;
  readonly lines: number;
  readonly encoding: EncodingJson;
  readonly meta: readonly MetaJson[];
  readonly progress: ProgressJson;
  /** The document's overall claim. */
  readonly claim: DocumentClaimJson | null;
  /** Claims written before the first heading. */
  readonly claims: readonly ClaimJson[];
  /** Items written before the first heading. */
  readonly items: readonly ItemJson[];
  readonly sections: readonly SectionJson[];
  readonly metrics: readonly MetricJson[];
  readonly placeholders: readonly PlaceholderJson[];
  readonly findings: readonly FindingJson[];
}

/** How the bytes became text. */
export interface EncodingJson {
  readonly detected: string;
  readonly bom: boolean;
  readonly repair: 'none' | 'lossless' | 'best-effort';
  readonly repairedFrom: string | null;
  readonly lineEndings: 'lf' | 'crlf' | 'cr' | 'mixed' | 'none';
}

/** A document-level field such as `**Last Updated**: June 18, 2025`. */
export interface MetaJson {
  readonly key: string;
  readonly label: string;
  readonly value: string;
  readonly line: number;
}

/** Counts and the computed fraction over a set of items. */
export interface ProgressJson {
  /** Mean item fraction in [0, 1]; `null` when nothing is counted. */
  readonly fraction: number | null;
  readonly done: number;
  readonly total: number;
  readonly states: Readonly<Record<StateJson, number>>;
  /** GitHub task list items only ("N of M tasks"). */
  readonly tasks: { readonly done: number; readonly total: number };
}

/** The document's overall claim. */
export interface DocumentClaimJson {
  readonly percent: number | null;
  readonly status: StateJson | null;
  readonly line: number;
  readonly text: string;
}

/** A section's claims in one figure: the first percent and the first status claimed. */
export interface SectionClaimJson {
  readonly percent: number | null;
  readonly status: StateJson | null;
  readonly line: number;
}

/** One claim as written. */
export interface ClaimJson {
  readonly percent: number | null;
  readonly status: StateJson | null;
  readonly statusText: string | null;
  readonly source: 'heading' | 'field' | 'bullet' | 'row' | 'meta';
  /** Display title of the section the claim is about; `null` for the document or when unresolved. */
  readonly about: string | null;
  readonly text: string;
  readonly line: number;
  readonly column: number;
}

/** A heading and its figures; `progress` covers its subsections too. */
export interface SectionJson {
  readonly title: string;
  readonly rawTitle: string;
  readonly depth: number;
  readonly path: readonly string[];
  readonly line: number;
  readonly category: boolean;
  readonly priority: PriorityJson | null;
  readonly target: string | null;
  readonly claim: SectionClaimJson | null;
  readonly claims: readonly ClaimJson[];
  readonly progress: ProgressJson;
  /** Items written directly in this section. */
  readonly items: readonly ItemJson[];
  readonly sections: readonly SectionJson[];
}

/** Severity or priority. */
export type PriorityJson = 'critical' | 'high' | 'medium' | 'low';

/** A unit of work. */
export interface ItemJson {
  readonly id: string;
  readonly kind: 'task' | 'status' | 'row';
  readonly state: StateJson;
  /** What the item adds to the mean: done 1, else percent/100 (≤ 1), else 0; `null` when left out. */
  readonly fraction: number | null;
  readonly percent: number | null;
  readonly text: string;
  readonly line: number;
  readonly column: number;
  /** The characters carrying the state (`[x]`, `✅`, a Status cell). */
  readonly marker: string | null;
  readonly gfm: boolean;
  readonly optional: boolean;
  readonly priority: PriorityJson | null;
  readonly reason: string | null;
  readonly owner: string | null;
  readonly due: string | null;
  readonly estimate: string | null;
  readonly parent: string | null;
}

/** A KPI and whether it meets its target. */
export interface MetricJson {
  readonly name: string;
  readonly line: number;
  readonly text: string;
  readonly current: { readonly value: number; readonly unit: string | null } | null;
  readonly target: { readonly op: '<' | '<=' | '>' | '>=' | '='; readonly value: number; readonly unit: string | null } | null;
  /** What the text itself says (`✅`, `EXCEEDS TARGET`). */
  readonly reported: 'met' | 'missed' | 'unknown' | null;
  readonly status: 'met' | 'missed' | 'unknown';
}

/** An unfilled template slot. */
export interface PlaceholderJson {
  readonly text: string;
  readonly line: number;
  readonly column: number;
}

/** A finding: every field of a Diagnostic. */
export interface FindingJson {
  readonly ruleId: string;
  readonly severity: 'error' | 'warning' | 'info';
  readonly message: string;
  readonly file: string | null;
  readonly line: number | null;
  readonly column: number | null;
  readonly endLine: number | null;
  readonly endColumn: number | null;
  readonly actual: string | number | null;
  readonly expected: string | number | null;
  readonly url: string | null;
}

/** `headway explain --json`. */
export interface ExplainJson {
  readonly schemaVersion: typeof SCHEMA_VERSION;
  readonly path: string;
  readonly scope: 'document' | 'section' | 'item';
  readonly title: string;
  readonly line: number;
  readonly progress: ProgressJson;
  readonly claims: readonly ClaimJson[];
  readonly items: readonly ExplainedItemJson[];
}

/** One item behind an explained figure. */
export interface ExplainedItemJson extends ItemJson {
  /** Section path of the item, outermost first. */
  readonly section: readonly string[];
  /** Why the item is left out of the figure (`cancelled`, `optional`), else null. */
  readonly excluded: string | null;
}

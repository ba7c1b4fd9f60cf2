import type { z, ZodType } from 'zod';
import type { DiagnosticSeverity } from '../model/diagnostic.js';
import type { Span } from '../model/item.js';
import type { DocReport } from '../model/progress.js';

/** What a rule reports: a message template by id, the place, and optional actual/expected. */
export interface RuleReport {
  readonly messageId: string;
  readonly data?: Readonly<Record<string, string | number>>;
  readonly at: Pick<Span, 'line' | 'column'> | null;
  readonly actual?: string | number | null;
  readonly expected?: string | number | null;
}

/** What a rule may see besides the document: its options and the clock. */
export interface RuleContext<Options> {
  readonly options: Options;
  /** Passed in so rules stay pure: staleness is judged against this instant. */
  readonly now: Date;
  report(report: RuleReport): void;
}

/** A check over one document's report: metadata, option schema and the check itself. */
export interface Rule<Options = unknown> {
  readonly id: string;
  readonly description: string;
  readonly defaultSeverity: DiagnosticSeverity;
  /**
   * The options' schema, built from zod when a config file is read — a function so that a run
   * without a config never loads zod.
   */
  readonly schema: (zod: typeof z) => ZodType<Options>;
  readonly defaultOptions: Options;
  /** Message templates; `{{name}}` is replaced from `data`. */
  readonly messages: Readonly<Record<string, string>>;
  check(report: DocReport, context: RuleContext<Options>): void;
}

/** Declares a rule; the identity function that gives rule files their types. */
export function defineRule<Options>(rule: Rule<Options>): Rule<Options> {
  return rule;
}

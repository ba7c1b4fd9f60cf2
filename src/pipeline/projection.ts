import { documentJsonText } from '../format/status-json.js';
import type { DocReport } from '../model/progress.js';
import type { AnalyzeOptions } from './options.js';

/**
 * What the caller wants back for each document. Workers apply it before answering, so a
 * `--json` run sends one string per document across threads instead of the whole report.
 */
export type Projection =
  | { readonly kind: 'report' }
  | { readonly kind: 'status-json'; readonly indent: number };

/** The value a projection yields per document. */
export type Projected<P extends Projection> = P extends { readonly kind: 'report' } ? DocReport : string;

/** Applies a projection to one report. */
export function project<P extends Projection>(report: DocReport, projection: P, options: AnalyzeOptions): Projected<P> {
  const value = projection.kind === 'report'
    ? report
    : documentJsonText(report, { countOptional: options.countOptional, indent: projection.indent });
  return value as Projected<P>;
}

/** How serious a finding is. */
export type DiagnosticSeverity = 'error' | 'warning' | 'info';

/**
 * One problem in a user's document — the only shape findings take (modelled on vfile-message
 * and ESLint's LintResult). Absent fields are `null` so JSON output is stable.
 */
export interface Diagnostic {
  readonly ruleId: string;
  readonly severity: DiagnosticSeverity;
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

/** Builds a Diagnostic, filling every absent field with `null`. */
export function diagnostic(
  fields: Pick<Diagnostic, 'ruleId' | 'severity' | 'message'> & Partial<Diagnostic>,
): Diagnostic {
  return {
    file: null,
    line: null,
    column: null,
    endLine: null,
    endColumn: null,
    actual: null,
    expected: null,
    url: null,
    ...fields,
  };
}

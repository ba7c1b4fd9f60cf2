import type { Diagnostic, DiagnosticSeverity } from '../model/diagnostic.js';
import type { Colors } from './colors.js';
import { cell, layoutTable } from './table.js';

/** Findings as aligned `file:line:col  severity  rule-id  message` lines, in file order. */
export function formatFindings(findings: readonly Diagnostic[], path: string, colors: Colors): string[] {
  const sorted = [...findings].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
  return layoutTable(
    sorted.map((finding) => [
      cell(location(finding, path), colors.dim),
      cell(finding.severity, severityPaint(finding.severity, colors)),
      cell(finding.ruleId, colors.dim),
      cell(finding.message),
    ]),
  );
}

/** `docs/progress.md:12:3`, as editors and terminals link it. */
function location(finding: Diagnostic, path: string): string {
  const file = finding.file ?? path;
  if (finding.line === null) return file;
  return finding.column === null ? `${file}:${finding.line}` : `${file}:${finding.line}:${finding.column}`;
}

/** Red for errors, yellow for warnings, blue for information. */
export function severityPaint(severity: Diagnostic['severity'], colors: Colors): (text: string) => string {
  return severity === 'error' ? colors.red : severity === 'warning' ? colors.yellow : colors.blue;
}

/** The most serious severity among findings, or null when there are none. */
export function worstSeverity(findings: readonly Diagnostic[]): DiagnosticSeverity | null {
  const order: readonly DiagnosticSeverity[] = ['error', 'warning', 'info'];
  return order.find((severity) => findings.some((finding) => finding.severity === severity)) ?? null;
}

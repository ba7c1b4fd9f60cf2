/** Every place a DocReport points into its document, for checks that they all point inside it. */
import type { Section } from '../../src/model/document.js';
import type { DocReport } from '../../src/model/progress.js';

/** One line a report refers to, and what refers to it. */
export interface LineRef {
  readonly what: string;
  readonly line: number;
}

function sectionRefs(section: Section, out: LineRef[]): void {
  out.push({ what: `section "${section.title}"`, line: section.line });
  for (const claim of section.claims) out.push({ what: `claim "${claim.text}"`, line: claim.line });
  for (const item of section.items) out.push({ what: `item "${item.text}"`, line: item.line });
  for (const child of section.sections) sectionRefs(child, out);
}

/**
 * Lines of every section, item, claim, meta field, placeholder, metric and finding in a
 * report (a finding's `line`/`endLine` only when set: a file-wide finding has none).
 */
export function lineRefs(report: DocReport): LineRef[] {
  const doc = report.doc;
  const out: LineRef[] = [];
  for (const item of doc.items) out.push({ what: `item "${item.text}"`, line: item.line });
  for (const claim of doc.claims) out.push({ what: `claim "${claim.text}"`, line: claim.line });
  for (const section of doc.sections) sectionRefs(section, out);
  for (const field of doc.meta) out.push({ what: `meta ${field.key}`, line: field.line });
  for (const placeholder of doc.placeholders) out.push({ what: `placeholder ${placeholder.text}`, line: placeholder.line });
  for (const metric of doc.metrics) out.push({ what: `metric "${metric.name}"`, line: metric.line });
  for (const finding of report.findings) {
    if (finding.line !== null) out.push({ what: `finding ${finding.ruleId}`, line: finding.line });
    if (finding.endLine !== null) out.push({ what: `finding ${finding.ruleId} (end)`, line: finding.endLine });
  }
  return out;
}

/** The references that fall outside 1..doc.lines (or are not whole numbers). */
export function linesOutOfRange(report: DocReport): LineRef[] {
  return lineRefs(report).filter(({ line }) => !Number.isInteger(line) || line < 1 || line > report.doc.lines);
}

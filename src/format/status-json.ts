import type { DocReport, SectionReport } from '../model/progress.js';
import { summarizeClaims } from './claim-summary.js';
import { claimJson, findingJson, itemJson, metricJson, progressJson } from './json-parts.js';
import { SCHEMA_VERSION, type DocumentJson, type SectionJson } from './json-types.js';

export { SCHEMA_VERSION } from './json-types.js';

/** What the status JSON needs besides the reports. */
export interface StatusJsonMeta {
  /** Count Kiro's optional tasks, as analysis did: decides whether their `fraction` is null. */
  readonly countOptional: boolean;
  /** Spaces per level; 0 prints one line. */
  readonly indent: number;
}

/** `headway status --json`: the documents in the versioned contract of json-types.ts. */
export function formatStatusJson(reports: readonly DocReport[], meta: StatusJsonMeta): string {
  return joinStatusJson(reports.map((report) => documentJsonText(report, meta)), meta.indent);
}

/**
 * One document, already serialised and indented for its place in the `documents` array.
 * Workers call this so only a string crosses the thread boundary, never the report's object graph.
 */
export function documentJsonText(report: DocReport, meta: StatusJsonMeta): string {
  const text = JSON.stringify(documentJson(report, meta.countOptional), null, meta.indent);
  // JSON strings never hold a raw newline, so every '\n' is layout and can take the nesting indent.
  return meta.indent === 0 ? text : text.replaceAll('\n', '\n' + ' '.repeat(meta.indent * 2));
}

/**
 * The whole status JSON from documents serialised by `documentJsonText` with the same indent;
 * byte-identical to `JSON.stringify(statusJson, null, indent)`, plus a final newline.
 */
export function joinStatusJson(documents: readonly string[], indent: number): string {
  return [...statusJsonChunks(documents, indent)].join('');
}

/**
 * The same text in pieces, one per document, so a caller can write tens of megabytes of JSON
 * without first building it as one string.
 */
export function* statusJsonChunks(documents: readonly string[], indent: number): Generator<string> {
  const layout = statusJsonLayout(indent);
  yield layout.open;
  for (const [index, document] of documents.entries()) yield layout.document(document, index);
  yield layout.close(documents.length);
}

/** The pieces around and between documents, for writing the JSON as documents arrive. */
export function statusJsonLayout(indent: number): { open: string; document(text: string, index: number): string; close(count: number): string } {
  const one = ' '.repeat(indent);
  const two = one + one;
  const newline = indent === 0 ? '' : '\n';
  const colon = indent === 0 ? ':' : ': ';
  return {
    open: `{${newline}${one}"schemaVersion"${colon}${SCHEMA_VERSION},${newline}${one}"documents"${colon}[`,
    document: (text, index) => `${index === 0 ? '' : ','}${newline}${two}${text}`,
    close: (count) => `${count === 0 ? '' : `${newline}${one}`}]${newline}}\n`,
  };
}

/** One document in the JSON contract. */
export function documentJson(report: DocReport, countOptional: boolean): DocumentJson {
  const { doc, claim } = report;
  return {
    path: doc.path,
    title: doc.title,
    lines: doc.lines,
    encoding: {
      detected: doc.encoding.detected,
      bom: doc.encoding.bom,
      repair: doc.encoding.repair,
      repairedFrom: doc.encoding.repairedFrom,
      lineEndings: doc.encoding.lineEndings,
    },
    meta: doc.meta.map((field) => ({ key: field.key, label: field.label, value: field.value, line: field.line })),
    progress: progressJson(report.progress),
    claim: claim === null ? null : { percent: claim.percent, status: claim.status, line: claim.line, text: claim.text },
    claims: doc.claims.map(claimJson),
    items: report.items.map((item) => itemJson(item, countOptional)),
    sections: report.sections.map((section) => sectionJson(section, countOptional)),
    metrics: report.metrics.map(metricJson),
    placeholders: doc.placeholders.map((slot) => ({ text: slot.text, line: slot.line, column: slot.column })),
    findings: report.findings.map((finding) => findingJson(finding, doc.path)),
  };
}

function sectionJson(report: SectionReport, countOptional: boolean): SectionJson {
  const { section } = report;
  return {
    title: section.title,
    rawTitle: section.rawTitle,
    depth: section.depth,
    path: section.path,
    line: section.line,
    category: section.category,
    priority: section.priority,
    target: section.target,
    claim: summarizeClaims(report.claims),
    claims: report.claims.map(claimJson),
    progress: progressJson(report.progress),
    items: report.items.map((item) => itemJson(item, countOptional)),
    sections: report.sections.map((child) => sectionJson(child, countOptional)),
  };
}

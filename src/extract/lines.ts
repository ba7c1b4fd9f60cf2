import type { Claim, MetaKey } from '../model/document.js';
import type { Priority, Span } from '../model/item.js';
import { cellState } from './cell-state.js';
import type { Extraction } from './context.js';
import { readField, type Field } from './fields.js';
import type { PlainText } from './inline-text.js';
import type { FieldKind } from './lexicon/field-keys.js';
import { PRIORITY_WORDS } from './lexicon/headings.js';
import { readMetric } from './metrics.js';
import { findPercent } from './percent.js';
import { addPlaceholders } from './placeholders-in-context.js';
import { readStatus } from './status.js';

const META_KEY: Partial<Record<FieldKind, MetaKey>> = {
  status: 'status',
  progress: 'overallProgress',
  overall: 'overallProgress',
  phase: 'currentPhase',
  updated: 'lastUpdated',
  started: 'started',
  target: 'target',
  sprint: 'currentSprint',
};

/** How much a line may say about its section. */
export interface LineContext {
  /** The line is among the section's opening lines, where claims about the section are read. */
  readonly opening: boolean;
}

/**
 * Reads one line of prose or a plain bullet for what it says besides items: document meta,
 * claims about the section (`**Progress**: 65%`), its target and priority, metrics, and
 * placeholders. Returns true when the line was one of these.
 */
export function readLine(x: Extraction, plain: PlainText, context: LineContext): boolean {
  addPlaceholders(x, plain);
  const text = plain.text;
  if (text.length === 0) return false;
  const section = x.section;
  const where = x.span(plain.offset(0), plain.offset(text.length));
  const field = readField(text);
  if (field && readFieldLine(x, field, plain, context, where)) return true;
  const metric = readMetric(text, section.metrics, /\btargets?\b/i.test(section.title));
  if (metric) {
    x.metrics.push({ ...where, ...metric, text: x.lines.lineText(where.line).trim() });
    return true;
  }
  if (context.opening && !section.category && !section.overview) {
    // A line that is nothing but a claim: `(20% Complete - In Progress)`, `**95% Complete**`.
    const reading = readStatus(text, x.vocabulary, plain);
    if (reading.titleStart >= reading.titleEnd && (reading.state !== null || reading.percent !== null)) {
      section.claims.push(claim(x, where, reading.percent, reading.state, reading.statusText, 'field'));
      return true;
    }
  }
  return false;
}

function readFieldLine(x: Extraction, field: Field, plain: PlainText, context: LineContext, where: Span): boolean {
  const section = x.section;
  const metaKey = META_KEY[field.kind];
  // `Overall Progress` and `Last Updated` speak for the document wherever they stand.
  if (metaKey && (field.kind === 'updated' || field.kind === 'overall' || section.overview)) {
    x.meta.push({ ...x.span(where.from, where.to), key: metaKey, label: field.key, value: field.value });
    if (field.kind === 'progress' || field.kind === 'overall') {
      const percent = valuePercent(field.value);
      if (percent !== null) x.root.claims.push(claim(x, where, percent, null, null, 'meta'));
    }
    return true;
  }
  if (!context.opening || section.category || section.overview) return false;
  switch (field.kind) {
    case 'status': {
      const value = plain.text.slice(field.valueStart, field.valueEnd);
      const state = cellState(value, x.vocabulary);
      const percent = valuePercent(value);
      if (!state?.state && percent === null) return false;
      const at = plain.sourceRange(field.valueStart, field.valueEnd);
      section.claims.push(claim(x, where, percent, state?.state ?? null, state?.text ?? null, 'field'));
      section.headingMarker ??= x.marker(at.from, at.to);
      return true;
    }
    case 'progress': {
      const percent = valuePercent(field.value);
      if (percent === null) return false;
      const reading = readStatus(field.value, x.vocabulary);
      section.claims.push(claim(x, where, percent, reading.state, reading.statusText, 'field'));
      return true;
    }
    case 'completed':
      section.claims.push(claim(x, where, null, 'done', field.key.toLowerCase(), 'field'));
      return true;
    case 'target':
      section.target ??= field.value;
      return true;
    case 'priority':
      section.priority ??= priorityOf(field.value);
      return true;
    default:
      return false;
  }
}

function claim(x: Extraction, where: Span, percent: number | null, status: Claim['status'], statusText: string | null, source: Claim['source']): Claim {
  return { from: where.from, to: where.to, line: where.line, column: where.column, percent, status, statusText, source, text: x.lines.lineText(where.line).trim() };
}

/** The completion figure in a field value: `65%`, `~45% ✅`, `5% Complete`, `3/4`. */
export function valuePercent(value: string): number | null {
  return findPercent(value);
}

/** A priority written as a value: `High`, `P1`, `🔴 Critical`. */
export function priorityOf(value: string): Priority | null {
  for (const [pattern, priority] of PRIORITY_WORDS) if (pattern.test(value)) return priority;
  const p = /\bP([0-3])\b/i.exec(value);
  if (p) return (['critical', 'high', 'medium', 'low'] as const)[Number(p[1])]!;
  return null;
}

import type { Claim, Section } from '../model/document.js';
import type { Item } from '../model/item.js';
import type { DocReport, Progress, ResolvedClaim, SectionReport } from '../model/progress.js';
import { exclusionReason, itemFraction, progressOf } from './progress.js';

/** What `explain` asks about: a line of the file, a section by title, or the whole document. */
export type ExplainQuery = { readonly line: number } | { readonly section: string } | { readonly document: true };

/** One item behind a figure, with what it contributes. */
export interface ExplainedItem {
  readonly item: Item;
  /** Section path of the item, outermost first. */
  readonly path: readonly string[];
  /** The fraction this item adds to the mean, or `null` when it is left out. */
  readonly fraction: number | null;
  /** Why it is left out (`cancelled`, `optional`, `legend`), else null. */
  readonly excluded: string | null;
}

/** The figure asked about and every item behind it. */
export interface Explanation {
  readonly scope: 'document' | 'section' | 'item';
  readonly title: string;
  readonly line: number;
  readonly progress: Progress;
  readonly claims: readonly (ResolvedClaim | Claim)[];
  readonly items: readonly ExplainedItem[];
  readonly section: Section | null;
}

/**
 * Finds the figure a query names and lists every item behind it — the counting rules made
 * visible. A line may hold a heading (its section), a claim (the section it is about) or
 * an item; any other line has no figure and gives null.
 */
export function explain(report: DocReport, query: ExplainQuery, countOptional = false): Explanation | null {
  if ('document' in query) {
    const items = collect(report.items, report.sections, [], countOptional);
    return { scope: 'document', title: report.doc.title, line: 1, progress: report.progress, claims: report.claim ? [report.claim] : [], items, section: null };
  }
  if ('section' in query) {
    const wanted = query.section.trim().toLowerCase();
    const found = find(report.sections, (s) => s.section.title.trim().toLowerCase() === wanted);
    return found ? ofSection(found, countOptional) : null;
  }
  const line = query.line;
  const heading = find(report.sections, (s) => s.section.line === line);
  if (heading) return ofSection(heading, countOptional);
  const claimed = find(report.sections, (s) => s.claims.some((c) => c.line === line));
  if (claimed) return ofSection(claimed, countOptional);
  if (report.claim?.line === line) return explain(report, { document: true }, countOptional);
  const item = collect(report.items, report.sections, [], countOptional).find((e) => e.item.line === line);
  if (!item) return null;
  return {
    scope: 'item',
    title: item.item.text,
    line: item.item.line,
    progress: progressOf([item.item], countOptional),
    claims: [],
    items: [item],
    section: null,
  };
}

function ofSection(report: SectionReport, countOptional: boolean): Explanation {
  return {
    scope: 'section',
    title: report.section.title,
    line: report.section.line,
    progress: report.progress,
    claims: report.claims,
    items: collect(report.items, report.sections, report.section.path, countOptional),
    section: report.section,
  };
}

function collect(items: readonly Item[], sections: readonly SectionReport[], path: readonly string[], countOptional: boolean): ExplainedItem[] {
  const out = items.map((item) => explained(item, path, countOptional));
  for (const s of sections) out.push(...collect(s.items, s.sections, s.section.path, countOptional));
  return out;
}

function explained(item: Item, path: readonly string[], countOptional: boolean): ExplainedItem {
  return { item, path, fraction: itemFraction(item, countOptional), excluded: exclusionReason(item, countOptional) };
}

function find(sections: readonly SectionReport[], test: (s: SectionReport) => boolean): SectionReport | null {
  for (const s of sections) {
    if (test(s)) return s;
    const inner = find(s.sections, test);
    if (inner) return inner;
  }
  return null;
}

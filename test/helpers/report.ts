/** Small accessors over a DocReport for tests. */
import assert from 'node:assert/strict';
import type { Item } from '../../src/model/item.js';
import type { DocReport, SectionReport } from '../../src/model/progress.js';
import { analyze } from '../../src/pipeline/analyze.js';
import { defaultAnalyzeOptions } from '../../src/pipeline/options.js';

/** The fixed instant tests analyse at, so staleness is deterministic. */
export const NOW = new Date('2026-11-22T00:00:00Z');

/** Analyses Markdown text (or bytes) with default options at `NOW`. */
export function analyzeText(input: string | Uint8Array, path = 'doc.md'): DocReport {
  const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input;
  return analyze(bytes, path, defaultAnalyzeOptions(NOW));
}

/** Every section report, depth first. */
export function sectionsOf(report: Pick<DocReport, 'sections'>): SectionReport[] {
  const out: SectionReport[] = [];
  const visit = (list: readonly SectionReport[]) => list.forEach((s) => (out.push(s), visit(s.sections)));
  visit(report.sections);
  return out;
}

/** The one section with this display title; fails the test when there is none or several. */
export function section(report: DocReport, title: string): SectionReport {
  const found = sectionsOf(report).filter((s) => s.section.title === title);
  assert.equal(found.length, 1, `expected one section "${title}", found ${found.length}: ${sectionsOf(report).map((s) => s.section.title).join(' | ')}`);
  return found[0]!;
}

/** Every counted item of the document (claims matched to sections excluded). */
export function itemsOf(report: DocReport): Item[] {
  return [...report.items, ...sectionsOf(report).flatMap((s) => s.items)];
}

/** Items of a section and its subsections. */
export function itemsUnder(s: SectionReport): Item[] {
  return [...s.items, ...s.sections.flatMap(itemsUnder)];
}

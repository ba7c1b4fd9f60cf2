import type { DocReport, SectionReport } from '../model/progress.js';

/** Every section report of a document, depth first, in document order. */
export function* allSections(report: Pick<DocReport, 'sections'>): Generator<SectionReport> {
  const stack = [...report.sections].reverse();
  while (stack.length > 0) {
    const s = stack.pop()!;
    yield s;
    for (let i = s.sections.length - 1; i >= 0; i--) stack.push(s.sections[i]!);
  }
}

/** A fraction as a whole percent for messages. */
export function pct(fraction: number | null): number {
  return fraction === null ? 0 : Math.round(fraction * 1000) / 10;
}

import type { SectionReport } from '../model/progress.js';

/** Every section, at any depth, whose display title is `title` (case and surrounding blanks ignored). */
export function findSections(sections: readonly SectionReport[], title: string): SectionReport[] {
  const wanted = title.trim().toLowerCase();
  const found: SectionReport[] = [];
  const visit = (reports: readonly SectionReport[]): void => {
    for (const report of reports) {
      if (report.section.title.trim().toLowerCase() === wanted) found.push(report);
      visit(report.sections);
    }
  };
  visit(sections);
  return found;
}

/** Every section title, outermost first, for "did you mean". */
export function sectionTitles(sections: readonly SectionReport[]): string[] {
  return sections.flatMap((report) => [report.section.title, ...sectionTitles(report.sections)]);
}

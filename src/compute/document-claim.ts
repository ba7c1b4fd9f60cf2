import type { ProgressDoc } from '../model/document.js';
import type { ResolvedClaim, SectionReport } from '../model/progress.js';

/**
 * The document's overall claim (PRODUCT.md): an explicit `Overall Progress` wherever it stands
 * (the first, if several); else the first percent claim whose own section holds no evidence
 * and which stands before the first evidence — `### Phase 1 MVP Status: **95% Complete**`.
 */
export function documentClaim(doc: ProgressDoc, sections: readonly SectionReport[], firstEvidence: number): ResolvedClaim | null {
  const explicit = doc.claims.filter((c) => c.source === 'meta' && c.percent !== null).sort((a, b) => a.line - b.line)[0];
  if (explicit) return { ...explicit, about: null };
  const candidates: ResolvedClaim[] = doc.claims.map((c) => ({ ...c, about: null }));
  const visit = (report: SectionReport) => {
    // "Holds no evidence" means nothing in its whole subtree: `## Phase 1 (80%)` over `###` task lists is a section claim.
    if (Object.values(report.progress.states).every((n) => n === 0)) {
      for (const c of report.claims) if (c.source !== 'bullet' && c.source !== 'row') candidates.push(c);
    }
    report.sections.forEach(visit);
  };
  sections.forEach(visit);
  const before = candidates.filter((c) => c.percent !== null && c.line < firstEvidence).sort((a, b) => a.line - b.line);
  const first = before[0];
  return first ? { ...first, about: null } : null;
}

import { defineRule } from './define.js';
import { allSections } from './sections.js';

/** A claim with nothing under it that Headway can count. */
export default defineRule({
  id: 'claim-unverified',
  description: 'A section or the document claims progress but holds no items to verify it.',
  defaultSeverity: 'warning',
  schema: (z) => z.strictObject({}),
  defaultOptions: {},
  messages: {
    section: '"{{section}}" claims {{claim}} but holds no items that can verify it',
    document: 'The document claims {{claim}} overall but holds no items that can verify it',
  },
  check(report, { report: emit }) {
    const doc = report.claim;
    if (doc && report.progress.total === 0) emit({ messageId: 'document', at: doc, data: { claim: describe(doc) } });
    for (const s of allSections(report)) {
      if (s.progress.total > 0) continue;
      for (const claim of s.claims) {
        if (claim.source === 'meta' || (doc && claim.line === doc.line)) continue;
        emit({ messageId: 'section', at: claim, data: { section: s.section.title, claim: describe(claim) } });
      }
    }
  },
});

function describe(claim: { percent: number | null; status: string | null }): string {
  return claim.percent !== null ? `${claim.percent}%` : `"${claim.status}"`;
}

import { defineRule } from './define.js';
import { allSections, pct } from './sections.js';


/** A claimed percent that the items under it do not support. */
export default defineRule({
  id: 'claim-drift',
  description: 'A claimed percent differs from the computed progress by more than the tolerance.',
  defaultSeverity: 'error',
  schema: (z) =>
    z.strictObject({
      /** Points of difference allowed between claimed and computed percent. */
      tolerance: z.number().min(0).max(100).default(10),
      /** Sections with fewer counted items are too small to judge. */
      minItems: z.number().int().min(1).default(3),
    }),
  defaultOptions: { tolerance: 10, minItems: 3 },
  messages: {
    section: '"{{section}}" claims {{claimed}}% but {{done}} of {{total}} items are done ({{computed}}% computed)',
    document: 'The document claims {{claimed}}% overall but {{done}} of {{total}} items are done ({{computed}}% computed)',
  },
  check(report, { options, report: emit }) {
    const doc = report.claim;
    if (doc?.percent != null && report.progress.total >= options.minItems) {
      const computed = pct(report.progress.fraction);
      if (Math.abs(doc.percent - computed) > options.tolerance) {
        emit({ messageId: 'document', at: doc, data: { claimed: doc.percent, computed, done: report.progress.done, total: report.progress.total }, actual: computed, expected: doc.percent });
      }
    }
    for (const s of allSections(report)) {
      if (s.progress.total < options.minItems) continue;
      const computed = pct(s.progress.fraction);
      for (const claim of s.claims) {
        if (claim.percent === null || (doc && claim.line === doc.line)) continue;
        if (Math.abs(claim.percent - computed) <= options.tolerance) continue;
        emit({
          messageId: 'section',
          at: claim,
          data: { section: s.section.title, claimed: claim.percent, computed, done: s.progress.done, total: s.progress.total },
          actual: computed,
          expected: claim.percent,
        });
      }
    }
  },
});

import { defineRule } from './define.js';

/** An unfilled template slot. */
export default defineRule({
  id: 'placeholder',
  description: 'A template placeholder such as [Name] or [Current Date] was never filled in.',
  defaultSeverity: 'warning',
  schema: (z) => z.strictObject({}),
  defaultOptions: {},
  messages: { placeholder: 'Unfilled placeholder {{text}}' },
  check(report, { report: emit }) {
    for (const p of report.doc.placeholders) emit({ messageId: 'placeholder', at: p, data: { text: p.text }, actual: p.text });
  },
});

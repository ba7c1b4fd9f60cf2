import { parseDate } from '../extract/dates.js';
import { defineRule } from './define.js';

const DAY = 86_400_000;

/** A `Last Updated` date long past (judged against the `now` passed in). */
export default defineRule({
  id: 'stale',
  description: 'The document says it was last updated long ago, or in the future.',
  defaultSeverity: 'warning',
  schema: (z) => z.strictObject({ maxAgeDays: z.number().int().min(1).default(30) }),
  defaultOptions: { maxAgeDays: 30 },
  messages: {
    old: 'Last updated {{date}}, {{days}} days ago (more than {{max}})',
    future: 'Last updated {{date}}, which is in the future',
  },
  check(report, { options, now, report: emit }) {
    const field = report.doc.meta.find((m) => m.key === 'lastUpdated' && parseDate(m.value) !== null);
    if (!field) return;
    const date = parseDate(field.value)!;
    const days = Math.floor((now.getTime() - date.getTime()) / DAY);
    const shown = date.toISOString().slice(0, 10);
    if (days > options.maxAgeDays) emit({ messageId: 'old', at: field, data: { date: shown, days, max: options.maxAgeDays }, actual: days, expected: options.maxAgeDays });
    else if (days < -1) emit({ messageId: 'future', at: field, data: { date: shown } });
  },
});

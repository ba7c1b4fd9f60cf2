import type { Quantity, Target } from '../model/metric.js';
import { defineRule } from './define.js';

/** A metric whose current value misses its target. */
export default defineRule({
  id: 'metric-missed',
  description: 'A metric misses its target.',
  defaultSeverity: 'warning',
  schema: (z) => z.strictObject({}),
  defaultOptions: {},
  messages: {
    missed: '{{name}} is {{current}}, target {{target}}',
  },
  check(report, { report: emit }) {
    // Only a miss the figures prove: a bare ❌ on a line may mean "to do" as often as "missed".
    for (const { metric, status } of report.metrics) {
      if (status !== 'missed' || !metric.current || !metric.target) continue;
      const current = show(metric.current);
      const target = `${metric.target.op} ${show(metric.target)}`;
      emit({ messageId: 'missed', at: metric, data: { name: metric.name, current, target }, actual: current, expected: target });
    }
  },
});

function show(q: Quantity | Target): string {
  if (q.unit === null) return String(q.value);
  return q.unit === '%' ? `${q.value}%` : `${q.value} ${q.unit}`;
}

import type { Metric, MetricStatus } from '../model/metric.js';
import { toBase } from '../extract/quantity.js';

/**
 * Whether a metric meets its target: computed from current and target when both are numbers
 * in comparable units (`3.2 minutes` vs `<2 minutes`), else what the text reports (`✅`),
 * else unknown.
 */
export function metricStatus(metric: Metric): MetricStatus {
  const { current, target } = metric;
  if (current && target) {
    // A range is judged by its worst end: `200-500ms` against `< 1 s` by its 500.
    const worst = current.upper !== null && (target.op === '<' || target.op === '<=') ? { ...current, value: current.upper } : current;
    const pair = toBase(worst, target);
    if (pair) {
      const [c, t] = pair;
      const met = target.op === '<' ? c < t : target.op === '<=' ? c <= t : target.op === '>' ? c > t : target.op === '>=' ? c >= t : c === t;
      return met ? 'met' : 'missed';
    }
  }
  return metric.reported ?? 'unknown';
}

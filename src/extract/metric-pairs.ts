import type { Metric } from '../model/metric.js';

const CURRENT = /^(?:current|actual|aktuelle?r?|actuel(?:le)?)\s+(.+)$/iu;
const TARGET = /^(?:target|goal|ziel|objectif|objetivo)\s+(.+)$/iu;

/**
 * Joins `Current Velocity: 65 points/day` and `Target Velocity: 4 points/day`, written a few
 * lines apart, into one metric `Velocity` with both figures.
 */
export function pairMetrics(metrics: readonly Metric[]): Metric[] {
  const out = [...metrics];
  for (let i = 0; i < out.length; i++) {
    const current = out[i]!;
    const name = CURRENT.exec(current.name)?.[1]?.toLowerCase();
    if (!name || !current.current || current.target) continue;
    const j = out.findIndex((m) => Math.abs(m.line - current.line) <= 5 && !m.current && m.target && TARGET.exec(m.name)?.[1]?.toLowerCase() === name);
    if (j < 0) continue;
    out[i] = { ...current, name: CURRENT.exec(current.name)![1]!, target: out[j]!.target };
    out.splice(j, 1);
    if (j < i) i--;
  }
  return out;
}

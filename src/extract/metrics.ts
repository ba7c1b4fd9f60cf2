import type { Comparator, MetricStatus, Quantity, Target } from '../model/metric.js';
import { findQuantity } from './quantity.js';

/** A metric read from one line, in plain-text terms (the caller adds the location). */
export interface MetricReading {
  readonly name: string;
  readonly current: Quantity | null;
  readonly target: Target | null;
  readonly reported: MetricStatus | null;
}

const TARGET_PART = /(?:\(\s*)?\b(?:target|goal|ziel|objectif|objetivo|sla|threshold|expected)\b\s*[:=]?\s*\(?([^()]*)\)?/iu;
const CURRENT_PART = /(?:\(\s*)?\b(?:current|actual|now|aktuell|actuel|atual)\b\s*[:=]?\s*([^()]*)\)?/iu;
const TARGET_VALUE = /^\s*(?:of\s+)?(?:[<>≤≥=~]|under|below|over|above|at\s+(?:least|most)|less\s+than|more\s+than|max|min|up\s+to)?\s*-?\d/iu;
const NAME_VALUE = /^\s*([^:：]{1,60}?)\s*[:：]\s*(.+)$/su;

/**
 * Metric names where a smaller value is better: with no comparator written, `Build Time … (Target: 2 minutes)`
 * means at most two minutes, while `Coverage … (Target: 80%)` means at least 80 %.
 */
const LOWER_IS_BETTER = /\b(?:time|latency|duration|delay|lag|bugs?|errors?|defects?|vulnerabilit(?:y|ies)|debt|size|cost|regressions?|failures?|incidents?|downtime|load|response|memory|cpu|churn|mttr|crash(?:es)?|warnings?|violations?|p\d\d)\b/iu;

/**
 * Reads `Name: value (Target: t)` lines. Outside a metrics section a line is a metric only when
 * it names a target; inside one (`Success Metrics`, `KPIs`), any `Name: value` line is.
 *
 *     Code Coverage: 67% (Target: 80%)                  current 67 %, target ≥ 80 %
 *     Code Coverage: Target >80% (Current: N/A - …)     current unknown, target > 80 %
 *     API Response Time: < 200ms p95 ✅                 target < 200 ms, reported met
 */
export function readMetric(text: string, inMetricsSection: boolean, targetsSection = false): MetricReading | null {
  if ((!inMetricsSection && !/\d/.test(text)) || (!text.includes(':') && !text.includes('：'))) return null;
  const nv = NAME_VALUE.exec(text);
  if (!nv) return null;
  const name = nv[1]!.trim();
  let rest = nv[2]!;
  if (!isMetricName(name)) return null;
  const defaultOp = defaultComparator(name);
  let target: Target | null = null;
  let current: Quantity | null = null;
  let explicitCurrent = false;
  const found = TARGET_PART.exec(rest);
  // `Target: <2 minutes`, `target of 80%` — not `target missed by >50%`.
  const tp = found && TARGET_VALUE.test(found[1]!) ? found : null;
  if (tp) {
    const q = findQuantity(tp[1]!);
    if (q) target = { ...q.quantity, op: q.op ?? (q.quantity.value === 0 ? '<=' : defaultOp) };
    rest = rest.slice(0, tp.index) + ' ' + rest.slice(tp.index + tp[0].length);
  }
  const cp = CURRENT_PART.exec(rest);
  if (cp) {
    explicitCurrent = true;
    current = findQuantity(cp[1]!)?.quantity ?? null;
    rest = rest.slice(0, cp.index) + ' ' + rest.slice(cp.index + cp[0].length);
  }
  const reported = reportedStatus(rest);
  if (!explicitCurrent) {
    const q = findQuantity(rest);
    const targetName = /^(?:target|goal|ziel|objectif|objetivo)\b/i.test(name);
    if (q && !target && (q.op !== null || targetsSection || targetName)) target = { ...q.quantity, op: q.op ?? defaultOp };
    else if (q) current = q.quantity;
  }
  if (!tp && !inMetricsSection) return null;
  // `Linting: Zero errors ✅` in a metrics section reports its status without figures.
  if (!target && !current && !explicitCurrent && !(inMetricsSection && reported !== null)) return null;
  return { name: name.replace(/[\p{Extended_Pictographic}\uFE0F]/gu, '').trim(), current, target, reported };
}

/**
 * Names that are not measurements: links, severities (`CRITICAL: …`), versions and dates,
 * and keys cut out of a ratio (`resolutions (4:3)` gives `resolutions (4`).
 */
function isMetricName(raw: string): boolean {
  const name = raw.replace(/[\p{Extended_Pictographic}\uFE0F]/gu, '').trim();
  if (/^\[.*\]$|^https?$/i.test(name) || /\d$/.test(name)) return false;
  if ((name.match(/\(/g)?.length ?? 0) !== (name.match(/\)/g)?.length ?? 0)) return false;
  if (/^(?:critical|high|medium|low|warning|note|info|blocker|risk)$/i.test(name)) return false;
  return !/\b(?:version|release|date|deadline|eta|sprint|phase|milestone|team size|owner)\b/i.test(name);
}

/** The comparator a target has when none is written: `<=` for time, bugs, cost…; else `>=`. */
export function defaultComparator(name: string): Comparator {
  return LOWER_IS_BETTER.test(name) ? '<=' : '>=';
}

/** The status a line reports about its own metric: ✅ / EXCEEDS TARGET → met, ❌ / missed → missed. */
export function reportedStatus(text: string): MetricStatus | null {
  if (/❌|✗|✘|\b(?:missed|not met|below target|above target|failing|failed)\b/iu.test(text)) return 'missed';
  if (/✅|✔|☑|\b(?:met|achieved|exceeds?(?: target)?|on target|passing|passed)\b/iu.test(text)) return 'met';
  return null;
}

import type { Span } from './item.js';

/** A comparator in a target: `<2 minutes`, `>80%`, `≥ 98%`, `= 0`. */
export type Comparator = '<' | '<=' | '>' | '>=' | '=';

/** A number with the unit it was written in (`3.2 minutes`, `67%`, `10k/sec`). */
export interface Quantity {
  readonly value: number;
  /** Canonical unit name (`%`, `ms`, `s`, `min`, `h`, `d`, `/s`, `/d`, `B`, `fps`) or `null` for a count. */
  readonly unit: string | null;
  /** The top of a range (`200-500ms` → value 200, upper 500), else null. */
  readonly upper: number | null;
}

/** What a metric must reach. */
export interface Target extends Quantity {
  readonly op: Comparator;
}

/** Whether a metric meets its target. */
export type MetricStatus = 'met' | 'missed' | 'unknown';

/** A KPI line or row: `**Code Coverage**: 67% (Target: 80%)`. */
export interface Metric extends Span {
  readonly name: string;
  readonly current: Quantity | null;
  readonly target: Target | null;
  /** The status the text itself reports (`✅`, `❌`, `EXCEEDS TARGET`), if any. */
  readonly reported: MetricStatus | null;
  /** The source line, trimmed. */
  readonly text: string;
}

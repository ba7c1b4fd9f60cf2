import type { Comparator, Quantity, Target } from '../model/metric.js';

/** Unit spellings → canonical unit. */
const UNITS: ReadonlyArray<readonly [RegExp, string]> = [
  [/^%/, '%'],
  [/^(?:ms|msec|millisec(?:ond)?s?)\b/i, 'ms'],
  [/^(?:req(?:uests)?\/s(?:ec)?|rps|qps|ops\/s(?:ec)?|\/s(?:ec(?:ond)?)?)\b/i, '/s'],
  [/^(?:\/min(?:ute)?|req(?:uests)?\/min|rpm)\b/i, '/min'],
  [/^(?:[\p{L}]+\s*)?(?:\/\s*day|per\s+day|a\s+day)\b/iu, '/d'],
  [/^(?:[\p{L}]+\s*)?(?:\/\s*week|per\s+week|a\s+week)\b/iu, '/w'],
  [/^(?:s|sec|secs|seconds?|sek(?:unden)?)\b/i, 's'],
  [/^(?:min|mins|minutes?|minuten)\b/i, 'min'],
  [/^(?:h|hrs?|hours?|stunden)\b/i, 'h'],
  [/^(?:d|days?|tage?)\b/i, 'd'],
  [/^(?:wk|weeks?|wochen?)\b/i, 'w'],
  [/^(?:fps)\b/i, 'fps'],
  [/^(?:kb|kib)\b/i, 'KB'],
  [/^(?:mb|mib)\b/i, 'MB'],
  [/^(?:gb|gib)\b/i, 'GB'],
  [/^(?:b|bytes?)\b/i, 'B'],
];

/** How to bring a unit to its dimension's base, so `2 minutes` and `120 s` compare. */
const TO_BASE: Readonly<Record<string, readonly [string, number]>> = {
  ms: ['time', 1], s: ['time', 1000], min: ['time', 60_000], h: ['time', 3_600_000], d: ['time', 86_400_000],
  w: ['time', 604_800_000], '/s': ['rate', 1], '/min': ['rate', 1 / 60], '/d': ['rate', 1 / 86_400], '/w': ['rate', 1 / 604_800], B: ['size', 1], KB: ['size', 1024],
  MB: ['size', 1024 ** 2], GB: ['size', 1024 ** 3], '%': ['percent', 1], fps: ['fps', 1],
};

const COMPARATORS: ReadonlyArray<readonly [RegExp, Comparator]> = [
  [/^(?:<=|≤|=<|at most|no more than|max(?:imum)?\.?|up to)\s*/i, '<='],
  [/^(?:>=|≥|=>|at least|min(?:imum)?\.?|no less than)\s*/i, '>='],
  [/^(?:<|under|below|less than|fewer than|within)\s*/i, '<'],
  [/^(?:>|over|above|more than|greater than|exceeds?)\s*/i, '>'],
  [/^(?:=|==|exactly)\s*/i, '='],
];

/** A quantity read from text, with the comparator written before it (or `+` after it). */
export interface QuantityMatch {
  readonly quantity: Quantity;
  readonly op: Comparator | null;
  readonly start: number;
  readonly end: number;
}

const NUMBER = /(-?\d+(?:[.,]\d+)*)\s*([kKM](?![a-zA-Z]))?/y;
const RANGE = /\s*[-–]\s*(\d+(?:[.,]\d+)?)\s*([kKM](?![a-zA-Z]))?/y;

/**
 * Reads the first quantity in `text` at or after `from`: `<2 minutes`, `67%`, `10k/sec`,
 * `95%+`, `~200-500ms`. Numbers that belong to something else are skipped: names (`p95`,
 * `v2`), identifiers (`US-000`), dates and years (`2025-10-10`, `2026`), ratios (`4:3`).
 */
export function findQuantity(text: string, from = 0): QuantityMatch | null {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const isDigit = c >= 48 && c <= 57;
    if (!isDigit && !(c === 45 && /\d/.test(text[i + 1] ?? '') && !/\d/.test(text[i - 1] ?? ''))) continue;
    if (i > 0 && /[\p{L}\p{N}_.]/u.test(text[i - 1]!)) continue;
    if (/[A-Za-z]{1,12}-$|\d[-:/]$/.test(text.slice(Math.max(0, i - 13), i))) continue;
    NUMBER.lastIndex = i;
    const m = NUMBER.exec(text);
    if (!m) continue;
    const after = text.slice(i + m[1]!.length, i + m[1]!.length + 4);
    if (/^[:/]\d/.test(after) || /^-\d{1,2}-/.test(after)) {
      i += m[0].length;
      continue;
    }
    const value = toNumber(m[1]!, m[2]);
    if (value === null) continue;
    let end = i + m[0].length;
    let upper: number | null = null;
    RANGE.lastIndex = end;
    const range = RANGE.exec(text);
    if (range && !/^\d/.test(text[RANGE.lastIndex] ?? '')) {
      upper = toNumber(range[1]!, range[2]);
      if (upper !== null && upper > value) end = RANGE.lastIndex;
      else upper = null;
    }
    const rest = text.slice(end);
    let unit: string | null = null;
    for (const [pattern, name] of UNITS) {
      const um = pattern.exec(rest.trimStart());
      if (um) {
        unit = name;
        end += rest.length - rest.trimStart().length + um[0].length;
        break;
      }
    }
    // A bare year is a date, not a measurement: `Next Release: 2025`.
    if (unit === null && upper === null && /^(?:19|20)\d{2}$/.test(m[1]!)) continue;
    let op = comparatorBefore(text, i);
    if (text[end] === '+') {
      op ??= '>=';
      end++;
    }
    return { quantity: { value, unit, upper }, op, start: op ? opStart(text, i) : i, end };
  }
  return null;
}

function toNumber(digits: string, multiplier: string | undefined): number | null {
  // 1,000 is a thousands separator; 3,5 is a decimal comma.
  const raw = /^\d{1,3}(?:,\d{3})+$/.test(digits) ? digits.replace(/,/g, '') : digits.replace(',', '.');
  let value = Number.parseFloat(raw);
  if (!Number.isFinite(value)) return null;
  if (multiplier === 'k' || multiplier === 'K') value *= 1000;
  if (multiplier === 'M') value *= 1_000_000;
  return value;
}

/** The comparators again, anchored at the end: they are read backwards from a number. */
const COMPARATORS_BEFORE = COMPARATORS.map(
  ([pattern, op]) => [new RegExp(`(?:${pattern.source.slice(1).replace(/\\s\*$/, '')})\\s*$`, 'i'), op] as const,
);

function comparatorBefore(text: string, index: number): Comparator | null {
  const before = text.slice(Math.max(0, index - 16), index);
  for (const [pattern, op] of COMPARATORS_BEFORE) if (pattern.test(before)) return op;
  return null;
}

function opStart(text: string, index: number): number {
  let i = index;
  while (i > 0 && /[\s<>=≤≥]/.test(text[i - 1]!)) i--;
  return i;
}

/** A target read from text: the quantity and its comparator (default given by the caller). */
export function readTarget(text: string, defaultOp: Comparator): Target | null {
  const m = findQuantity(text);
  return m ? { ...m.quantity, op: m.op ?? defaultOp } : null;
}

/** The value in the base unit of its dimension, or null when the units cannot be compared. */
export function toBase(q: Quantity, other: Quantity): [number, number] | null {
  if (q.unit === other.unit) return [q.value, other.value];
  if (q.unit === null || other.unit === null) {
    // `67` against `80%` is read as percent; `200` against `1 s` could be anything: unknown.
    return q.unit === '%' || other.unit === '%' ? [q.value, other.value] : null;
  }
  const a = TO_BASE[q.unit];
  const b = TO_BASE[other.unit];
  if (!a || !b || a[0] !== b[0]) return null;
  return [q.value * a[1], other.value * b[1]];
}

// Small statistics and formatting helpers.

/** Median of a list of numbers (mean of the middle two for an even count). */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Smallest of a list of numbers. */
export function min(values) {
  return Math.min(...values);
}

/** Largest of a list of numbers. */
export function max(values) {
  return Math.max(...values);
}

/** Decimal megabytes per second. */
export function mbPerSecond(bytes, ms) {
  return bytes / 1e6 / (ms / 1000);
}

export const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;
export const millis = (ms) => `${ms.toFixed(0)} ms`;
export const mib = (kib) => `${(kib / 1024).toFixed(0)} MiB`;
export const ratio = (value) => value.toFixed(2);

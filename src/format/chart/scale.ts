/** A y-axis: the value range the plot spans and the values to label. */
export interface ValueScale {
  readonly min: number;
  readonly max: number;
  /** Tick values from the bottom up. */
  readonly ticks: readonly number[];
  /** Decimals the tick labels need (0 for steps of 1, 10, 50 …). */
  readonly decimals: number;
}

/**
 * A scale spanning the values and zero (counts read against a zero baseline) with round
 * ticks — steps of 1, 2 or 5 × 10ⁿ, whole steps for whole-number data — chosen for a plot
 * `rows` tall: the data filling as much of the height as they can, ticks a few rows apart,
 * evenly spaced rows preferred.
 */
export function valueScale(values: readonly number[], rows: number): ValueScale {
  // A loop, not Math.min(...values): a spread of a million points overflows the stack.
  let [low, high] = [0, 0];
  for (const value of values) [low, high] = [Math.min(low, value), Math.max(high, value)];
  if (high === low) high = low + 1;
  const whole = values.every(Number.isInteger);
  const range = high - low;
  // Values near the limits of a double overflow the range: then no candidate is tried.
  const exponent = Number.isFinite(range) ? Math.floor(Math.log10(range)) : Number.NaN;
  const target = Math.max(2, Math.min(5, Math.floor(rows / 2.5) + 1));
  let best: { score: number; step: number; min: number; max: number; count: number } | null = null;
  for (let power = exponent - 2; power <= exponent + 1; power++) {
    for (const base of [1, 2, 5]) {
      const step = base * 10 ** power;
      if (whole && step < 1) continue;
      const min = Math.floor(low / step) * step;
      const max = Math.ceil(high / step) * step;
      const count = Math.round((max - min) / step) + 1;
      if (!(count >= 2 && count <= Math.max(2, rows))) continue;
      const spacing = (Math.max(2, rows) - 1) / (count - 1);
      const score = range / (max - min) + (count > 2 && Number.isInteger(spacing) ? 0.15 : 0) - (spacing < 1.5 ? 0.3 : 0) - 0.08 * Math.abs(count - target);
      if (best === null || score > best.score) best = { score, step, min, max, count };
    }
  }
  if (best === null || ![best.min, best.max, best.step].every(Number.isFinite)) {
    [low, high] = [Number.isFinite(low) ? low : -Number.MAX_VALUE, Number.isFinite(high) ? high : Number.MAX_VALUE];
    return { min: low, max: high, ticks: [low, high], decimals: 0 };
  }
  const { step, min, max, count } = best;
  const ticks = Array.from({ length: count }, (_, index) => min + index * step);
  return { min, max, ticks, decimals: Math.max(0, -Math.floor(Math.log10(step) + 1e-9)) };
}

import type { DotCanvas } from './canvas.js';

/**
 * Draws one series on a canvas. Points that fall in the same dot column (thousands of points
 * on a 60-column chart) are merged into a vertical stroke from their lowest to their highest
 * dot, so drawing costs one pass over the points plus one stroke per column, and no peak is
 * lost. A null or non-finite value breaks the line.
 */
export function plotSeries(
  canvas: DotCanvas,
  values: readonly (number | null)[],
  xs: readonly number[],
  toX: (x: number) => number,
  toY: (value: number) => number,
  pen: number,
): void {
  interface Column {
    x: number;
    low: number;
    high: number;
    last: number;
    joined: boolean;
  }
  let column: Column | null = null;
  const flush = (): void => {
    if (column === null) return;
    canvas.line(column.x, column.low, column.x, column.high, pen);
    // A point with no neighbour (a single point, one between gaps) is one dot: widen it to be seen.
    if (!column.joined) canvas.set(column.x + (column.x + 1 < canvas.width ? 1 : -1), column.low, pen);
  };
  for (const [index, x] of xs.entries()) {
    const value = values[index];
    if (value === null || value === undefined || !Number.isFinite(value)) {
      flush();
      column = null;
      continue;
    }
    const [dotX, dotY] = [toX(x), toY(value)];
    if (column !== null && column.x === dotX) {
      column.low = Math.min(column.low, dotY);
      column.high = Math.max(column.high, dotY);
      column.last = dotY;
      column.joined = true;
      continue;
    }
    const previous: Column | null = column;
    if (previous !== null) previous.joined = true;
    flush();
    if (previous !== null) canvas.line(previous.x, previous.last, dotX, dotY, pen);
    column = { x: dotX, low: dotY, high: dotY, last: dotY, joined: previous !== null };
  }
  flush();
}

/** The index and value of a series' last finite point, or null. */
export function lastPoint(values: readonly (number | null)[], count: number): [index: number, value: number] | null {
  for (let index = Math.min(count, values.length) - 1; index >= 0; index--) {
    const value = values[index];
    if (value !== null && value !== undefined && Number.isFinite(value)) return [index, value];
  }
  return null;
}

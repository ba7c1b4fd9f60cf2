import { clip } from './clip.js';
import type { Grid } from './grid.js';
import { tickText } from './number.js';
import type { ValueScale } from './scale.js';
import { placeLabels, type LabelWish, type PlacedLabel } from './x-axis.js';

/** How a chart's `height` lines are shared: the plot first, then what fits of axis, labels, legend, footer. */
export interface RowBudget {
  readonly plot: number;
  readonly axis: boolean;
  readonly labels: boolean;
  readonly legend: boolean;
  readonly footer: boolean;
}

/** A plot keeps at least this many rows before the lines around it are given any. */
const MIN_PLOT_ROWS = 2;

/** Shares `height` lines: the x-axis line, its labels, the legend and a footer each take one while the plot keeps two. */
export function rowBudget(height: number, wantLegend: boolean, wantFooter: boolean): RowBudget {
  let plot = Math.max(0, height);
  const take = (wanted: boolean): boolean => {
    if (!wanted || plot - 1 < MIN_PLOT_ROWS) return false;
    plot--;
    return true;
  };
  const axis = take(true);
  const labels = take(axis);
  const legend = take(wantLegend);
  const footer = take(wantFooter);
  return { plot, axis, labels, legend, footer };
}

/** The y-axis: its tick labels by row, and the columns it takes left of the plot. */
export interface Gutter {
  /** Columns before the plot: labels, a space, the axis line (0 when there is no room at all). */
  readonly width: number;
  readonly ticks: ReadonlyMap<number, string>;
}

/**
 * Tick labels for a plot `rows` tall whose value `v` sits on row `rowOf(v)` (0 = top): the
 * top and bottom ticks first, then the rest where they land on a row of their own.
 */
export function gutterFor(scale: ValueScale, rowOf: (value: number) => number, width: number): Gutter {
  const ordered = [scale.ticks.at(-1), scale.ticks[0], ...scale.ticks.slice(1, -1)].filter((tick) => tick !== undefined);
  const ticks = new Map<number, string>();
  for (const tick of ordered) {
    const row = rowOf(tick);
    if (!ticks.has(row)) ticks.set(row, tickText(tick, scale.decimals));
  }
  const labelWidth = Math.max(0, ...[...ticks.values()].map((text) => text.length));
  // A plot narrower than a few columns is not worth labelled ticks: keep the axis line alone.
  if (width - (labelWidth + 2) >= 4) return { width: labelWidth + 2, ticks };
  return { width: width >= 3 ? 1 : 0, ticks: new Map() };
}

/** Box-drawing or ASCII characters of the frame. */
export interface FrameGlyphs {
  readonly tick: string;
  readonly axis: string;
  readonly corner: string;
  readonly baseline: string;
  readonly mark: string;
}

/** The frame characters for each mode. */
export const frameGlyphs = (unicode: boolean): FrameGlyphs =>
  unicode ? { tick: '┤', axis: '│', corner: '└', baseline: '─', mark: '┬' } : { tick: '+', axis: '|', corner: '+', baseline: '-', mark: '+' };

/**
 * Draws the y-axis with its ticks beside `plotRows` rows, then (when the budget has them) the
 * x-axis line with a mark under each label and the labels under it. Returns the labels placed.
 */
export function drawFrame(grid: Grid, gutter: Gutter, budget: RowBudget, wishes: readonly LabelWish[], unicode: boolean): PlacedLabel[] {
  const glyphs = frameGlyphs(unicode);
  const plotCols = grid.cols - gutter.width;
  if (gutter.width > 0) {
    for (let row = 0; row < budget.plot; row++) {
      const label = gutter.ticks.get(row);
      if (label !== undefined) grid.write(gutter.width - 2 - label.length, row, label, 'dim');
      grid.put(gutter.width - 1, row, label === undefined ? glyphs.axis : glyphs.tick, 'dim');
    }
  }
  const placed = budget.labels ? placeLabels(wishes, plotCols) : [];
  if (!budget.axis) return placed;
  const axisRow = budget.plot;
  if (gutter.width > 0) grid.put(gutter.width - 1, axisRow, glyphs.corner, 'dim');
  const zero = gutter.ticks.get(axisRow);
  if (zero !== undefined) grid.write(gutter.width - 2 - zero.length, axisRow, zero, 'dim');
  for (let col = 0; col < plotCols; col++) grid.put(gutter.width + col, axisRow, glyphs.baseline, 'dim');
  for (const label of placed) {
    grid.put(gutter.width + label.col, axisRow, glyphs.mark, label.paint ?? 'dim');
    if (budget.labels) grid.write(gutter.width + label.start, axisRow + 1, clip(label.text, plotCols, unicode), label.paint ?? 'dim');
  }
  return placed;
}

import { fitPieces } from './clip.js';
import { drawFrame, gutterFor, rowBudget, type Gutter } from './frame.js';
import { Grid } from './grid.js';
import { valueScale } from './scale.js';
import type { BarChartData, ChartOptions } from './types.js';
import { shortLabel, type LabelWish } from './x-axis.js';

/** Block characters for a bar's top cell, by eighths of a cell. */
const EIGHTHS = ['', '▁', '▂', '▃', '▄', '▅', '▆', '▇'];
/** Widest a bar is drawn, in columns. */
const MAX_BAR = 4;

/**
 * Vertical bars left to right (time reads the same way as in the line chart), in exactly
 * `height` lines of at most `width` columns. Each bar carries its value on top when every
 * value fits over its bar; otherwise a y-axis with round ticks is drawn. Bars that do not
 * fit are dropped from the left: the latest weeks matter most. Date labels lose the year the
 * first bar shown already gives (`2026-W06 W07 W08`).
 *
 *     │    7
 *     │ 5  ██       6
 *     │ ██ ██ 3     ██
 *     │ ██ ██ ▆▆ 0  ██
 *     └─┬──┬──┬──┬──┬─
 *       W06   W08   W10
 */
export function barChart(data: BarChartData, options: ChartOptions): string {
  const { width, height, unicode, colors } = options;
  if (height <= 0) return '';
  if (width <= 0) return '\n'.repeat(height - 1);
  const budget = rowBudget(height, data.caption !== undefined, false);
  const values = data.bars.map((bar) => (Number.isFinite(bar.value) ? Math.max(0, bar.value) : 0));
  const texts = values.map((value) => String(Number(value.toFixed(1))));
  const textWidth = Math.max(1, ...texts.map((text) => text.length));

  // With values on top: one column of axis, bars at least as wide as their values, and a row above the tallest.
  const labelled = budget.plot >= 2 && Math.floor((width - 1) / Math.max(1, values.length)) >= textWidth + 1;
  const barRows = labelled ? budget.plot - 1 : budget.plot;
  // Ticks from the axis line (zero) up: one row more than the bars have.
  const scale = valueScale(values, barRows + 1);
  const top = labelled ? Math.max(0, ...values) : scale.max;
  // A tick sits on the row a bar of its value tops out in; zero on the axis line itself.
  const rowOf = (value: number): number => budget.plot - Math.max(0, Math.min(budget.plot, Math.ceil((value / (top || 1)) * barRows - 1e-9)));
  const gutter: Gutter = labelled ? { width: width >= 2 ? 1 : 0, ticks: new Map() } : gutterFor(scale, rowOf, width);

  const plotCols = width - gutter.width;
  const slot = Math.floor(plotCols / Math.max(1, values.length));
  const barWidth = Math.max(1, Math.min(MAX_BAR, slot - 1));
  const stride = slot >= 2 ? barWidth + 1 : 1;
  const shown = Math.min(values.length, Math.floor((plotCols - (slot >= 2 ? 1 : 0)) / stride));
  const skipped = values.length - shown;

  const year = /^\d{4}/.exec(data.bars[skipped]?.label ?? '')?.[0] ?? null;
  const grid = new Grid(width, height);
  const wishes: LabelWish[] = [];
  for (let index = skipped; index < values.length; index++) {
    const value = values[index] ?? 0;
    const col0 = gutter.width + (slot >= 2 ? 1 : 0) + (index - skipped) * stride;
    const eighths = top > 0 ? Math.round((value / top) * barRows * 8) : 0;
    const cells = unicode ? Math.max(value > 0 ? 1 : 0, eighths) : Math.round(eighths / 8);
    for (let col = col0; col < col0 + barWidth; col++) {
      for (let cell = 0; cell < Math.ceil(cells / (unicode ? 8 : 1)); cell++) {
        const rest = unicode ? cells - cell * 8 : 8;
        grid.put(col, budget.plot - 1 - cell, unicode ? (rest >= 8 ? '█' : (EIGHTHS[rest] ?? '█')) : '#', data.color ?? 'cyan');
      }
      if (!unicode && cells === 0 && value > 0) grid.put(col, budget.plot - 1, '_', data.color ?? 'cyan');
    }
    if (labelled) {
      const above = budget.plot - 1 - Math.ceil(cells / (unicode ? 8 : 1));
      const text = texts[index] ?? '';
      grid.write(col0 + Math.floor((barWidth - text.length) / 2), Math.max(0, above), text, value === 0 ? 'dim' : null);
    }
    wishes.push({ col: col0 - gutter.width + Math.floor((barWidth - 1) / 2), text: shortLabel(data.bars[index]?.label ?? '', index === skipped ? null : year) });
  }
  // The first and the last bar's labels first, then as many between as fit.
  drawFrame(grid, gutter, budget, [wishes[0], wishes.at(-1), ...wishes.slice(1, -1)].filter((wish) => wish !== undefined), unicode);
  const lines = grid.lines(colors);
  if (budget.legend && data.caption !== undefined) {
    const [first = '', ...rest] = data.caption;
    const parts = skipped > 0 ? [first, `last ${shown} of ${values.length} shown`, ...rest] : data.caption;
    const pieces = parts.map((part) => ({ text: part, painted: colors.dim(part) }));
    lines[budget.plot + Number(budget.axis) + Number(budget.labels)] = fitPieces(pieces, unicode ? ' · ' : ', ', width, unicode);
  }
  return lines.join('\n');
}

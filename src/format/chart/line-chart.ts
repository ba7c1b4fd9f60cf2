import type { Piece } from './clip.js';
import { fitPieces } from './clip.js';
import { DotCanvas, type Pen } from './canvas.js';
import { coneDays, drawConeLine, shadeCone, type ConeDots } from './cone.js';
import { forecastPieces, forecastSeparator } from './forecast-line.js';
import { drawFrame, gutterFor, rowBudget } from './frame.js';
import { Grid } from './grid.js';
import { lastPoint, plotSeries } from './plot.js';
import { valueScale } from './scale.js';
import type { ChartOptions, LineChartData, PaintName } from './types.js';
import { shortLabel, type LabelWish, xScale } from './x-axis.js';

/** Series colours in order, and their characters in ASCII mode. */
const PALETTE: readonly PaintName[] = ['cyan', 'green', 'yellow', 'blue', 'red'];
const MARKERS = ['*', 'o', 'x', '#', '@', '%', '='];

/**
 * Series over a shared x-axis, drawn in braille (or ASCII) in exactly `height` lines of at
 * most `width` columns: y-axis with round ticks, x-axis with the first, the last and some
 * labels between, a legend — and, when `cone` holds a forecast, its P50–P95 range past the
 * last point and the forecast in words. The first series is drawn on top.
 *
 *     10 ┤                        ⠈⠐⢀░
 *        │                           ⠈⠠⢀░░░░
 *      5 ┤                                ⠈⠠⢀░░░░░░░░░░░
 *      0 ┤                                     ⠈⠐⢀░░░░░░░░░░░░░░░░░
 *        └┬─────────────┬────────┬───────────────┬──────────┬────────┬
 *         2026-03-02  03-17    03-27            P50        P85     P95
 */
export function lineChart(data: LineChartData, options: ChartOptions): string {
  const { width, height, unicode, colors } = options;
  if (height <= 0) return '';
  if (width <= 0) return '\n'.repeat(height - 1);
  let count = data.labels.length;
  for (const series of data.series) count = Math.max(count, series.values.length);
  const axis = xScale(data.labels, count);

  const coneSeries = data.cone === undefined ? undefined : data.series[data.cone.series];
  const days = data.cone !== undefined && axis.time ? coneDays(data.cone.forecast) : null;
  const coneStart = coneSeries !== undefined && days !== null ? lastPoint(coneSeries.values, count) : null;
  const budget = rowBudget(height, data.series.length > 0, data.cone !== undefined);

  const values: number[] = [];
  for (const series of data.series) {
    for (const value of series.values.slice(0, count)) if (value !== null && Number.isFinite(value)) values.push(value);
  }
  const scale = valueScale(values, budget.plot);
  const yRes = unicode ? 4 : 1;
  const toY = (value: number): number => {
    const dot = Math.round(((value - scale.min) / (scale.max - scale.min)) * (budget.plot * yRes - 1));
    return Math.max(0, Math.min(budget.plot * yRes - 1, Number.isFinite(dot) ? dot : 0));
  };
  const rowOf = (value: number): number => budget.plot - 1 - Math.floor(toY(value) / yRes);
  const gutter = gutterFor(scale, rowOf, width);
  const canvas = new DotCanvas(width - gutter.width, budget.plot, unicode);

  const first = axis.xs[0] ?? 0;
  const last = Math.max(axis.xs.at(-1) ?? 0, days !== null && coneStart !== null ? days.p95 : -Infinity);
  const toX = (x: number): number => (last === first ? 0 : Math.round(((x - first) / (last - first)) * (canvas.width - 1)));
  const colOf = (x: number): number => Math.floor(toX(x) / (unicode ? 2 : 1));

  const pens: Pen[] = data.series.map((series, index) => ({
    paint: series.color ?? PALETTE[index % PALETTE.length] ?? null,
    ascii: MARKERS[index % MARKERS.length] ?? '*',
  }));
  const conePen = pens.length;
  pens.push({ paint: 'yellow', ascii: '.' });

  let cone: ConeDots | null = null;
  if (days !== null && coneStart !== null) {
    const x = toX(axis.xs[coneStart[0]] ?? first);
    // A forecast dated before the last point (made from older history) starts where the line ends.
    const at = (day: number): number => Math.max(x, toX(day));
    cone = { start: [x, toY(coneStart[1])], zero: toY(0), p50: at(days.p50), p85: at(days.p85), p95: at(days.p95) };
    drawConeLine(canvas, cone, conePen);
  }
  for (let index = data.series.length - 1; index >= 0; index--) {
    plotSeries(canvas, data.series[index]?.values ?? [], axis.xs, toX, toY, index);
  }

  const grid = new Grid(width, height);
  canvas.drawInto(grid, gutter.width, 0, pens);
  if (cone !== null) shadeCone(canvas, grid, gutter.width, cone, unicode ? '░' : ':', 'dim');
  if (values.length === 0 && canvas.cols >= 7) grid.write(gutter.width + Math.floor((canvas.cols - 7) / 2), Math.floor((budget.plot - 1) / 2), 'no data', 'dim');

  drawFrame(grid, gutter, budget, labelWishes(data.labels, axis.xs, axis.time, days, coneStart !== null, colOf, canvas.cols), unicode);
  const lines = grid.lines(colors);
  const legendRow = budget.plot + Number(budget.axis) + Number(budget.labels);
  if (budget.legend) lines[legendRow] = fitPieces(legendPieces(data, pens, cone !== null, options), '  ', width, unicode);
  if (budget.footer && data.cone !== undefined) {
    lines[legendRow + Number(budget.legend)] = fitPieces(forecastPieces(data.cone.forecast, colors, unicode), forecastSeparator(unicode), width, unicode);
  }
  return lines.join('\n');
}

/** The x labels to try, most important first: first and last point, the forecast's percentiles, then evenly spread ones. */
function labelWishes(
  labels: readonly string[],
  xs: readonly number[],
  time: boolean,
  days: { p50: number; p85: number; p95: number } | null,
  withCone: boolean,
  colOf: (x: number) => number,
  cols: number,
): LabelWish[] {
  if (xs.length === 0) return [];
  const year = time ? (/^\d{4}/.exec(labels[0] ?? '')?.[0] ?? null) : null;
  const wish = (index: number, short = true): LabelWish => ({ col: colOf(xs[index] ?? 0), text: shortLabel(labels[index] ?? '', short ? year : null) });
  const wishes = [wish(0, false), wish(xs.length - 1)];
  if (days !== null && withCone) {
    for (const [name, day] of [['P50', days.p50], ['P95', days.p95], ['P85', days.p85]] as const) wishes.push({ col: colOf(day), text: name, paint: 'yellow' });
  }
  const between = Math.max(0, Math.floor(cols / 10) - 2);
  const [from, to] = [xs[0] ?? 0, xs.at(-1) ?? 0];
  for (let step = 1; step <= between; step++) wishes.push(wish(nearest(xs, from + ((to - from) * step) / (between + 1))));
  return wishes;
}

/** The index of the point whose x is nearest `target` (xs ascending). */
function nearest(xs: readonly number[], target: number): number {
  let [low, high] = [0, xs.length - 1];
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((xs[middle] ?? 0) < target) low = middle + 1;
    else high = middle;
  }
  const before = Math.max(0, low - 1);
  return Math.abs((xs[before] ?? 0) - target) <= Math.abs((xs[low] ?? 0) - target) ? before : low;
}

/** The legend: a sample of each series' line and its name, then the cone's two marks. */
function legendPieces(data: LineChartData, pens: readonly Pen[], withCone: boolean, { unicode, colors }: ChartOptions): Piece[] {
  const piece = (sample: string, paint: PaintName | null, name: string): Piece => ({
    text: `${sample} ${name}`,
    painted: `${paint === null ? sample : colors[paint](sample)} ${name}`,
  });
  const pieces = data.series.map((series, index) => piece(unicode ? '──' : (pens[index]?.ascii ?? '*'), pens[index]?.paint ?? null, series.name));
  if (withCone) pieces.push(piece(unicode ? '⠤⠤' : '.', 'yellow', 'forecast (P50)'), piece(unicode ? '░░' : ':', 'dim', unicode ? 'P50–P95' : 'P50-P95'));
  return pieces;
}

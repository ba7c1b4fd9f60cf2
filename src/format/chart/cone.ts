import type { Forecast } from '../../history/model.js';
import type { DotCanvas } from './canvas.js';
import type { Grid } from './grid.js';
import type { PaintName } from './types.js';
import { dayNumber } from './x-axis.js';

/** The days a forecast gives, as day numbers, when it has them. */
export interface ConeDays {
  readonly p50: number;
  readonly p85: number;
  readonly p95: number;
}

/** A forecast's P50 / P85 / P95 as day numbers, or null when it has no dates. */
export function coneDays(forecast: Forecast): ConeDays | null {
  if (forecast.status !== 'forecast') return null;
  const [p50, p85, p95] = [forecast.p50, forecast.p85, forecast.p95].map((date) => (date === null ? null : dayNumber(date)));
  if (p50 === null || p50 === undefined) return null;
  const later = (day: number | null | undefined, floor: number): number => Math.max(day ?? floor, floor);
  return { p50, p85: later(p85, p50), p95: later(p95, later(p85, p50)) };
}

/** Where a cone sits on the canvas, in dots: from the last point down to zero at each percentile. */
export interface ConeDots {
  readonly start: readonly [x: number, y: number];
  readonly zero: number;
  readonly p50: number;
  readonly p85: number;
  readonly p95: number;
}

/**
 * The cone's median path: a dotted line from the last point down to zero on the P50 day.
 *
 *     ⠉⠒⠤⣀⡀ ⠄                     the burndown, then its dotted continuation
 *          ⠈⠐ ⠂ ⠄░░░░             and the P50–P95 range shaded
 *                  ⠁⠂░░░░░░
 */
export function drawConeLine(canvas: DotCanvas, cone: ConeDots, pen: number): void {
  canvas.line(cone.start[0], cone.start[1], cone.p50, cone.zero, pen, canvas.unicode);
}

/**
 * Shades the blank cells between the P50 path and the P95 path (the line from the last point
 * to zero on the P95 day): the range the finish date falls in, 50% to 95% likely.
 */
export function shadeCone(canvas: DotCanvas, grid: Grid, col0: number, cone: ConeDots, shade: string, paint: PaintName): void {
  const xRes = canvas.width / canvas.cols;
  const yRes = canvas.height / canvas.rows;
  const [startX, startY] = cone.start;
  const drop = startY - cone.zero;
  for (let row = 0; row < canvas.rows; row++) {
    const y = (canvas.rows - 1 - row + 0.5) * yRes;
    if (y > startY + yRes / 2 || y < cone.zero - yRes / 2) continue;
    // How far down the drop this row is: 0 at the last point, 1 at zero.
    const t = drop <= 0 ? 1 : Math.min(1, Math.max(0, (startY - y) / drop));
    const right = startX + (cone.p95 - startX) * t;
    // Right of the P50 path as drawn in this row: the dots, not the ideal line, are what shows.
    let left = startX + (cone.p50 - startX) * t;
    for (let col = 0; col < canvas.cols; col++) if (canvas.inked(col, row) && (col + 0.5) * xRes > startX) left = Math.max(left, (col + 1) * xRes);
    for (let col = 0; col < canvas.cols; col++) {
      const x = (col + 0.5) * xRes;
      if (x <= startX || x < left || x > right + xRes / 2 || canvas.inked(col, row)) continue;
      grid.put(col0 + col, row, shade, paint);
    }
  }
}

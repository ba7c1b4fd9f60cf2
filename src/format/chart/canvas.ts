import type { Grid } from './grid.js';
import type { PaintName } from './types.js';

/** How a canvas shows the dots of one pen: its colour, and its character in ASCII mode. */
export interface Pen {
  readonly paint: PaintName | null;
  readonly ascii: string;
}

/**
 * Braille dots of a cell, by column and by row from the top (U+2800 + the sum of the bits):
 *
 *     ⠁ ⠈      0x01 0x08
 *     ⠂ ⠐      0x02 0x10
 *     ⠄ ⠠      0x04 0x20
 *     ⡀ ⢀      0x40 0x80
 */
const BRAILLE = [
  [0x01, 0x02, 0x04, 0x40],
  [0x08, 0x10, 0x20, 0x80],
] as const;

/**
 * A plot area of `cols` × `rows` cells, drawn in dots: 2 × 4 per cell in Unicode (braille),
 * one per cell in ASCII. Dot (0, 0) is bottom left. A cell takes the pen that drew in it last.
 */
export class DotCanvas {
  /** Dots across and up. */
  readonly width: number;
  readonly height: number;
  private readonly xRes: number;
  private readonly yRes: number;
  private readonly bits: Uint8Array;
  private readonly owner: Int16Array;

  constructor(
    readonly cols: number,
    readonly rows: number,
    readonly unicode: boolean,
  ) {
    this.xRes = unicode ? 2 : 1;
    this.yRes = unicode ? 4 : 1;
    this.width = cols * this.xRes;
    this.height = rows * this.yRes;
    this.bits = new Uint8Array(cols * rows);
    this.owner = new Int16Array(cols * rows).fill(-1);
  }

  /** The cell (column, row from the top) holding a dot. */
  cellOf(x: number, y: number): [col: number, row: number] {
    return [Math.floor(x / this.xRes), this.rows - 1 - Math.floor(y / this.yRes)];
  }

  /** Sets one dot; dots outside the canvas are dropped. */
  set(x: number, y: number, pen: number): void {
    if (x < 0 || y < 0 || x >= this.width || y >= this.height) return;
    const [col, row] = this.cellOf(x, y);
    const index = row * this.cols + col;
    const dyFromTop = this.yRes - 1 - (y % this.yRes);
    this.bits[index] = (this.bits[index] ?? 0) | (this.unicode ? (BRAILLE[x % 2 === 0 ? 0 : 1][dyFromTop] ?? 0) : 1);
    this.owner[index] = pen;
  }

  /** A straight line of dots, both ends included (Bresenham); every other dot when dotted. */
  line(x0: number, y0: number, x1: number, y1: number, pen: number, dotted = false): void {
    const dx = Math.abs(x1 - x0);
    const dy = -Math.abs(y1 - y0);
    const sx = x0 < x1 ? 1 : -1;
    const sy = y0 < y1 ? 1 : -1;
    let error = dx + dy;
    let [x, y] = [x0, y0];
    for (let step = 0; ; step++) {
      if (!dotted || step % 2 === 0) this.set(x, y, pen);
      if (x === x1 && y === y1) return;
      const twice = 2 * error;
      if (twice >= dy) {
        error += dy;
        x += sx;
      }
      if (twice <= dx) {
        error += dx;
        y += sy;
      }
    }
  }

  /** True when any dot of the cell is set. */
  inked(col: number, row: number): boolean {
    return (this.bits[row * this.cols + col] ?? 0) !== 0;
  }

  /** Copies the inked cells into a grid at (col0, row0), in braille or in each pen's ASCII character. */
  drawInto(grid: Grid, col0: number, row0: number, pens: readonly Pen[]): void {
    for (let row = 0; row < this.rows; row++) {
      for (let col = 0; col < this.cols; col++) {
        const index = row * this.cols + col;
        const bits = this.bits[index] ?? 0;
        if (bits === 0) continue;
        const pen = pens[this.owner[index] ?? -1];
        const char = this.unicode ? String.fromCodePoint(0x2800 + bits) : (pen?.ascii ?? '*');
        grid.put(col0 + col, row0 + row, char, pen?.paint ?? null);
      }
    }
  }
}

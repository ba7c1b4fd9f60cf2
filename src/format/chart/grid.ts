import type { Colors } from '../colors.js';
import { textWidth } from '../text-width.js';
import type { PaintName } from './types.js';

/** One character cell; `''` marks the second column of a wide character. */
interface Cell {
  char: string;
  paint: PaintName | null;
}

/**
 * Characters in fixed rows and columns, each with the colour to paint it, turned into lines
 * at the end: colour codes are added only then, so positions never count escape codes.
 */
export class Grid {
  private readonly cells: Cell[][];

  constructor(
    readonly cols: number,
    readonly rows: number,
  ) {
    this.cells = Array.from({ length: rows }, () => Array.from({ length: cols }, () => ({ char: ' ', paint: null })));
  }

  /** Sets one single-column character; outside the grid it is dropped. */
  put(col: number, row: number, char: string, paint: PaintName | null): void {
    const cell = this.cells[row]?.[col];
    if (cell === undefined) return;
    cell.char = char;
    cell.paint = paint;
  }

  /** The character at a cell (`' '` when blank or outside). */
  at(col: number, row: number): string {
    return this.cells[row]?.[col]?.char ?? ' ';
  }

  /** Writes text from `col`, wide characters taking two cells; what passes the right edge is cut. */
  write(col: number, row: number, text: string, paint: PaintName | null): void {
    let at = col;
    for (const char of text) {
      const width = textWidth(char);
      if (width === 0) {
        const previous = this.cells[row]?.[at - 1];
        if (previous !== undefined) previous.char += char;
        continue;
      }
      if (at + width > this.cols) return;
      this.put(at, row, char, paint);
      if (width === 2) this.put(at + 1, row, '', paint);
      at += width;
    }
  }

  /** The rows as printed: trailing blanks trimmed, each run of same-coloured characters painted once. */
  lines(colors: Colors): string[] {
    return this.cells.map((row) => {
      const last = row.findLastIndex((cell) => cell.char !== ' ');
      let line = '';
      let run = '';
      let paint: PaintName | null = null;
      const flush = (): void => {
        line += paint === null || run.trim() === '' ? run : colors[paint](run);
        run = '';
      };
      for (const cell of row.slice(0, last + 1)) {
        const next = cell.char === ' ' ? null : cell.paint;
        if (next !== paint) {
          flush();
          paint = next;
        }
        run += cell.char;
      }
      flush();
      return line;
    });
  }
}

import { textWidth } from './text-width.js';

/** A table cell: its plain text, measured for alignment, and the same text as printed (coloured). */
export interface Cell {
  readonly text: string;
  /** `text` with colour codes; `text` itself when absent. */
  readonly painted?: string;
  readonly align?: 'left' | 'right';
}

/** Text with its printed (coloured) form always at hand. */
export interface Painted extends Cell {
  readonly painted: string;
}

/** A cell whose printed form is `paint(text)`. */
export function cell(text: string, paint?: (text: string) => string, align?: 'left' | 'right'): Painted {
  return { text, painted: text === '' || paint === undefined ? text : paint(text), ...(align === undefined ? {} : { align }) };
}

/**
 * Lays rows of cells out in aligned columns, measuring plain text so colour codes never
 * skew the alignment. Trailing blanks are trimmed from every line.
 */
export function layoutTable(rows: readonly (readonly Cell[])[], gap = '  '): string[] {
  const widths = columnWidths(rows);
  return rows.map((row) =>
    row
      .map((column, index) => {
        const padding = ' '.repeat(Math.max(0, (widths[index] ?? 0) - textWidth(column.text)));
        const printed = column.painted ?? column.text;
        return column.align === 'right' ? padding + printed : printed + padding;
      })
      .join(gap)
      .trimEnd(),
  );
}

/** The width of each column: its widest cell's plain text. */
export function columnWidths(rows: readonly (readonly Cell[])[]): number[] {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((column, index) => {
      widths[index] = Math.max(widths[index] ?? 0, textWidth(column.text));
    });
  }
  return widths;
}

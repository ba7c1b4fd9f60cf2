import { textWidth, truncate } from '../text-width.js';

/** Cuts text to `width` columns, ending in `…` (or `...` in ASCII mode) when anything was cut. */
export function clip(text: string, width: number, unicode: boolean): string {
  if (width <= 0) return '';
  if (textWidth(text) <= width) return text;
  if (unicode) return truncate(text, width);
  const dots = '...'.slice(0, width);
  return truncate(text, width - dots.length + 1).slice(0, -1) + dots;
}

/** A piece of a line: its plain text, measured, and the same text painted. */
export interface Piece {
  readonly text: string;
  readonly painted: string;
  /** What goes before it instead of the line's separator. */
  readonly joiner?: string;
}

/**
 * Joins pieces with a separator into one line of at most `width` columns, leaving out the
 * pieces that do not fit whole (the first is clipped rather than dropped).
 */
export function fitPieces(pieces: readonly Piece[], separator: string, width: number, unicode: boolean): string {
  let line = '';
  let used = 0;
  for (const [index, piece] of pieces.entries()) {
    const joiner = index === 0 ? '' : (piece.joiner ?? separator);
    const gap = textWidth(joiner);
    const size = textWidth(piece.text);
    if (used + gap + size <= width) {
      line += joiner + piece.painted;
      used += gap + size;
    } else if (index === 0) {
      return clip(piece.text, width, unicode);
    }
  }
  return line;
}

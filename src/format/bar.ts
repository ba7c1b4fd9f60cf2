import type { Colors } from './colors.js';

const EIGHTHS = ['', '▏', '▎', '▍', '▌', '▋', '▊', '▉'];

/** A progress bar `width` columns wide, to an eighth of a column; blank-ish when there is no figure. */
export function progressBar(fraction: number | null, width: number, colors: Colors): string {
  if (fraction === null) return colors.dim('·'.repeat(width));
  const eighths = Math.round(Math.min(1, Math.max(0, fraction)) * width * 8);
  // Never draw a full bar for unfinished work, nor an empty one for work that has started.
  const shown = fraction < 1 ? Math.min(eighths, width * 8 - 1) : eighths;
  const visible = fraction > 0 ? Math.max(shown, 1) : shown;
  const full = Math.floor(visible / 8);
  const filled = '█'.repeat(full) + (EIGHTHS[visible % 8] ?? '');
  const empty = '░'.repeat(width - full - (visible % 8 === 0 ? 0 : 1));
  const paint = fraction >= 1 ? colors.green : colors.cyan;
  return (filled === '' ? '' : paint(filled)) + (empty === '' ? '' : colors.dim(empty));
}

/** `42%`, with 100% kept for work that is finished and 0% for work not started. */
export function percentText(fraction: number | null): string {
  if (fraction === null) return '—';
  const percent = Math.round(fraction * 100);
  if (fraction < 1 && percent === 100) return '99%';
  if (fraction > 0 && percent === 0) return '1%';
  return `${percent}%`;
}

import type { OutputStream } from './io.js';

/** A transient "analyzing N/M files" line on a terminal. */
export interface ProgressLine {
  update(done: number, total: number): void;
  /** Erases the line, so output that follows starts clean. */
  clear(): void;
}

/** Runs shorter than this never show the line, so quick runs do not flicker. */
const DELAY_MS = 250;
/** Redraw at most this often. */
const INTERVAL_MS = 100;

/** What the line says: `headway: analyzing 12/40 files…`, or with a bar for long work. */
export interface ProgressWording {
  readonly verb: string;
  readonly noun: string;
  /** Draw a bar of this many cells before the count. */
  readonly bar?: number;
}

const FILES: ProgressWording = { verb: 'analyzing', noun: 'files' };

/** A progress line on `stream` when it is a terminal; otherwise one that does nothing. */
export function progressLine(stream: OutputStream, clock: () => number = Date.now, wording: ProgressWording = FILES): ProgressLine {
  if (!stream.isTTY) return { update() {}, clear() {} };
  const start = clock();
  let drawnAt = 0;
  let drawn = false;
  return {
    update(done, total) {
      const now = clock();
      if (now - start < DELAY_MS || now - drawnAt < INTERVAL_MS || done >= total) return;
      const bar = wording.bar === undefined ? '' : `${progressBar(done / total, wording.bar)} `;
      stream.write(`\r\x1b[2Kheadway: ${wording.verb} ${bar}${done}/${total} ${wording.noun}…`);
      drawnAt = now;
      drawn = true;
    },
    clear() {
      if (drawn) stream.write('\r\x1b[2K');
      drawn = false;
    },
  };
}

/** Awaits `work`, then erases the progress line, whether the work succeeded or not. */
export async function afterProgress<T>(line: ProgressLine, work: Promise<T>): Promise<T> {
  try {
    return await work;
  } finally {
    line.clear();
  }
}

/** `█████░░░░░`: `share` of `cells` filled, in eighths of a cell. */
export function progressBar(share: number, cells: number): string {
  const eighths = Math.round(Math.min(1, Math.max(0, share)) * cells * 8);
  const full = Math.floor(eighths / 8);
  const partial = eighths % 8;
  const rest = cells - full - (partial > 0 ? 1 : 0);
  return '█'.repeat(full) + (partial > 0 ? PARTIAL[partial - 1]! : '') + '░'.repeat(rest);
}

const PARTIAL = ['▏', '▎', '▍', '▌', '▋', '▊', '▉'];

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

/** A progress line on `stream` when it is a terminal; otherwise one that does nothing. */
export function progressLine(stream: OutputStream, clock: () => number = Date.now): ProgressLine {
  if (!stream.isTTY) return { update() {}, clear() {} };
  const start = clock();
  let drawnAt = 0;
  let drawn = false;
  return {
    update(done, total) {
      const now = clock();
      if (now - start < DELAY_MS || now - drawnAt < INTERVAL_MS || done >= total) return;
      stream.write(`\r\x1b[2Kheadway: analyzing ${done}/${total} files…`);
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

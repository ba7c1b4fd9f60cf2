import { COMPLETION_WORDS } from './lexicon/status-words.js';

/** A completion figure found in a text: `65%`, `~45%`, `20% Complete`, `(3/3 plans)`. */
export interface PercentMatch {
  readonly start: number;
  readonly end: number;
  readonly percent: number;
  /** True when a completion word follows (`60% done`), which makes a bare figure a claim. */
  readonly worded: boolean;
}

/** Last words of the completion words: a worded percent must end in one (`60% done`). */
const COMPLETION_LAST = new Set(COMPLETION_WORDS.map((w) => w.split(' ').pop()!));

const words = COMPLETION_WORDS.map((w) => w.replace(/ /g, '\\s+')).join('|');
const NUMBER = String.raw`(?:~|≈|ca\.\s?|approx\.?\s?|about\s)?(\d{1,3}(?:[.,]\d+)?)\s?%\+?`;
const WORDS = String.raw`(?:\s*(?:${words})(?![\p{L}\p{N}]))?`;
const AT = new RegExp(NUMBER + WORDS, 'iuy');
const ENDING = new RegExp(String.raw`(?<![\p{L}\p{N}.,])` + NUMBER + WORDS + '$', 'iu');
/** `3/3 plans`, `2 of 5 done`: a ratio is a percent when a countable noun or done-word follows. */
const RATIO = /(\d{1,5})\s*(?:\/|of)\s*(\d{1,5})(?:\s+(?:plans?|items?|tasks?|steps?|stories|points|done|complete|completed))?/iy;

function toPercent(m: RegExpExecArray, start: number): PercentMatch {
  const value = Number.parseFloat(m[1]!.replace(',', '.'));
  return { start, end: start + m[0].length, percent: value, worded: /[^\d\s%+.,~≈]/u.test(m[0].replace(/^(?:ca\.|approx\.?|about)/i, '')) };
}

/** A percent starting exactly at `index`. */
export function percentAt(text: string, index: number): PercentMatch | null {
  const c = text.charCodeAt(index);
  if (!((c >= 48 && c <= 57) || c === 126 || c === 0x2248 || c === 97 || c === 65 || c === 99 || c === 67)) return null; // digit ~ ≈ a A c C
  AT.lastIndex = index;
  const m = AT.exec(text);
  return m ? toPercent(m, index) : null;
}

/** A percent ending exactly at `index`. */
export function percentEndingAt(text: string, index: number): PercentMatch | null {
  const last = text.charCodeAt(index - 1);
  if (last !== 37 && last !== 43 && !COMPLETION_LAST.has(text.slice(Math.max(0, index - 24), index).toLowerCase().split(/\s+/).pop() ?? '')) return null;
  const from = Math.max(0, index - 48);
  const m = ENDING.exec(text.slice(from, index));
  return m ? toPercent(m, from + m.index) : null;
}

/** A ratio such as `3/3 plans` starting at `index`, read as a percent. */
export function ratioAt(text: string, index: number): PercentMatch | null {
  const c = text.charCodeAt(index);
  if (c < 48 || c > 57) return null;
  RATIO.lastIndex = index;
  const m = RATIO.exec(text);
  if (!m) return null;
  const done = Number(m[1]);
  const total = Number(m[2]);
  if (total === 0 || done > total) return null;
  return { start: index, end: index + m[0].length, percent: (done / total) * 100, worded: true };
}

/** Parses a cell or value that is only a figure (`80%`, `80 %`, `1/2`), or returns null. */
export function parsePercentValue(text: string): number | null {
  const t = text.trim();
  const pm = percentAt(t, 0);
  if (pm && pm.end === t.length) return pm.percent;
  const rm = ratioAt(t, 0);
  if (rm && rm.end === t.length) return rm.percent;
  return null;
}

/** The first completion figure anywhere in a value: `🎉 SPRINT 1 COMPLETE - 100%` → 100. */
export function findPercent(text: string): number | null {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!((c >= 48 && c <= 57) || c === 126 || c === 0x2248) || (i > 0 && /[\d.,]/.test(text[i - 1]!))) continue;
    const pm = percentAt(text, i);
    if (pm) return pm.percent;
  }
  const ratio = /^\D{0,3}(\d{1,5})\s*\/\s*(\d{1,5})\b/.exec(text);
  return ratio ? ratioAt(text, ratio.index + ratio[0].indexOf(ratio[1]!))?.percent ?? null : null;
}

import type { CodePage } from './codepages.js';
import { guessScore, isEmojiPart, plausibility, type Plausibility } from './plausible.js';
import { continuationCount, decodeSequence, isContinuation } from './utf8-sequence.js';

/** One mojibake sequence found in the text and the character it stood for. */
export interface Repair {
  /** UTF-16 offsets of the mojibake chars in the text. */
  readonly from: number;
  readonly to: number;
  /** The character the chars stood for. */
  readonly text: string;
  /** True when a dropped byte had to be guessed back in. */
  readonly guessed: boolean;
  /** How plausible the repaired character is (plausible.ts); mojibake.ts weighs evidence by it. */
  readonly level: Plausibility;
}

/** What reading a whole text back through one code page found. */
export interface PageScan {
  readonly page: CodePage;
  readonly repairs: readonly Repair[];
  /**
   * Sequences that lost a byte which could not be guessed — several characters fit equally
   * well, or none worth a guess (Cyrillic `с`, D1 81, shows as `Ñ`: с э я ѐ ѝ all fit) — left as found.
   */
  readonly unresolved: number;
  /**
   * Chars of unresolved sequences of two chars or more (`ðŸ¹`): they look like mojibake, so
   * they count neither for nor against it. A lone lead (`Ã`, or `Æ` in real Danish text) is
   * one unresolved char too, but counts as an ordinary non-ASCII char.
   */
  readonly unresolvedChars: number;
  /** Non-ASCII code points in the whole text. */
  readonly nonAscii: number;
  /** Non-ASCII code points inside `repairs`. */
  readonly covered: number;
}

/** A resolved sequence: the character, how many chars of the text it replaces, whether it is part of an emoji. */
type Resolution =
  | { readonly text: string; readonly chars: number; readonly guessed: boolean; readonly emoji: boolean; readonly level: Plausibility }
  | 'unresolved'
  | null;

const resolved = (codePoint: number, chars: number, guessed: boolean): Resolution => ({
  text: String.fromCodePoint(codePoint),
  chars,
  guessed,
  emoji: isEmojiPart(codePoint),
  level: plausibility(codePoint),
});

const NON_ASCII = /[^\x00-\x7f]/g;

/** Score given to U+200D ZWJ between two emoji: above every other guess (see `guess`). */
const ZWJ_BETWEEN_EMOJI = 10_000;

/**
 * Walks the text once and, at every char the page maps to a UTF-8 lead byte, reads back the
 * chars after it that map to continuation bytes. Seed 000's first line, through Windows-1252:
 *
 *   ✅ → bytes E2 9C 85 → decoded as cp1252 → "âœ…"
 *        â  œ  …
 *        E2 9C 85   lead E2 announces two continuation bytes, both there: lossless ✅
 *
 *   ⏳ → bytes E2 8F B3 → 8F is undefined in cp1252 and was dropped → "â³"
 *        â  ³
 *        E2 B3      one continuation short: put back 81 8D 8F 90 or 9D before or after B3;
 *                   of the ten, E2 8F B3 = ⏳ is the only emoji: best effort ⏳
 */
export function scanPage(text: string, page: CodePage): PageScan {
  const repairs: Repair[] = [];
  // The same few sequences repeat all over a document: resolve each distinct one once.
  const cache = new Map<number, Resolution>();
  let unresolved = 0;
  let unresolvedChars = 0;
  let nonAscii = 0;
  let covered = 0;
  let emojiEnd = -1; // where the last repaired emoji ends, for ZWJ sequences
  let i = 0;
  while (i < text.length) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) {
      // Jump to the next non-ASCII char with a native search: most of a document is ASCII.
      NON_ASCII.lastIndex = i;
      const next = NON_ASCII.exec(text);
      if (next === null) break;
      i = next.index;
      continue;
    }
    const lead = page.toByte(unit);
    const need = lead < 0 ? 0 : continuationCount(lead);
    let found: Resolution | undefined = null;
    if (need > 0) {
      // Read the continuation bytes packed into one number: a cache key without an array.
      let packed = lead;
      let length = 1;
      for (; length <= need; length++) {
        const byte = page.toByte(text.charCodeAt(i + length));
        if (byte < 0 || !isContinuation(byte)) break;
        packed = packed * 256 + byte;
      }
      const zwjFits = emojiEnd === i && continuationCount(page.toByte(text.charCodeAt(i + need))) > 0;
      const key = (packed * 8 + length) * 2 + (zwjFits ? 1 : 0);
      found = cache.get(key);
      if (found === undefined) cache.set(key, (found = resolve(unpack(packed, length), need, page, zwjFits)));
    }
    if (found === null) {
      nonAscii++;
      i += unit >= 0xd800 && unit <= 0xdbff ? 2 : 1; // an astral char is one code point
    } else if (found === 'unresolved') {
      nonAscii += need;
      unresolved++;
      if (need > 1) unresolvedChars += need;
      i += need;
    } else {
      repairs.push({ from: i, to: i + found.chars, text: found.text, guessed: found.guessed, level: found.level });
      nonAscii += found.chars;
      covered += found.chars;
      i += found.chars;
      if (found.emoji) emojiEnd = i;
    }
  }
  return { page, repairs, unresolved, unresolvedChars, nonAscii, covered };
}

/** The `length` bytes packed big-endian into `packed`. */
function unpack(packed: number, length: number): number[] {
  const bytes: number[] = [];
  for (let rest = packed, n = 0; n < length; n++, rest = Math.floor(rest / 256)) bytes.unshift(rest % 256);
  return bytes;
}

/**
 * The character `bytes` (a lead and the continuation bytes that followed it) stood for: the
 * complete sequence when it is plausible, else a guess with one dropped byte put back.
 * `zwjFits` tells whether a ZWJ fits here: right after an emoji and before another sequence.
 */
function resolve(bytes: readonly number[], need: number, page: CodePage, zwjFits: boolean): Resolution {
  if (bytes.length === need + 1) {
    const codePoint = decodeSequence(bytes);
    if (codePoint >= 0 && plausibility(codePoint) > 0) return resolved(codePoint, need + 1, false);
  }
  if (page.undefinedBytes.length === 0 || bytes.length < need) return null;
  return guess(bytes.slice(0, need), page.undefinedBytes, zwjFits);
}

/**
 * Puts each undefined byte back at each place after the lead and keeps the best-scoring
 * character (plausible.ts: `guessScore`). Two different characters sharing the best score,
 * or only characters not worth a guess, leave the sequence unresolved — unless nothing
 * plausible fits at all, when it was no sequence (`Ü` + `b`: DC + a guessed byte is Syriac).
 * ZWJ (E2 80 8D, shown as "â€") only wins between two emoji; elsewhere "â€" is the far more
 * common ” (E2 80 9D).
 */
function guess(present: readonly number[], undefinedBytes: readonly number[], zwjFits: boolean): Resolution {
  let best: number | null = null;
  let bestScore = -1;
  let tie = false;
  let plausible = false;
  for (let at = 1; at <= present.length; at++) {
    for (const byte of undefinedBytes) {
      const codePoint = decodeSequence([...present.slice(0, at), byte, ...present.slice(at)]);
      if (codePoint < 0 || plausibility(codePoint) === 0) continue;
      plausible = true;
      const score = codePoint === 0x200d ? (zwjFits ? ZWJ_BETWEEN_EMOJI : null) : guessScore(codePoint);
      if (score === null || score < bestScore) continue;
      tie = score === bestScore;
      if (score > bestScore) [best, bestScore] = [codePoint, score];
    }
  }
  if (best === null || tie) return plausible ? 'unresolved' : null;
  return resolved(best, present.length, true);
}

import { ITEM_STATES, type ItemState } from '../model/item.js';
import { HEALTH_WORDS, STATUS_ICONS, STATUS_WORDS } from './lexicon/status-words.js';

/** A status word found in a text: where it is and what it means (`health` words mean no state). */
export interface WordMatch {
  readonly start: number;
  readonly end: number;
  readonly state: ItemState | null;
  readonly health: boolean;
  /** The phrase as normalised for lookup (`in progress`). */
  readonly phrase: string;
}

/** An icon (an emoji or a symbol such as ✓) found in a text. */
export interface IconMatch {
  readonly start: number;
  readonly end: number;
  /** The icon without variation selectors. */
  readonly icon: string;
  /** The state it stands for, or null for a decorative icon (🎯, 📊). */
  readonly state: ItemState | null;
}

/** The status words and icons Headway recognises, with a team's own words added. */
export interface Vocabulary {
  wordAt(text: string, index: number): WordMatch | null;
  wordEndingAt(text: string, index: number): WordMatch | null;
  iconAt(text: string, index: number): IconMatch | null;
  iconEndingAt(text: string, index: number): IconMatch | null;
  /** The state a whole phrase stands for (`Not Started` → open), if it is exactly a status word. */
  stateOf(phrase: string): ItemState | null | undefined;
  /** The first status word that starts a word anywhere in `text` at or after `from`. */
  firstWord(text: string, from?: number): WordMatch | null;
  /**
   * A cheap test on raw source: could a status word open or close this text? False means
   * certainly not, so plain prose can skip the full reading.
   */
  mayBracket(raw: string): boolean;
  /** This vocabulary with more words (a document's own scale). */
  extend(more: Readonly<Partial<Record<ItemState, readonly string[]>>>): Vocabulary;
}

/** Lower-cases and folds spaces, hyphens, underscores and curly apostrophes, so variants compare equal. */
export function normalizePhrase(phrase: string): string {
  return phrase.toLowerCase().replace(/[’‘]/g, "'").replace(/[\s_\-]+/g, ' ').trim();
}

const ICON_STATE = new Map<string, ItemState>();
for (const state of ITEM_STATES) for (const icon of STATUS_ICONS[state]) ICON_STATE.set(icon, state);

const PICTOGRAPH = /\p{Extended_Pictographic}|\p{Regional_Indicator}/u;
const SELECTOR = /[\uFE0E\uFE0F\u{1F3FB}-\u{1F3FF}\u20E3]/u;

/**
 * Compiles the word list (plus extras) into matchers. Phrases are looked up word by word in a
 * map — `in progress`, `not yet started` — rather than through one alternation of every phrase:
 * no regular expression to compile (which made the first analysis of a process slow) and a
 * miss costs a set lookup.
 */
export function buildVocabulary(extra: Readonly<Partial<Record<ItemState, readonly string[]>>> = {}): Vocabulary {
  const phrases = new Map<string, ItemState | null>();
  for (const word of HEALTH_WORDS) phrases.set(normalizePhrase(word), null);
  for (const state of ITEM_STATES) {
    for (const word of [...STATUS_WORDS[state], ...(extra[state] ?? [])]) phrases.set(normalizePhrase(word), state);
  }
  const keys = [...phrases.keys()];
  const firstWords = new Set(keys.map((p) => p.split(' ')[0]!));
  const lastWords = new Set(keys.map((p) => p.split(' ').pop()!));
  const maxWords = Math.max(1, ...keys.map((p) => p.split(' ').length));

  const toMatch = (start: number, end: number, phrase: string): WordMatch => {
    const state = phrases.get(phrase)!;
    return { start, end, state, health: state === null, phrase };
  };

  /** The longest phrase made of the words starting at `index`. */
  const wordAt = (text: string, index: number): WordMatch | null => {
    if (index >= text.length || !isWordChar(text, index)) return null;
    let end = wordEnd(text, index);
    let key = lowerWord(text, index, end);
    if (!firstWords.has(key)) return null;
    let best = phrases.has(key) ? toMatch(index, end, key) : null;
    for (let n = 1; n < maxWords; n++) {
      const next = skipJoin(text, end);
      if (next === end || next >= text.length || !isWordChar(text, next)) break;
      const after = wordEnd(text, next);
      key = `${key} ${lowerWord(text, next, after)}`;
      end = after;
      if (phrases.has(key)) best = toMatch(index, end, key);
    }
    return best;
  };

  /** The longest phrase made of the words ending at `index`. */
  const wordEndingAt = (text: string, index: number): WordMatch | null => {
    if (index === 0 || !isWordChar(text, index - 1)) return null;
    let start = wordStart(text, index);
    let key = lowerWord(text, start, index);
    if (!lastWords.has(key)) return null;
    let best = phrases.has(key) ? toMatch(start, index, key) : null;
    for (let n = 1; n < maxWords; n++) {
      const prev = skipJoinBack(text, start);
      if (prev === start || prev === 0 || !isWordChar(text, prev - 1)) break;
      const before = wordStart(text, prev);
      key = `${lowerWord(text, before, prev)} ${key}`;
      start = before;
      if (phrases.has(key)) best = toMatch(start, index, key);
    }
    return best;
  };

  return {
    wordAt,
    wordEndingAt,
    iconAt,
    iconEndingAt,
    stateOf(phrase) {
      return phrases.get(normalizePhrase(phrase));
    },
    mayBracket(raw) {
      let a = 0;
      while (a < raw.length && LEAD_SKIP.has(raw.charCodeAt(a))) a++;
      let b = raw.length;
      while (b > a && TRAIL_SKIP.has(raw.charCodeAt(b - 1))) b--;
      return firstWords.has(wordFrom(raw, a)) || lastWords.has(wordBefore(raw, b));
    },
    extend(more) {
      const merged: Partial<Record<ItemState, readonly string[]>> = { ...extra };
      for (const state of ITEM_STATES) merged[state] = [...(extra[state] ?? []), ...(more[state] ?? [])];
      return buildVocabulary(merged);
    },
    firstWord(text, from = 0) {
      for (let i = from; i < text.length; i++) {
        if (!isWordChar(text, i) || (i > from && isWordChar(text, i - 1))) continue;
        const match = wordAt(text, i);
        if (match) return match;
      }
      return null;
    },
  };
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}'’]/u;
/** Markup and space skipped before a first word (` **(`) and after a last word (`**). `). */
const LEAD_SKIP = new Set([...' \t\r\n*_([>#-'].map((c) => c.charCodeAt(0)));
const TRAIL_SKIP = new Set([...' \t\r\n*_).]!'].map((c) => c.charCodeAt(0)));

/** Where the word starting at `i` ends. */
function wordEnd(text: string, i: number): number {
  while (i < text.length && isWordChar(text, i)) i++;
  return i;
}

/** Where the word ending at `i` starts. */
function wordStart(text: string, i: number): number {
  while (i > 0 && isWordChar(text, i - 1)) i--;
  return i;
}

/** Skips what may join the words of a phrase (`in progress`, `in-progress`, `not_started`). */
function skipJoin(text: string, i: number): number {
  while (i < text.length && JOIN.has(text.charCodeAt(i))) i++;
  return i;
}

function skipJoinBack(text: string, i: number): number {
  while (i > 0 && JOIN.has(text.charCodeAt(i - 1))) i--;
  return i;
}

const JOIN = new Set([32, 9, 10, 13, 0xa0, 95, 45]);

function lowerWord(text: string, start: number, end: number): string {
  const word = text.slice(start, end).toLowerCase();
  return word.includes('’') ? word.replace(/’/g, "'") : word;
}

/** True for a letter, digit, mark or apostrophe; ASCII decided without a regular expression. */
function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 39;
  return WORD_CHAR.test(text[i]!);
}

/** The word starting at `index`, lower-cased (`In-Progress` → `in`). */
function wordFrom(text: string, index: number): string {
  let end = index;
  while (end < text.length && isWordChar(text, end)) end++;
  const word = text.slice(index, end).toLowerCase();
  return word.includes('’') ? word.replace(/’/g, "'") : word;
}

/** The word ending at `index`, lower-cased. */
function wordBefore(text: string, index: number): string {
  let start = index;
  while (start > 0 && isWordChar(text, start - 1)) start--;
  const word = text.slice(start, index).toLowerCase();
  return word.includes('’') ? word.replace(/’/g, "'") : word;
}

/** Reads one icon starting at `index`: a status symbol or any pictograph, with its modifiers. */
function iconAt(text: string, index: number): IconMatch | null {
  const cp = text.codePointAt(index);
  // Every icon and pictograph lies above U+2000 except ©/® (not status): letters, digits and
  // punctuation leave here without a regular expression.
  if (cp === undefined || cp < 0x2000) return null;
  const ch = String.fromCodePoint(cp);
  const state = ICON_STATE.get(ch) ?? null;
  if (state === null && !PICTOGRAPH.test(ch)) return null;
  let end = index + ch.length;
  // Variation selectors, skin tones, keycaps and ZWJ sequences belong to the same icon.
  for (;;) {
    const next = text.codePointAt(end);
    if (next === undefined) break;
    const nc = String.fromCodePoint(next);
    if (SELECTOR.test(nc)) end += nc.length;
    else if (next === 0x200d) {
      const joined = text.codePointAt(end + 1);
      if (joined === undefined) break;
      end += 1 + String.fromCodePoint(joined).length;
    } else break;
  }
  return { start: index, end, icon: ch, state };
}

/** Reads one icon that ends just before `index`. */
function iconEndingAt(text: string, index: number): IconMatch | null {
  let start = index;
  // Step back over modifiers to the base pictograph.
  while (start > 0) {
    const prev = codePointBefore(text, start);
    if (prev === null || !SELECTOR.test(prev)) break;
    start -= prev.length;
  }
  const base = codePointBefore(text, start);
  if (base === null) return null;
  const match = iconAt(text, start - base.length);
  return match && match.end === index ? match : null;
}

function codePointBefore(text: string, index: number): string | null {
  if (index <= 0) return null;
  const low = text.charCodeAt(index - 1);
  if (low >= 0xdc00 && low <= 0xdfff && index >= 2) {
    const high = text.charCodeAt(index - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.slice(index - 2, index);
  }
  return text.slice(index - 1, index);
}

/** The default vocabulary, built once. */
export const DEFAULT_VOCABULARY: Vocabulary = buildVocabulary();

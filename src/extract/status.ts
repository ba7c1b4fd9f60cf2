import type { ItemState } from '../model/item.js';
import { percentAt, percentEndingAt, ratioAt } from './percent.js';
import type { Vocabulary } from './vocabulary.js';

/** One status token peeled off a line: an icon, a status word, or a completion figure. */
export interface StatusToken {
  readonly kind: 'icon' | 'word' | 'percent';
  readonly start: number;
  readonly end: number;
  readonly state: ItemState | null;
  readonly percent: number | null;
  readonly health: boolean;
  /** The icon or the normalised phrase. */
  readonly text: string;
}

/** What the ends of a line say about its state, and what is left as its title. */
export interface StatusReading {
  readonly state: ItemState | null;
  readonly percent: number | null;
  /** The word or icon that decided the state. */
  readonly statusText: string | null;
  /** Where that word or icon is, in the text given. */
  readonly marker: { readonly start: number; readonly end: number } | null;
  /** True when a health word (`On Track`) was read: it reports no state. */
  readonly health: boolean;
  readonly tokens: readonly StatusToken[];
  /** The text left once status tokens, claims and decoration are peeled from both ends. */
  readonly titleStart: number;
  readonly titleEnd: number;
}

/** What Markdown said around the plain text: where markup was stripped, and what was code. */
export interface Marks {
  /** Markup was stripped right before this index (`**Done**` wraps a word). */
  boundary(index: number): boolean;
  /** The character came from an inline code span: `TODO.md` in backticks is a name, not a status. */
  code?(index: number): boolean;
}

const NO_MARKS: Marks = { boundary: () => false };

/** Separators between tokens, and the ones that may end a title, as char-code sets (hot loops). */
const SEPARATOR = new Set([...' \t\n\r\f\v\u00a0-–—:：|·•,，、;/>'].map((c) => c.charCodeAt(0)));
const TITLE_TRIM = new Set([...' \t\n\r\f\v\u00a0-–—:：|·•,，、;'].map((c) => c.charCodeAt(0)));
const AFTER_START_WORD = /^\s*(?:$|[:：\-–—|)\]/,，、;.])/u;
const BEFORE_END_WORD = /(?:^|[:：\-–—|(\[/,，、;])\s*$/u;
const SPACE = /\s/u;

/**
 * Peels status tokens from both ends of a line of plain text:
 *
 *     ✅ **Phase 0: Planning** (100% Complete)      →  done, 100 %, title "Phase 0: Planning"
 *     ^icon                    ^group of tokens
 *     Phase 1: Core Infrastructure ⏳ *In Progress*  →  in-progress (a word beats an icon)
 *
 * A status word counts only where it cannot be ordinary prose: set off by a separator
 * (`Done: …`, `… — Complete`), wrapped in emphasis or brackets, written in capitals, or
 * standing alone. "Complete the export" is an instruction, not a done item.
 */
export function readStatus(text: string, vocabulary: Vocabulary, marks: Marks = NO_MARKS): StatusReading {
  const tokens: StatusToken[] = [];
  let a = 0;
  let b = text.length;
  // From the start.
  for (;;) {
    a = skip(text, a, b, SEPARATOR);
    if (a >= b) break;
    const next = tokenAt(text, a, b, vocabulary, marks, tokens);
    if (next === null) break;
    a = next;
  }
  // From the end.
  for (;;) {
    const end = skipBack(text, b, a, SEPARATOR);
    if (end <= a) {
      b = end;
      break;
    }
    const start = tokenEndingAt(text, end, a, vocabulary, marks, tokens);
    if (start === null) break;
    b = start;
  }
  a = skip(text, a, b, SEPARATOR);
  b = skipBack(text, b, a, TITLE_TRIM);
  return decide(tokens, a, b);
}

/** The reading of a text with nothing to peel (a plain task's words): its whole text is the title. */
export function nothingToRead(length: number): StatusReading {
  return { state: null, percent: null, statusText: null, marker: null, health: false, tokens: [], titleStart: 0, titleEnd: length };
}

export function decide(tokens: readonly StatusToken[], titleStart: number, titleEnd: number): StatusReading {
  const word = tokens.find((t) => t.kind === 'word' && !t.health);
  const health = tokens.some((t) => t.health);
  const icon = tokens.find((t) => t.kind === 'icon' && t.state !== null);
  const decider = word ?? (health ? undefined : icon);
  const percent = tokens.find((t) => t.kind === 'percent')?.percent ?? null;
  return {
    state: decider?.state ?? null,
    percent,
    statusText: decider?.text ?? null,
    marker: decider ? { start: decider.start, end: decider.end } : null,
    health: health && !word,
    tokens,
    titleStart,
    titleEnd: Math.max(titleStart, titleEnd),
  };
}

function tokenAt(text: string, i: number, limit: number, v: Vocabulary, marks: Marks, out: StatusToken[]): number | null {
  const icon = v.iconAt(text, i);
  if (icon && icon.end <= limit) {
    out.push({ kind: 'icon', start: i, end: icon.end, state: icon.state, percent: null, health: false, text: icon.icon });
    return icon.end;
  }
  const group = groupAt(text, i, limit, v);
  if (group) {
    out.push(...group.tokens);
    return group.end;
  }
  const pm = percentAt(text, i) ?? ratioAt(text, i);
  if (pm && pm.end <= limit && AFTER_START_WORD.test(text.slice(pm.end, limit))) {
    out.push({ kind: 'percent', start: i, end: pm.end, state: null, percent: pm.percent, health: false, text: text.slice(i, pm.end) });
    return pm.end;
  }
  const word = v.wordAt(text, i);
  if (word && word.end <= limit && isWord(text, word, marks)) {
    const set = AFTER_START_WORD.test(text.slice(word.end, limit));
    const wrapped = marks.boundary(i) && marks.boundary(word.end);
    if (set || wrapped || isShouted(text, i, word.end)) {
      out.push({ kind: 'word', start: i, end: word.end, state: word.state, percent: null, health: word.health, text: word.phrase });
      return word.end;
    }
  }
  return null;
}

function tokenEndingAt(text: string, j: number, limit: number, v: Vocabulary, marks: Marks, out: StatusToken[]): number | null {
  const icon = v.iconEndingAt(text, j);
  if (icon && icon.start >= limit) {
    out.push({ kind: 'icon', start: icon.start, end: j, state: icon.state, percent: null, health: false, text: icon.icon });
    return icon.start;
  }
  const group = groupEndingAt(text, j, limit, v);
  if (group) {
    out.push(...group.tokens);
    return group.start;
  }
  const pm = percentEndingAt(text, j);
  if (pm && pm.start >= limit && (pm.start === limit || BEFORE_END_WORD.test(text.slice(limit, pm.start)) || (pm.worded && SPACE.test(text[pm.start - 1] ?? '')))) {
    out.push({ kind: 'percent', start: pm.start, end: j, state: null, percent: pm.percent, health: false, text: text.slice(pm.start, j) });
    return pm.start;
  }
  const word = v.wordEndingAt(text, j);
  if (word && word.start >= limit && isWord(text, word, marks)) {
    const set = word.start === limit || BEFORE_END_WORD.test(text.slice(limit, word.start));
    const wrapped = marks.boundary(word.start) && marks.boundary(j);
    if (set || wrapped || isShouted(text, word.start, j)) {
      out.push({ kind: 'word', start: word.start, end: j, state: word.state, percent: null, health: word.health, text: word.phrase });
      return word.start;
    }
  }
  return null;
}

const OPEN_TO_CLOSE: Record<string, string> = { '(': ')', '[': ']' };
const CLOSE_TO_OPEN: Record<string, string> = { ')': '(', ']': '[' };

/** `(20% Complete - In Progress)`, `(COMPLETED ✅)`: a bracketed group made only of tokens. */
function groupAt(text: string, i: number, limit: number, v: Vocabulary): { end: number; tokens: StatusToken[] } | null {
  const close = OPEN_TO_CLOSE[text[i] ?? ''];
  if (!close) return null;
  const end = text.indexOf(close, i + 1);
  if (end < 0 || end >= limit || end - i > 80) return null;
  const tokens = innerTokens(text, i + 1, end, v);
  return tokens ? { end: end + 1, tokens } : null;
}

function groupEndingAt(text: string, j: number, limit: number, v: Vocabulary): { start: number; tokens: StatusToken[] } | null {
  const open = CLOSE_TO_OPEN[text[j - 1] ?? ''];
  if (!open) return null;
  const start = text.lastIndexOf(open, j - 2);
  if (start < limit || j - start > 80) return null;
  const tokens = innerTokens(text, start + 1, j - 1, v);
  return tokens ? { start, tokens } : null;
}

/** The tokens of a bracket's content when the content is nothing but tokens and separators. */
export function innerTokens(text: string, from: number, to: number, v: Vocabulary): StatusToken[] | null {
  const tokens: StatusToken[] = [];
  let i = from;
  for (;;) {
    i = skip(text, i, to, SEPARATOR);
    if (i >= to) break;
    const next = tokenAt(text, i, to, v, ALL_BOUNDARIES, tokens);
    if (next === null) {
      // `(95% - Production Ready)`, `(Blocked - waiting on vendor)`: a status, a dash, then a note.
      const lead = tokens.length === 1 && /[-–—:]\s*$/u.test(text.slice(tokens[0]!.end, i)) ? tokens : null;
      return lead && (lead[0]!.percent !== null || lead[0]!.state !== null) ? lead : null;
    }
    i = next;
  }
  if (!tokens.some((t) => t.state !== null || t.percent !== null || t.health)) return null;
  // `(Complete, In Progress, Planned)` lists the states there are; it is not one of them.
  const states = new Set(tokens.filter((t) => t.kind === 'word' && t.state !== null).map((t) => t.state));
  return states.size > 1 ? null : tokens;
}

const ALL_BOUNDARIES: Marks = { boundary: () => true };

/** A status word that is really part of a name: in code (`` `TODO.md` ``) or a file name (`TODO.md`). */
function isWord(text: string, word: { start: number; end: number }, marks: Marks): boolean {
  if (marks.code?.(word.start)) return false;
  return !/^\.[A-Za-z]/.test(text.slice(word.end, word.end + 2));
}

function isShouted(text: string, start: number, end: number): boolean {
  const word = text.slice(start, end);
  return /\p{Lu}.*\p{Lu}/u.test(word) && word === word.toUpperCase() && word !== word.toLowerCase();
}

function skip(text: string, i: number, limit: number, chars: ReadonlySet<number>): number {
  while (i < limit && chars.has(text.charCodeAt(i))) i++;
  return i;
}

function skipBack(text: string, j: number, limit: number, chars: ReadonlySet<number>): number {
  while (j > limit && chars.has(text.charCodeAt(j - 1))) j--;
  return j;
}

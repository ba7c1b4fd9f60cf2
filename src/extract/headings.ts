import type { ItemState, Priority } from '../model/item.js';
import { cellState } from './cell-state.js';
import { readField } from './fields.js';
import type { PlainText } from './inline-text.js';
import { isCategoryTitle, PRIORITY_CONTEXT, PRIORITY_ICONS, PRIORITY_WORDS, WORK_TITLE } from './lexicon/headings.js';
import { valuePercent } from './lines.js';
import { decide, innerTokens, readStatus, type StatusReading } from './status.js';
import type { Vocabulary } from './vocabulary.js';

/** What a heading says: its display title, any status or claim, and what kind of heading it is. */
export interface HeadingReading {
  readonly title: string;
  readonly rawTitle: string;
  /** Status and percent on the heading; `state` is null for categories and severity headings. */
  readonly state: ItemState | null;
  readonly percent: number | null;
  readonly statusText: string | null;
  readonly marker: { readonly start: number; readonly end: number } | null;
  /** The heading names a category of the document (`What Works`), not a piece of work. */
  readonly category: boolean;
  readonly priority: Priority | null;
  /** A heading that is only a state (`## Done`): its bullets and bare sub-headings take it. */
  readonly label: ItemState | null;
  /** The state a category's words name (`## Completed Features`): its own lists' bullets take it. */
  readonly listLabel: ItemState | null;
  /** `## In Progress / Partially Complete ⚠️`: bullets below marked ⚠️ take that state. */
  readonly iconLabel: { readonly icon: string; readonly state: ItemState } | null;
  /** `### Status: ✅ Done` — a field written as a heading: a claim about the enclosing section. */
  readonly field: { readonly state: ItemState | null; readonly percent: number | null } | null;
  /** `(BLOCKED - Pending CL-001)`: the words after the status in its bracket. */
  readonly reason: string | null;
}

/** How the document decorates its headings, which changes what a leading icon means. */
export interface HeadingContext {
  /** Headings at this depth mostly open with topic emoji (🎯 📊 🐛): a leading 🔄 or 📋 is one more. */
  readonly decorativeLead: boolean;
}

const ICONS_AT_ENDS = /^[\s\p{Extended_Pictographic}\uFE0F\u200D]+|[\s\p{Extended_Pictographic}\uFE0F\u200D]+$/gu;

/**
 * Reads a heading's plain text. A heading without markup is a pure function of its text, and
 * headings repeat across a repository's documents (`## Done`, `### Notes`) and across the
 * versions history replays: those readings are remembered.
 */
export function readHeading(plain: PlainText, vocabulary: Vocabulary, context: HeadingContext): HeadingReading {
  if (!plain.literal) return readHeadingText(plain, vocabulary, context);
  let memo = memos.get(vocabulary);
  if (!memo) memos.set(vocabulary, (memo = new Map()));
  const key = (context.decorativeLead ? '1' : '0') + plain.text;
  let reading = memo.get(key);
  if (!reading) {
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(key, (reading = readHeadingText(plain, vocabulary, context)));
  }
  return reading;
}

const MEMO_LIMIT = 20_000;
const memos = new WeakMap<Vocabulary, Map<string, HeadingReading>>();

function readHeadingText(plain: PlainText, vocabulary: Vocabulary, context: HeadingContext): HeadingReading {
  const text = plain.text;
  const bare = text.replace(ICONS_AT_ENDS, '');
  const field = fieldHeading(bare, vocabulary);
  if (field) return { ...NOTHING, title: bare, rawTitle: text, category: true, field };

  const raw = readStatus(text, vocabulary, plain);
  let reading = withoutSeverityIcons(raw);
  if (context.decorativeLead) reading = withoutLeadingIcon(reading);
  const titleStart = reading.titleStart;
  const titleEnd = reading.titleEnd;
  let reason: string | null = null;
  let title = text.slice(titleStart, titleEnd).replace(/[\s:：\-–—|]+$/u, '');
  if (reading.state === null && reading.percent === null && !isCategoryTitle(title)) {
    const inner = groupInside(text, titleStart, titleEnd, vocabulary) ?? trailingDone(titleStart, title, reading);
    if (inner) {
      reading = inner.reading;
      title = inner.title;
      reason = inner.reason;
    }
  }
  const work = WORK_TITLE.test(title);
  // Severity belongs to category headings (`Critical Issues 🔴`), not to a work heading that
  // mentions it (`4.1 Current State & Critical Issues`).
  const priority = work ? null : readPriority(title, raw);
  const pure = title.length === 0 && reading.state !== null;
  const category = !work && (pure || priority !== null || isCategoryTitle(title));
  if (category) {
    // A category keeps its words: `TODO — after the backlog loop`, `What Is In Progress / Partially Complete`.
    const listLabel = pure ? reading.state : labelOf(bare, vocabulary);
    const icon = raw.tokens.find((t) => t.kind === 'icon' && t.state === null && !PRIORITY_ICONS[t.text]);
    const iconLabel = listLabel && icon ? { icon: icon.text, state: listLabel } : null;
    return { ...NOTHING, title: bare.length > 0 ? bare : text, rawTitle: text, category, priority, label: pure ? reading.state : null, listLabel, iconLabel };
  }
  return {
    title: title.length > 0 ? title : bare.length > 0 ? bare : text,
    rawTitle: text,
    state: reading.state,
    percent: reading.percent,
    statusText: reading.statusText,
    marker: reading.marker,
    category,
    priority,
    label: null,
    listLabel: null,
    iconLabel: null,
    field: null,
    reason,
  };
}

const NOTHING = {
  state: null, percent: null, statusText: null, marker: null, category: false, priority: null, label: null, listLabel: null, iconLabel: null, field: null, reason: null,
} as const;

/** `### Status: ✅ Erfolgreich implementiert`, `### Progress: 85%`. */
function fieldHeading(text: string, vocabulary: Vocabulary): HeadingReading['field'] {
  const field = readField(text);
  if (!field || (field.kind !== 'status' && field.kind !== 'progress' && field.kind !== 'completed')) return null;
  const state = field.kind === 'completed' ? 'done' : cellState(field.value, vocabulary)?.state ?? null;
  const percent = valuePercent(field.value);
  return state !== null || percent !== null ? { state, percent } : null;
}

/** States a category's words give its bullets; `open` alone is too common a word (`Open Questions`). */
function labelOf(title: string, vocabulary: Vocabulary): ItemState | null {
  const word = vocabulary.firstWord(title);
  return word && !word.health && word.phrase !== 'open' ? word.state : null;
}

interface Inner {
  readonly reading: StatusReading;
  readonly title: string;
  readonly reason: string | null;
}

/**
 * A status group inside a heading rather than at its end:
 *
 *     PHASE 1: CORE (COMPLETED ✅) - **VERSION 0.1**      → done
 *     Phase 3: Cleanup (BLOCKED - Pending CL-001)          → blocked, reason "Pending CL-001"
 */
function groupInside(text: string, from: number, to: number, vocabulary: Vocabulary): Inner | null {
  for (const m of text.slice(from, to).matchAll(/\(([^()]{1,80})\)/g)) {
    const open = from + m.index;
    const close = open + m[0].length;
    const tokens = innerTokens(text, open + 1, close - 1, vocabulary);
    let reason: string | null = null;
    let found = tokens;
    if (!found) {
      const word = vocabulary.wordAt(text, open + 1);
      const rest = word ? /^\s*[-–—:]\s*(.+)$/u.exec(text.slice(word.end, close - 1)) : null;
      if (!word || word.state === null || !rest) continue;
      found = [{ kind: 'word', start: word.start, end: word.end, state: word.state, percent: null, health: false, text: word.phrase }];
      reason = rest[1]!.trim();
    }
    const title = (text.slice(from, open) + text.slice(close, to)).replace(/\s*[-–—|]\s*$|\s{2,}/gu, ' ').trim().replace(/[\s:：\-–—|]+$/u, '');
    return { reading: decide(found, from, to), title, reason };
  }
  return null;
}

const DONE_AT_END = /^(.*\S)\s+(complete|completed|done|finished|implemented|abgeschlossen|vervollständigt|fertiggestellt|erledigt|terminé|completado|concluído)(\s*\(\s*[\d./-]{6,10}\s*\))?$/iu;

/**
 * `🤖 AI Agent Implementation Complete`, `… abgeschlossen (2024-06-19)`: a done word ending a
 * heading with no separator counts only with a date after it or an icon before the title —
 * `Gate 1: Code Complete` names a gate, not a finished piece of work.
 */
function trailingDone(titleStart: number, title: string, reading: StatusReading): Inner | null {
  const m = DONE_AT_END.exec(title);
  if (!m) return null;
  const iconFirst = reading.tokens.some((t) => t.kind === 'icon' && t.start === 0);
  if (!m[3] && !iconFirst) return null;
  const start = titleStart + m[1]!.length + (title.slice(m[1]!.length).length - title.slice(m[1]!.length).trimStart().length);
  const end = start + m[2]!.length;
  const token = { kind: 'word' as const, start, end, state: 'done' as const, percent: null, health: false, text: m[2]!.toLowerCase() };
  return { reading: decide([token], titleStart, titleStart + title.length), title: m[1]!, reason: null };
}

/**
 * 🔴 🟠 🟡 🟢 in a heading rank or rate (`Critical Issues 🔴`, `🟡 Infrastructure (80%)`); they
 * never say which state the work is in, so they do not decide a heading's state.
 */
function withoutSeverityIcons(reading: StatusReading): StatusReading {
  return redecide(reading, (t) => t.kind === 'icon' && PRIORITY_ICONS[t.text] !== undefined);
}

/** Icons that double as topic emoji (🔄 sync, 📋 planning, 🚧 construction); ✅ ❌ ⏸️ never do. */
const AMBIGUOUS = new Set(['🔄', '📋', '🚧', '🔨', '🛠', '⏳', '⌛', '🔜', '🔃']);

/** Drops an ambiguous icon opening the heading, when the document opens its headings with topic emoji. */
function withoutLeadingIcon(reading: StatusReading): StatusReading {
  const first = reading.tokens.reduce((min, t) => Math.min(min, t.start), Number.POSITIVE_INFINITY);
  return redecide(reading, (t) => t.kind === 'icon' && t.start === first && first <= 1 && AMBIGUOUS.has(t.text));
}

function redecide(reading: StatusReading, drop: (t: StatusReading['tokens'][number]) => boolean): StatusReading {
  if (!reading.tokens.some(drop)) return reading;
  return decide(reading.tokens.filter((t) => !drop(t)), reading.titleStart, reading.titleEnd);
}

/** A heading that is only a severity: `Low`, `🔴 Critical`, `Medium / Nice to have`. */
const BARE_PRIORITY = /^(?:critical|high|medium|low|major|minor|urgent|trivial)(?:\s*[/&,-]\s*[\p{L} -]{0,20})?$/iu;

/** Severity named by words (`Critical Issues`) or, in a severity heading, by 🔴 🟠 🟡 🟢. */
function readPriority(title: string, reading: StatusReading): Priority | null {
  if (/^(?:no|none|keine|aucun|sin)\b/iu.test(title)) return null; // `No Critical Blockers`
  if (!PRIORITY_CONTEXT.test(title) && !BARE_PRIORITY.test(title)) return null;
  for (const [pattern, priority] of PRIORITY_WORDS) if (pattern.test(title)) return priority;
  for (const token of reading.tokens) {
    const priority = token.kind === 'icon' ? PRIORITY_ICONS[token.text] : undefined;
    if (priority) return priority;
  }
  return null;
}

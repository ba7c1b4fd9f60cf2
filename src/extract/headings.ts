import type { ItemState, Priority } from '../model/item.js';
import type { PlainText } from './inline-text.js';
import { CATEGORY_TITLE, PRIORITY_CONTEXT, PRIORITY_ICONS, PRIORITY_WORDS, WORK_TITLE } from './lexicon/headings.js';
import { readStatus, type StatusReading } from './status.js';
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
  /** A heading that is nothing but a status (`## Done`, `### In Progress`): its lists take that state. */
  readonly label: ItemState | null;
}

/** Reads a heading's plain text. */
export function readHeading(plain: PlainText, vocabulary: Vocabulary): HeadingReading {
  const reading = readStatus(plain.text, vocabulary, plain.boundary);
  const peeled = plain.text.slice(reading.titleStart, reading.titleEnd).replace(/[\s:：\-–—|]+$/u, '');
  const work = WORK_TITLE.test(peeled);
  const priority = readPriority(peeled, reading);
  const pure = peeled.length === 0 && reading.state !== null;
  const category = !work && (pure || priority !== null || CATEGORY_TITLE.test(peeled));
  const title = peeled.length > 0 ? peeled : plain.text.replace(/^[\s\p{Extended_Pictographic}\uFE0F]+|[\s\p{Extended_Pictographic}\uFE0F]+$/gu, '');
  return {
    title: title.length > 0 ? title : plain.text,
    rawTitle: plain.text,
    state: category ? null : reading.state,
    percent: category ? null : reading.percent,
    statusText: category ? null : reading.statusText,
    marker: category ? null : reading.marker,
    category,
    priority,
    label: pure ? reading.state : null,
  };
}

/** A heading that is only a severity: `Low`, `🔴 Critical`, `Medium / Nice to have`. */
const BARE_PRIORITY = /^(?:critical|high|medium|low|major|minor|blocker|urgent|trivial)(?:\s*[/&,-]\s*[\p{L} -]{0,20})?$/iu;

/** Severity named by words (`Critical Issues`) or, in a severity heading, by 🔴 🟠 🟡 🟢. */
function readPriority(title: string, reading: StatusReading): Priority | null {
  if (!PRIORITY_CONTEXT.test(title) && !BARE_PRIORITY.test(title)) return null;
  for (const [pattern, priority] of PRIORITY_WORDS) if (pattern.test(title)) return priority;
  for (const token of reading.tokens) {
    const priority = token.kind === 'icon' ? PRIORITY_ICONS[token.text] : undefined;
    if (priority) return priority;
  }
  return null;
}

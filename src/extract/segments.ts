import type { SyntaxNode } from '@lezer/common';
import type { Claim, MetaField, Placeholder } from '../model/document.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { Item, Marker, Span } from '../model/item.js';
import type { Metric } from '../model/metric.js';
import { readBlock } from './blocks.js';
import type { Extraction, SectionDraft } from './context.js';
import { openSection } from './sections.js';

/**
 * Extraction by segment — a top-level heading and the blocks up to the next one (or the
 * preamble before the first heading) — remembered by the segment's exact text and the few
 * things it reads from around it. A segment's items, claims, meta and metrics depend on
 * nothing else: block parsing cannot cross a top-level heading. So when a document changes
 * in one place — one tick of a box, the common case when history is replayed or a file is
 * watched — every other segment is re-used, moved to its new offset and line.
 */
export function readSegment(x: Extraction, heading: SyntaxNode | null, depth: number, blocks: readonly SyntaxNode[], from: number, to: number): void {
  const key = contextKey(x, depth) + x.source.slice(from, to);
  const start = { offset: from, line: x.lines.lineAt(from) };
  const known = memo.get(key);
  if (known) {
    replay(x, known, start, depth);
    return;
  }
  const before = marks(x, heading ? depth : 0);
  if (heading) openSection(x, heading, depth);
  for (const node of blocks) readBlock(x, node, null, false);
  remember(key, record(x, heading !== null, before, start));
}

const vocabularyIds = new WeakMap<object, number>();
let nextVocabularyId = 0;

/** The document-wide part of every segment's key: dialect, vocabulary and link labels. */
export function documentKey(x: Extraction): string {
  let id = vocabularyIds.get(x.vocabulary);
  if (id === undefined) vocabularyIds.set(x.vocabulary, (id = ++nextVocabularyId));
  return `${x.dialect}\u0003${id}\u0003${[...x.linkLabels].sort().join('\u0001')}`;
}

/** Forgets every remembered segment (tests compare cold and warm runs). */
export function clearSegmentMemo(): void {
  memo.clear();
  memoChars = 0;
}

/** What a segment made, positions relative to its start (offset 0, line 0). */
interface Recording {
  /** The section it opened (without items, claims or subsections), or null for the preamble. */
  readonly section: Omit<SectionDraft, 'items' | 'sections' | 'claims'> | null;
  readonly claims: readonly Claim[];
  readonly items: readonly RecordedItem[];
  readonly parentClaims: readonly Claim[];
  readonly rootClaims: readonly Claim[];
  readonly meta: readonly MetaField[];
  readonly metrics: readonly Metric[];
  readonly placeholders: readonly Placeholder[];
  readonly problems: readonly Diagnostic[];
}

/** An item without its id (ids depend on occurrences across the document): re-made on replay. */
interface RecordedItem {
  readonly item: Item;
  /** Index of its parent among the segment's items, or -1. */
  readonly parent: number;
}

interface Marks {
  readonly parentClaims: number;
  readonly rootClaims: number;
  readonly rootItems: number;
  readonly meta: number;
  readonly metrics: number;
  readonly placeholders: number;
  readonly problems: number;
  readonly parent: SectionDraft;
}

interface Start {
  readonly offset: number;
  readonly line: number;
}

const MEMO_CHARS = 32_000_000;
const memo = new Map<string, Recording>();
let memoChars = 0;

function remember(key: string, recording: Recording): void {
  if (memoChars + key.length > MEMO_CHARS) clearSegmentMemo();
  memo.set(key, recording);
  memoChars += key.length;
}

/**
 * What a segment reads from outside itself: the document's dialect, vocabulary, link
 * labels and heading decoration, and from the enclosing sections their path, metrics flag,
 * severity and icon labels, whether it is the first heading, whether its parent is a category.
 */
function contextKey(x: Extraction, depth: number): string {
  const parent = parentIndex(x, depth);
  const p = x.stack[parent]!;
  const chain = x.stack.slice(0, parent + 1);
  const priority = [...chain].reverse().find((s) => s.priority)?.priority ?? '';
  const icons = chain.map((s) => (s.iconLabel ? `${s.iconLabel.icon}${s.iconLabel.state}` : '')).join('');
  return [
    x.documentKey,
    depth,
    p.path.join('\u0001'),
    p.metrics ? 'm' : '',
    p.category ? 'c' : '',
    parent === 0 ? 'r' : '',
    x.root.sections.length === 0 ? 'f' : '',
    x.decorativeDepths.has(depth) ? 'd' : '',
    priority,
    icons,
    '',
  ].join('\u0002');
}

/** Where the section a heading of `depth` opens will sit: the nearest open section above that depth. */
function parentIndex(x: Extraction, depth: number): number {
  let parent = x.stack.length - 1;
  while (parent > 0 && x.stack[parent]!.depth >= depth) parent--;
  return parent;
}

function marks(x: Extraction, depth: number): Marks {
  const parent = depth === 0 ? x.section : x.stack[parentIndex(x, depth)]!;
  return {
    parentClaims: parent.claims.length,
    rootClaims: x.root.claims.length,
    rootItems: x.root.items.length,
    meta: x.meta.length,
    metrics: x.metrics.length,
    placeholders: x.placeholders.length,
    problems: x.problems.length,
    parent,
  };
}

function record(x: Extraction, opened: boolean, before: Marks, start: Start): Recording {
  const draft = opened ? x.section : null;
  const items = draft ? draft.items : x.root.items.slice(before.rootItems);
  const index = new Map(items.map((item, i) => [item.id, i]));
  const move = shift(-start.offset, -(start.line - 1));
  return {
    section: draft ? template(draft, move) : null,
    claims: draft ? draft.claims.map(move.span) : [],
    items: items.map((item) => ({ item: move.item(item), parent: item.parent === null ? -1 : index.get(item.parent) ?? -1 })),
    parentClaims: draft && before.parent !== x.root ? before.parent.claims.slice(before.parentClaims).map(move.span) : [],
    rootClaims: x.root.claims.slice(before.rootClaims).map(move.span),
    meta: x.meta.slice(before.meta).map(move.span),
    metrics: x.metrics.slice(before.metrics).map(move.span),
    placeholders: x.placeholders.slice(before.placeholders).map(move.span),
    problems: x.problems.slice(before.problems).map(move.diagnostic),
  };
}

/** The section's own fields, without the live arrays of the document being read. */
function template(d: SectionDraft, move: ReturnType<typeof shift>): Recording['section'] {
  return {
    title: d.title, rawTitle: d.rawTitle, depth: d.depth, span: move.span(d.span), path: [], category: d.category,
    overview: d.overview, metrics: d.metrics, priority: d.priority, target: d.target, end: 0, label: d.label,
    listLabel: d.listLabel, iconLabel: d.iconLabel, reason: d.reason, headingMarker: d.headingMarker && move.marker(d.headingMarker),
    blocks: d.blocks, bodyStarted: d.bodyStarted,
  };
}

function replay(x: Extraction, r: Recording, start: Start, depth: number): void {
  const move = shift(start.offset, start.line - 1);
  let target: SectionDraft = x.root;
  if (r.section) {
    while (x.stack.length > 1 && x.section.depth >= depth) {
      x.section.end = start.offset;
      x.stack.pop();
    }
    const parent = x.section;
    parent.claims.push(...r.parentClaims.map(move.span));
    target = {
      ...r.section,
      span: move.span(r.section.span),
      headingMarker: r.section.headingMarker && move.marker(r.section.headingMarker),
      path: [...parent.path, r.section.title],
      claims: r.claims.map(move.span),
      items: [],
      sections: [],
      end: x.source.length,
    };
    parent.sections.push(target);
    x.stack.push(target);
  }
  x.root.claims.push(...r.rootClaims.map(move.span));
  const ids: string[] = [];
  for (const { item, parent } of r.items) {
    const id = x.nextId(item.kind, item.text, target.path);
    ids.push(id);
    target.items.push({ ...move.item(item), id, parent: parent < 0 ? null : ids[parent] ?? null });
  }
  x.meta.push(...r.meta.map(move.span));
  x.metrics.push(...r.metrics.map(move.span));
  x.placeholders.push(...r.placeholders.map(move.span));
  x.problems.push(...r.problems.map(move.diagnostic));
  x.pendingLabel = null;
  x.pendingParent = null;
}

/** Moves spans by an offset and a number of lines (columns stay: segments start at a line). */
function shift(offset: number, lines: number) {
  const span = <T extends Span>(s: T): T => ({ ...s, from: s.from + offset, to: s.to + offset, line: s.line + lines });
  const marker = (m: Marker): Marker => span(m);
  return {
    span,
    marker,
    item: (item: Item): Item => ({ ...span(item), marker: item.marker && marker(item.marker) }),
    diagnostic: (d: Diagnostic): Diagnostic => ({
      ...d,
      line: d.line === null ? null : d.line + lines,
      endLine: d.endLine === null ? null : d.endLine + lines,
    }),
  };
}

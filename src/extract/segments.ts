import type { SyntaxNode } from '@lezer/common';
import type { Claim, MetaField, Placeholder } from '../model/document.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { Item, Marker, Span } from '../model/item.js';
import type { Metric } from '../model/metric.js';
import type { TextChange } from '../text/changed-range.js';
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
  const context = contextKey(x, depth);
  const start = { offset: from, line: x.lines.lineAt(from) };
  // Outside the range an edit changed, the segment is the one of the version before, found by
  // where it was: its text need not be hashed to be known.
  const placed = x.memo.at(from, to, context);
  const key = placed === undefined ? context + x.source.slice(from, to) : '';
  const known = placed ?? x.memo.get(key);
  if (known) {
    x.memo.place(from, to, context, known);
    replay(x, known, start, depth);
    return;
  }
  const before = marks(x, heading ? depth : 0);
  if (heading) openSection(x, heading, depth);
  for (const node of blocks) readBlock(x, node, null, false);
  const recording = record(x, heading !== null, before, start);
  x.memo.set(key, recording);
  x.memo.place(from, to, context, recording);
}

/**
 * Segments remembered across documents. The shared one (`SegmentMemo.shared`) keeps up to a
 * budget of text and then starts afresh: a scan of many files sees the same section in many
 * of them. One made for a sequence of versions of one document (`SegmentMemo.forVersions`)
 * keeps only the segments of the version before the one being read, which are all that
 * version can re-use: a long history stays in constant memory.
 */
export class SegmentMemo {
  static readonly shared = new SegmentMemo(32_000_000);

  private current = new Map<string, Recording>();
  private previous = new Map<string, Recording>();
  private chars = 0;
  /** Versions only: the segments of the version being read and of the one before, by start offset. */
  private placed = new Map<number, Placed>();
  private before = new Map<number, Placed>();
  private changes: readonly TextChange[] | null = null;

  private constructor(private readonly budget: number | null) {}

  /** A memo for the versions of one document, read in order (call `nextVersion` before each). */
  static forVersions(): SegmentMemo {
    return new SegmentMemo(null);
  }

  /**
   * Starts a new version: what the version before it did not use is forgotten. `changes` are
   * where it differs from that version, sorted (null: unknown, every segment is looked up by text).
   */
  nextVersion(changes: readonly TextChange[] | null = null): void {
    if (this.budget !== null) return;
    this.previous = this.current;
    this.current = new Map();
    this.before = changes === null ? new Map() : this.placed;
    this.placed = new Map();
    this.changes = changes;
  }

  /** The previous version's segment that `[from, to)` is, when it touches no change and had the same context. */
  at(from: number, to: number, context: string): Recording | undefined {
    const changes = this.changes;
    if (changes === null) return undefined;
    // Offsets move by the length changes of the edits before the segment.
    let delta = 0;
    for (const change of changes) {
      if (change.toB <= from) {
        delta += change.toB - change.fromB - (change.toA - change.fromA);
        continue;
      }
      if (change.fromB < to) return undefined;
      break;
    }
    const old = this.before.get(from - delta);
    return old !== undefined && old.to === to - delta && old.context === context ? old.recording : undefined;
  }

  /** Notes where a segment stands in the version being read (versions only). */
  place(from: number, to: number, context: string, recording: Recording): void {
    if (this.budget === null) this.placed.set(from, { to, context, recording });
  }

  get(key: string): Recording | undefined {
    if (key === '') return undefined;
    const found = this.current.get(key);
    if (found !== undefined || this.budget !== null) return found;
    const earlier = this.previous.get(key);
    if (earlier !== undefined) this.current.set(key, earlier);
    return earlier;
  }

  set(key: string, recording: Recording): void {
    if (key === '') return;
    if (this.budget !== null) {
      if (this.chars + key.length > this.budget) this.clear();
      this.chars += key.length;
    }
    this.current.set(key, recording);
  }

  clear(): void {
    this.current.clear();
    this.previous.clear();
    this.chars = 0;
  }
}

const vocabularyIds = new WeakMap<object, number>();
let nextVocabularyId = 0;

/** The document-wide part of every segment's key: dialect, vocabulary and link labels. */
export function documentKey(x: Extraction): string {
  let id = vocabularyIds.get(x.vocabulary);
  if (id === undefined) vocabularyIds.set(x.vocabulary, (id = ++nextVocabularyId));
  return `${x.dialect}\u0003${id}\u0003${[...x.linkLabels].sort().join('\u0001')}`;
}

/** Forgets every segment the shared memo remembers (tests compare cold and warm runs). */
export function clearSegmentMemo(): void {
  SegmentMemo.shared.clear();
}

/** A segment of a version: where it ends, what it read from around it, what it made. */
interface Placed {
  readonly to: number;
  readonly context: string;
  readonly recording: Recording;
}

/** What a segment made, at the offsets and lines of the version it was read in (`start`). */
export interface Recording {
  readonly start: Start;
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

/** An item and its id before the rank among equal items, which depends on the whole document: ranked again on replay. */
interface RecordedItem {
  readonly item: Item;
  /** The id's hash of section path, kind and text (`Extraction.baseId`). */
  readonly base: string;
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

/**
 * Keeps what the segment made as it is — objects are never changed once made, so the same ones
 * serve a later version where the segment has not moved (the common case before an edit).
 */
function record(x: Extraction, opened: boolean, before: Marks, start: Start): Recording {
  const draft = opened ? x.section : null;
  const items = draft ? draft.items : x.root.items.slice(before.rootItems);
  const index = new Map(items.map((item, i) => [item.id, i]));
  return {
    start,
    section: draft ? template(draft) : null,
    claims: draft ? [...draft.claims] : [],
    items: items.map((item) => ({ item, base: baseOf(item.id), parent: item.parent === null ? -1 : index.get(item.parent) ?? -1 })),
    parentClaims: draft && before.parent !== x.root ? before.parent.claims.slice(before.parentClaims) : [],
    rootClaims: x.root.claims.slice(before.rootClaims),
    meta: x.meta.slice(before.meta),
    metrics: x.metrics.slice(before.metrics),
    placeholders: x.placeholders.slice(before.placeholders),
    problems: x.problems.slice(before.problems),
  };
}

/** The section's own fields, without the live arrays of the document being read. */
function template(d: SectionDraft): Recording['section'] {
  return {
    title: d.title, rawTitle: d.rawTitle, depth: d.depth, span: d.span, path: [], category: d.category,
    overview: d.overview, metrics: d.metrics, priority: d.priority, target: d.target, end: 0, label: d.label,
    listLabel: d.listLabel, iconLabel: d.iconLabel, reason: d.reason, headingMarker: d.headingMarker,
    blocks: d.blocks, bodyStarted: d.bodyStarted,
  };
}

function replay(x: Extraction, r: Recording, start: Start, depth: number): void {
  const offset = start.offset - r.start.offset;
  const lines = start.line - r.start.line;
  const move = shift(offset, lines);
  let target: SectionDraft = x.root;
  if (r.section) {
    while (x.stack.length > 1 && x.section.depth >= depth) {
      x.section.end = start.offset;
      x.stack.pop();
    }
    const parent = x.section;
    pushAll(parent.claims, r.parentClaims, move.span);
    const t = r.section;
    // Written out, not spread from the template: spread-then-override objects get a slow shape.
    target = {
      title: t.title, rawTitle: t.rawTitle, depth: t.depth, span: move.span(t.span), path: [...parent.path, t.title],
      claims: r.claims.map(move.span), category: t.category, overview: t.overview, metrics: t.metrics, priority: t.priority,
      target: t.target, items: [], sections: [], end: x.source.length, label: t.label, listLabel: t.listLabel,
      iconLabel: t.iconLabel, reason: t.reason, headingMarker: t.headingMarker && move.marker(t.headingMarker),
      blocks: t.blocks, bodyStarted: t.bodyStarted,
    };
    parent.sections.push(target);
    x.stack.push(target);
  }
  pushAll(x.root.claims, r.rootClaims, move.span);
  const ids: string[] = [];
  for (const { item, base, parent } of r.items) {
    const id = x.rankId(base);
    ids.push(id);
    const parentId = parent < 0 ? null : ids[parent] ?? null;
    const same = offset === 0 && lines === 0 && id === item.id && parentId === item.parent;
    target.items.push(same ? item : movedItem(item, offset, lines, id, parentId));
  }
  pushAll(x.meta, r.meta, move.span);
  pushAll(x.metrics, r.metrics, move.span);
  pushAll(x.placeholders, r.placeholders, move.span);
  pushAll(x.problems, r.problems, move.diagnostic);
  x.pendingLabel = null;
  x.pendingParent = null;
}

/** `shift(0, 0)`: the objects themselves. */
const KEEP = {
  span: <T extends Span>(s: T): T => s,
  marker: (m: Marker): Marker => m,
  item: (item: Item): Item => item,
  diagnostic: (d: Diagnostic): Diagnostic => d,
};

function pushAll<T>(to: T[], from: readonly T[], map: (value: T) => T): void {
  for (const value of from) to.push(map(value));
}

/** The id's part before its rank (`abc…xyz-2` → `abc…xyz`). */
function baseOf(id: string): string {
  const dash = id.indexOf('-');
  return dash < 0 ? id : id.slice(0, dash);
}

/**
 * An item moved by `offset` and `lines`, written out field by field: replay makes most items
 * of a history, and spreading an object then overriding its fields is several times slower.
 */
function movedItem(item: Item, offset: number, lines: number, id: string, parent: string | null): Item {
  const m = item.marker;
  return {
    from: item.from + offset,
    to: item.to + offset,
    line: item.line + lines,
    column: item.column,
    id,
    kind: item.kind,
    state: item.state,
    percent: item.percent,
    text: item.text,
    marker: m && { from: m.from + offset, to: m.to + offset, line: m.line + lines, column: m.column, text: m.text },
    gfm: item.gfm,
    optional: item.optional,
    legend: item.legend,
    priority: item.priority,
    reason: item.reason,
    owner: item.owner,
    due: item.due,
    estimate: item.estimate,
    parent,
    ref: item.ref,
  };
}

/** Moves spans by an offset and a number of lines (columns stay: segments start at a line); by nothing, keeps them. */
function shift(offset: number, lines: number) {
  if (offset === 0 && lines === 0) return KEEP;
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

import type { SyntaxNode } from '@lezer/common';
import type { Item, ItemState, Marker } from '../model/item.js';
import type { BlockJob } from './blocks.js';
import { cellState, stateFromPercent } from './cell-state.js';
import type { Extraction } from './context.js';
import { readField, type Field } from './fields.js';
import type { PlainText } from './inline-text.js';
import { buildItem } from './item-build.js';
import { readLine } from './lines.js';
import { OPENING_BLOCKS } from './paragraphs.js';
import { addPlaceholders } from './placeholders-in-context.js';
import { nothingToRead, readStatus, type StatusReading } from './status.js';
import { isQuiet } from './quiet.js';
import { readTaskMarker } from './task-marker.js';

/** Field kinds a bullet may carry about its section in the opening lines: `- **Status**: Open`. */
const ICON = /[\p{Extended_Pictographic}\uFE0F]/gu;

const SECTION_FIELDS = new Set(['status', 'progress', 'target', 'priority', 'updated', 'phase', 'started', 'sprint', 'completed']);

/** What the items of one list share: where they nest, their label, and Kiro numbering. */
export interface ListContext {
  readonly parent: string | null;
  readonly nested: boolean;
  readonly label: ItemState | null;
  /** The list starts among its section's opening lines, where `- **Status**: …` is a field. */
  readonly opening: boolean;
  readonly numbering: Map<string, string>;
  /** A status legend (`- [x] Done` / `- [ ] Not started` / `- [~] Partial`): entries, not work. */
  readonly legend: boolean;
}

/**
 * Starts reading a list. Each list item may be a task (`- [ ] …`), a status bullet (`- ✅ …`),
 * a bullet under a status label (`**Blocked:**`, `## Done`), or a plain bullet — which is not
 * an item, though it may carry a field, a metric or a placeholder.
 */
export function startList(x: Extraction, list: SyntaxNode, parent: string | null, nested: boolean): ListContext {
  const section = x.section;
  // The list right after `✅ **Auth**` (a status paragraph) details that item: no label, nested under it.
  const detailOf = nested ? null : x.pendingParent;
  const label = nested || detailOf ? null : x.pendingLabel ?? section.listLabel;
  x.pendingLabel = null;
  x.pendingParent = null;
  if (detailOf) return { parent: detailOf, nested: true, label: null, opening: false, numbering: new Map(), legend: false };
  section.blocks++;
  const opening = !nested && !section.bodyStarted && section.blocks <= OPENING_BLOCKS;
  return { parent, nested, label, opening, numbering: new Map(), legend: isLegend(x, list) };
}

/**
 * A list under a `Legend`/`Key` heading, or one whose every entry is only a status word
 * (`- [x] Done`, `- [ ] Not started`, `- [~] Partially done`), explains the notation.
 */
function isLegend(x: Extraction, list: SyntaxNode): boolean {
  if (/\b(?:legend|key|notation|symbols)\b/i.test(x.section.title)) return true;
  let entries = 0;
  for (let li = list.firstChild; li; li = li.nextSibling) {
    if (li.name !== 'ListItem') continue;
    const para = li.getChild('Paragraph') ?? li.getChild('Task');
    if (!para || para.to - para.from > 48) return false;
    const text = x.source.slice(para.from, para.to).replace(/^\[.\]\*?\s*/, '').replace(/[*_`~]/g, '').replace(ICON, '').trim();
    if (x.vocabulary.stateOf(text.replace(/\s*[(:—–-].*$/u, '')) === undefined) return false;
    entries++;
  }
  return entries >= 2;
}

/** Reads one list item; returns its nested blocks, to be read next with this item as parent. */
export function readListItem(x: Extraction, li: SyntaxNode, list: ListContext): BlockJob[] {
  const { parent, label, opening, numbering, legend } = list;
  let first = li.firstChild;
  while (first && first.name === 'ListMark') first = first.nextSibling;
  let item: Item | null = null;
  let body = true;
  const lead = first && (first.name === 'Paragraph' || first.name === 'Task') ? first : null;
  const task = lead ? readTaskMarker(x.source, lead.from, lead.to, x.dialect) : null;
  // A plain bullet that cannot carry anything (no box, icon, status word, field or figure)
  // is skipped without rendering it; its nested blocks are still read.
  const skip = lead !== null && !task && !label && isQuiet(x, x.source.slice(lead.from, lead.to)) && !hasChildField(x, li);
  if (first && lead && !skip) {
    const plain = x.plain(task ? task.contentStart : first.from, first.to, first);
    const field = task ? null : readField(plain.text);
    if (field) {
      // `- **Status**: Open` is a field — of the section in its opening lines, else of the
      // bullet above it (see childStatus) — never an item of its own.
      const claimed = readLine(x, plain, { opening });
      body = !(opening && claimed && SECTION_FIELDS.has(field.kind));
    } else if (!task && isMetricLine(x, plain)) {
      // In a metrics section, `Name: value ✅` is a measurement (or nothing), never an item.
      readLine(x, plain, { opening: false });
    } else {
      item = task
        ? taskItem(x, li, first, plain, task, parent, legend)
        : legend ? null : statusItem(x, li, first, plain, parent, label);
      if (item) {
        addPlaceholders(x, plain);
        const number = /^(\d+(?:\.\d+)*)\.?(?:\s|$)/.exec(item.text)?.[1];
        if (number) {
          const outer = number.includes('.') ? numbering.get(number.slice(0, number.lastIndexOf('.'))) : undefined;
          if (outer && item.parent === parent) item = { ...item, parent: outer };
          numbering.set(number, item.id);
        }
        x.addItem(item);
      } else {
        readLine(x, plain, { opening: false });
      }
    }
  }
  if (body && !list.nested) x.section.bodyStarted = true;
  const nestedBlocks: BlockJob[] = [];
  // The first paragraph was read above; anything else (a nested list first: `- - [ ] x`) is nested.
  for (let child = lead ? lead.nextSibling : first; child; child = child.nextSibling) {
    if (child.name.startsWith('ATXHeading') || child.name.startsWith('SetextHeading')) continue;
    nestedBlocks.push({ node: child, parent: item?.id ?? parent, nested: true });
  }
  return nestedBlocks;
}

function isMetricLine(x: Extraction, plain: PlainText): boolean {
  return x.section.metrics && /^[^:：]{1,60}[:：]\s*\S/u.test(plain.text);
}

function taskItem(
  x: Extraction,
  li: SyntaxNode,
  paragraph: SyntaxNode,
  plain: PlainText,
  task: NonNullable<ReturnType<typeof readTaskMarker>>,
  parent: string | null,
  legend: boolean,
): Item {
  // Most tasks are plain words: no icon, bracket, percent or status word at either end to peel.
  const reading = isQuiet(x, plain.text) ? nothingToRead(plain.text.length) : readStatus(plain.text, x.vocabulary, plain);
  let state = task.state;
  // `- [ ] Implement bundling *(In Progress)*`: the words refine an unticked box.
  if (state === 'open' && reading.state !== null && reading.state !== 'done' && reading.state !== 'open') state = reading.state;
  if (plain.struck) state = 'cancelled';
  return buildItem(x, li.from, paragraph.to, plain, reading, { kind: 'task', state, marker: x.marker(task.from, task.to), parent, gfm: task.gfm, optional: task.optional, legend, reason: state === 'blocked' ? childReason(x, li) : null });
}

/** A bullet is a status item when its ends carry a status, a worded percent, a strike, or a label. */
function statusItem(x: Extraction, li: SyntaxNode, paragraph: SyntaxNode, plain: PlainText, parent: string | null, label: ItemState | null): Item | null {
  if (plain.text.length === 0) return null;
  const reading = readStatus(plain.text, x.vocabulary, plain);
  let state: ItemState | null = null;
  let marker: Marker | null = null;
  if (reading.state !== null && reading.marker) {
    state = reading.state;
    const at = plain.sourceRange(reading.marker.start, reading.marker.end);
    marker = x.marker(at.from, at.to);
  } else if (reading.percent !== null && reading.tokens.some((t) => t.kind === 'percent' && /\p{L}/u.test(t.text))) {
    state = stateFromPercent(reading.percent);
  } else if (afterStrike(x, plain)) {
    // `~~INFRA-06: build cache~~ RESOLVED 2026-03-16`: struck because it is over, not dropped.
    const word = afterStrike(x, plain)!;
    state = word.state;
    const at = plain.sourceRange(word.start, word.end);
    marker = x.marker(at.from, at.to);
  } else if (plain.struck) {
    state = 'cancelled';
  } else if (iconDefined(x, reading) !== null) {
    const icon = reading.tokens[0]!;
    state = iconDefined(x, reading)!;
    const at = plain.sourceRange(icon.start, icon.end);
    marker = x.marker(at.from, at.to);
  } else if (label) {
    state = label;
  } else {
    const child = childStatusField(x, li);
    if (!child) return null;
    state = child.state;
    marker = child.marker;
  }
  if (plain.struck && state !== 'done') state = 'cancelled';
  return buildItem(x, li.from, paragraph.to, plain, reading, { kind: 'status', state, marker, parent, gfm: false, optional: false, reason: state === 'blocked' ? childReason(x, li) : null });
}

/** The state an enclosing heading gives the icon this bullet opens with (`⚠️` under `… Partially Complete ⚠️`). */
function iconDefined(x: Extraction, reading: StatusReading): ItemState | null {
  const first = reading.tokens[0];
  return first?.kind === 'icon' && first.start === 0 && first.state === null ? x.iconState(first.text) : null;
}

/** The status word right after a strike-through that opens the text. */
function afterStrike(x: Extraction, plain: PlainText): { state: ItemState; start: number; end: number } | null {
  if (plain.struckPrefix === 0 || plain.struck) return null;
  const at = plain.text.slice(plain.struckPrefix).search(/\S/);
  const word = at < 0 ? null : x.vocabulary.wordAt(plain.text, plain.struckPrefix + at);
  return word?.state ? { state: word.state, start: word.start, end: word.end } : null;
}

const CHILD_FIELD_HINT = /[:：]/;

/** A sub-bullet that could be a Status / Completed / Reason field of this bullet (cheap test). */
function hasChildField(x: Extraction, li: SyntaxNode): boolean {
  const nested = li.lastChild;
  return nested !== null && (nested.name === 'BulletList' || nested.name === 'OrderedList') && CHILD_FIELD_HINT.test(x.source.slice(nested.from, nested.to));
}

/** The fields written as sub-bullets of a list item: `- **Status**: Open`, `- **Reason**: …`. */
function childFields(x: Extraction, li: SyntaxNode): { field: Field; plain: PlainText }[] {
  const out: { field: Field; plain: PlainText }[] = [];
  // Cheap test first: most bullets with sub-bullets carry no field at all.
  if (!CHILD_FIELD_HINT.test(x.source.slice(li.from, li.to))) return out;
  for (let list = li.firstChild; list; list = list.nextSibling) {
    if (list.name !== 'BulletList' && list.name !== 'OrderedList') continue;
    for (let child = list.firstChild; child; child = child.nextSibling) {
      const para = child.getChild('Paragraph');
      if (!para) continue;
      const plain = x.plain(para.from, para.to, para);
      const field = readField(plain.text);
      if (field) out.push({ field, plain });
    }
  }
  return out;
}

/** `- **Issue**` with a `- **Status**: Open` (or `- **Completed**: 2025-11-25`) sub-bullet takes its state from it. */
function childStatusField(x: Extraction, li: SyntaxNode): { state: ItemState; marker: Marker | null } | null {
  for (const { field, plain } of childFields(x, li)) {
    if (field.kind === 'completed') return { state: 'done', marker: null };
    if (field.kind !== 'status') continue;
    const state = cellState(field.value, x.vocabulary)?.state;
    if (!state) continue;
    const at = plain.sourceRange(field.valueStart, field.valueEnd);
    return { state, marker: x.marker(at.from, at.to) };
  }
  return null;
}

function childReason(x: Extraction, li: SyntaxNode): string | null {
  return childFields(x, li).find(({ field }) => field.kind === 'reason')?.field.value ?? null;
}

import type { SyntaxNode } from '@lezer/common';
import type { Claim, Section } from '../model/document.js';
import type { Item, ItemState } from '../model/item.js';
import { stateFromPercent } from './cell-state.js';
import type { Extraction, SectionDraft } from './context.js';
import { readHeading } from './headings.js';
import { addPlaceholders } from './placeholders-in-context.js';
import { METRICS_TITLE, OVERVIEW_TITLE, PRIORITY_ICONS, WORK_TITLE } from './lexicon/headings.js';

/**
 * The heading's words without its marks: after `### ` (and before a closing ` ##`), or above
 * a setext underline.
 */
function headingContent(node: SyntaxNode): { from: number; to: number } {
  const marks = node.getChildren('HeaderMark');
  const first = marks[0];
  if (!first) return { from: node.from, to: node.to };
  if (first.from > node.from) return { from: node.from, to: first.from }; // setext: the mark is the underline
  const closing = marks.length > 1 ? marks[marks.length - 1]! : null;
  return { from: first.to, to: closing ? closing.from : node.to };
}

/** Depth of a heading node, or 0 when the node is not a heading. */
export function headingDepth(name: string): number {
  if (name.startsWith('ATXHeading')) return Number(name.slice(10));
  if (name.startsWith('SetextHeading')) return Number(name.slice(13));
  return 0;
}

/** Opens the section a heading starts, closing every open section of the same or lower depth. */
export function openSection(x: Extraction, node: SyntaxNode, depth: number): void {
  while (x.stack.length > 1 && x.section.depth >= depth) {
    x.section.end = node.from;
    x.stack.pop();
  }
  const parent = x.section;
  const content = headingContent(node);
  const plain = x.plain(content.from, content.to, node);
  const heading = readHeading(plain, x.vocabulary, { decorativeLead: x.decorativeDepths.has(depth) });
  const span = x.span(node.from, node.to);
  addPlaceholders(x, plain);
  if (heading.field && parent !== x.root && !parent.category) {
    parent.claims.push({
      ...span, percent: heading.field.percent, status: heading.field.state, statusText: null, source: 'heading',
      text: x.lines.lineText(span.line).trim(),
    });
  }
  const firstHeading = x.root.sections.length === 0 && parent === x.root;
  const work = WORK_TITLE.test(heading.title);
  const claims: Claim[] = [];
  if (heading.state !== null || heading.percent !== null) {
    claims.push({
      ...span, percent: heading.percent, status: heading.state, statusText: heading.statusText, source: 'heading',
      text: x.lines.lineText(span.line).trim(),
    });
  }
  const marker = heading.marker ? plain.sourceRange(heading.marker.start, heading.marker.end) : null;
  const draft: SectionDraft = {
    title: heading.title,
    rawTitle: heading.rawTitle,
    depth,
    span,
    path: [...parent.path, heading.title],
    claims,
    category: heading.category,
    overview: (firstHeading && depth === 1) || (!work && depth <= 3 && heading.state === null && OVERVIEW_TITLE.test(heading.title)),
    metrics: parent.metrics || METRICS_TITLE.test(heading.title),
    priority: heading.priority,
    target: null,
    items: [],
    sections: [],
    end: x.source.length,
    label: heading.label,
    listLabel: heading.listLabel,
    iconLabel: heading.iconLabel,
    reason: heading.reason,
    headingMarker: marker ? x.marker(marker.from, marker.to) : null,
    blocks: 0,
    bodyStarted: false,
  };
  parent.sections.push(draft);
  x.stack.push(draft);
  x.pendingLabel = null;
  x.pendingParent = null;
}

/**
 * Turns work headings into items where nothing beneath them can be counted: `### ✅ Phase 2: Auth`
 * with only prose under it is a done item, while `### Phase 1 ⏳` above nine checkboxes is a
 * claim about those checkboxes. Works bottom-up; returns the evidence count of the subtree.
 */
export function settle(x: Extraction, draft: SectionDraft, firstEvidence: number, label: ItemState | null = null): number {
  let evidence = draft.items.length;
  // A label (`## Done`) reaches the headings right under it, not their own sub-headings.
  for (const child of draft.sections) evidence += settle(x, child, firstEvidence, draft.label);
  if (evidence > 0 || draft === x.root || draft.category || draft.overview) return evidence;
  // `### Phase 1 MVP Status: **95% Complete**` above all the work is the document's claim.
  if (draft.span.line < firstEvidence && STATUS_REPORT_TITLE.test(draft.title)) return 0;
  const own = draft.claims.filter((c) => c.source === 'heading' || c.source === 'field');
  const status = own.find((c) => c.status !== null)?.status ?? null;
  const percent = own.find((c) => c.percent !== null)?.percent ?? null;
  const state = status ?? (percent !== null ? stateFromPercent(percent) : label);
  if (state === null) return 0;
  const item: Item = {
    ...draft.span,
    id: x.nextId('status', draft.title, draft.path.slice(0, -1)),
    kind: 'status',
    state,
    percent,
    text: draft.title,
    marker: draft.headingMarker,
    gfm: false,
    optional: false,
    legend: false,
    priority: draft.priority ?? null,
    reason: state === 'blocked' ? draft.reason : null,
    owner: null,
    due: draft.target,
    estimate: null,
    parent: null,
    ref: null,
  };
  draft.items.push(item);
  // The heading's claims became the item: they are its state, not claims about other evidence.
  draft.claims = draft.claims.filter((c) => !own.includes(c));
  return 1;
}

const STATUS_REPORT_TITLE = /\b(?:status|progress|overview|summary|overall|completion|fortschritt|stand|avancement|progreso)\b/iu;

/** The first line holding an item anywhere in the tree. */
export function firstItemLine(draft: SectionDraft): number {
  let line = Number.POSITIVE_INFINITY;
  for (const item of draft.items) line = Math.min(line, item.line);
  for (const child of draft.sections) line = Math.min(line, firstItemLine(child));
  return line;
}

/**
 * Depths at which the document opens its headings with topic emoji (`## 🎯 Milestones`,
 * `## 🐛 Known Issues`): there a leading 🔄 or 📋 is decoration too, not a status.
 */
export function decorativeDepths(x: Extraction): Set<number> {
  const counts = new Map<number, { topic: number; status: number }>();
  for (let node = x.tree.topNode.firstChild; node; node = node.nextSibling) {
    const depth = headingDepth(node.name);
    if (depth === 0) continue;
    let i = node.from;
    while (x.source[i] === '#') i++;
    while (x.source[i] === ' ' || x.source[i] === '\t') i++;
    const icon = x.vocabulary.iconAt(x.source, i);
    if (!icon || PRIORITY_ICONS[icon.icon]) continue;
    const c = counts.get(depth) ?? { topic: 0, status: 0 };
    if (icon.state === null) c.topic++;
    else c.status++;
    counts.set(depth, c);
  }
  return new Set([...counts].filter(([, c]) => c.topic >= 3 && c.topic >= c.status).map(([depth]) => depth));
}

/** Freezes a draft into the public `Section` shape. */
export function freeze(draft: SectionDraft): Section {
  return {
    from: draft.span.from,
    to: draft.span.to,
    line: draft.span.line,
    column: draft.span.column,
    title: draft.title,
    rawTitle: draft.rawTitle,
    depth: draft.depth,
    path: draft.path,
    claims: draft.claims,
    category: draft.category,
    priority: draft.priority,
    target: draft.target,
    items: draft.items,
    sections: draft.sections.map(freeze),
    end: draft.end,
  };
}

import type { SyntaxNode } from '@lezer/common';
import type { Item } from '../model/item.js';
import { stateFromPercent } from './cell-state.js';
import type { Extraction } from './context.js';
import type { PlainText } from './inline-text.js';
import { buildItem } from './item-build.js';
import { readLine } from './lines.js';
import { isQuiet } from './quiet.js';
import { readStatus } from './status.js';

/** Blocks after a heading that still count as its opening lines (where claims are read). */
export const OPENING_BLOCKS = 3;

const ICONS_AT_ENDS = /^[\s\p{Extended_Pictographic}\uFE0F\u200D]+|[\s\p{Extended_Pictographic}\uFE0F\u200D]+$/gu;

/**
 * Reads a paragraph line by line. A one-line paragraph may be a status label
 * (`**Completed:**`, `🔄 **In Development:**`) whose state the next list takes, or a status
 * item of its own (`✅ **Multi-Chain Support**`) whose list is its detail.
 */
export function readParagraph(x: Extraction, node: SyntaxNode): void {
  const section = x.section;
  section.blocks++;
  x.pendingLabel = null;
  x.pendingParent = null;
  const opening = !section.bodyStarted && section.blocks <= OPENING_BLOCKS;
  const first = x.lines.lineAt(node.from);
  const last = x.lines.lineAt(Math.max(node.from, node.to - 1));
  if (first === last) {
    if (isQuiet(x, x.source.slice(node.from, node.to))) return;
    const plain = x.plain(node.from, node.to, node);
    // `**Completed:**`, `✅ **Completed Features:**`, `🔄 **In Development:**` label the next list.
    const label = /^([^:：]{1,40}?)\s*[:：]$/u.exec(plain.text.replace(ICONS_AT_ENDS, ''));
    const word = label ? x.vocabulary.firstWord(label[1]!) : null;
    const state = label ? x.vocabulary.stateOf(label[1]!) ?? (word && !word.health && word.phrase !== 'open' ? word.state : undefined) : undefined;
    if (state) {
      x.pendingLabel = state;
      return;
    }
    if (readLine(x, plain, { opening })) return;
    const item = statusParagraph(x, node, plain);
    if (item) {
      x.addItem(item);
      x.pendingParent = item.id;
    }
    return;
  }
  for (let line = first; line <= last; line++) {
    const from = Math.max(node.from, x.lines.lineStart(line));
    const to = Math.min(node.to, x.lines.lineEnd(line));
    if (to > from && !isQuiet(x, x.source.slice(from, to))) readLine(x, x.plain(from, to, node), { opening });
  }
}

/**
 * A line standing alone as a paragraph that carries a status icon (`✅ **Upload service**`,
 * `**Phase 2: Integration 🟡** (60% Complete)`). Words alone are not enough in prose: a
 * sentence ending in "done" is not an item, and a lead-in ending in `:` introduces a list.
 */
function statusParagraph(x: Extraction, node: SyntaxNode, plain: PlainText): Item | null {
  const text = plain.text;
  if (/[:：]\s*$/u.test(text) || x.section.category && x.section.metrics) return null;
  const reading = readStatus(text, x.vocabulary, plain);
  const byIcon = reading.tokens.find((t) => t.kind === 'icon' && t.state !== null);
  const worded = reading.tokens.some((t) => t.kind === 'percent' && /\p{L}/u.test(t.text));
  if (!byIcon && !(worded && reading.percent !== null && reading.tokens.some((t) => t.kind === 'icon'))) return null;
  if (reading.titleStart >= reading.titleEnd) return null;
  const state = reading.state ?? stateFromPercent(reading.percent!);
  const at = reading.marker ? plain.sourceRange(reading.marker.start, reading.marker.end) : null;
  return buildItem(x, node.from, node.to, plain, reading, {
    kind: 'status',
    state,
    marker: at ? x.marker(at.from, at.to) : null,
    parent: null,
    gfm: false,
    optional: false,
    legend: false,
  });
}

import type { SyntaxNode } from '@lezer/common';
import type { Extraction } from './context.js';
import { readLine } from './lines.js';

/** Blocks after a heading that still count as its opening lines (where claims are read). */
export const OPENING_BLOCKS = 3;

/**
 * Reads a paragraph line by line. A paragraph that is only a status label (`**Completed:**`,
 * `Blocked:`) gives its state to the plain bullets of the list right after it.
 */
export function readParagraph(x: Extraction, node: SyntaxNode): void {
  const section = x.section;
  section.blocks++;
  x.pendingLabel = null;
  const opening = !section.bodyStarted && section.blocks <= OPENING_BLOCKS;
  const first = x.lines.lineAt(node.from);
  const last = x.lines.lineAt(Math.max(node.from, node.to - 1));
  if (first === last) {
    const plain = x.plain(node.from, node.to);
    const label = /^(.{1,30}?)\s*[:：]$/u.exec(plain.text);
    const state = label ? x.vocabulary.stateOf(label[1]!) : undefined;
    if (state) {
      x.pendingLabel = state;
      return;
    }
    readLine(x, plain, { opening });
    return;
  }
  for (let line = first; line <= last; line++) {
    const from = Math.max(node.from, x.lines.lineStart(line));
    const to = Math.min(node.to, x.lines.lineEnd(line));
    if (to > from) readLine(x, x.plain(from, to), { opening });
  }
}

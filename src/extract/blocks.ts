import type { SyntaxNode } from '@lezer/common';
import type { Extraction } from './context.js';
import { readList } from './lists.js';
import { readParagraph } from './paragraphs.js';
import { readTable } from './tables.js';

/** Blocks whose content is never read: code, HTML, comments. */
const OPAQUE = new Set(['FencedCode', 'CodeBlock', 'CommentBlock', 'HTMLBlock', 'ProcessingInstructionBlock', 'LinkReference']);

/** Reads one block that is not a heading (headings are handled by the document walk only). */
export function readBlock(x: Extraction, node: SyntaxNode, parent: string | null, nested: boolean): void {
  const name = node.name;
  if (OPAQUE.has(name)) {
    x.section.blocks++;
    return;
  }
  switch (name) {
    case 'Paragraph':
      readParagraph(x, node);
      return;
    case 'BulletList':
    case 'OrderedList':
      readList(x, node, parent, nested);
      return;
    case 'Table':
      readTable(x, node);
      return;
    case 'Blockquote':
      for (let child = node.firstChild; child; child = child.nextSibling) readBlock(x, child, parent, nested);
      return;
    case 'HorizontalRule':
      x.pendingLabel = null;
      return;
    default:
      return;
  }
}

import type { SyntaxNode } from '@lezer/common';
import type { Extraction } from './context.js';
import { readListItem, startList, type ListContext } from './lists.js';
import { readParagraph } from './paragraphs.js';
import { readTable } from './tables.js';

/** Blocks whose content is never read: code, HTML, comments. */
const OPAQUE = new Set(['FencedCode', 'CodeBlock', 'CommentBlock', 'HTMLBlock', 'ProcessingInstructionBlock', 'LinkReference']);

/** A block still to read, with the item its items nest under. */
export interface BlockJob {
  readonly node: SyntaxNode;
  readonly parent: string | null;
  readonly nested: boolean;
  /** Set for a list item: the list it belongs to. */
  readonly list?: ListContext;
}

/**
 * Reads a block that is not a heading, and everything nested in it, in document order.
 * An explicit stack instead of recursion: a 10,000-deep list must not overflow the call stack.
 */
export function readBlock(x: Extraction, node: SyntaxNode, parent: string | null, nested: boolean): void {
  const jobs: BlockJob[] = [{ node, parent, nested }];
  while (jobs.length > 0) {
    const next = readOne(x, jobs.pop()!);
    for (let i = next.length - 1; i >= 0; i--) jobs.push(next[i]!);
  }
}

/** Reads one block; returns the blocks nested in it, in order. */
function readOne(x: Extraction, job: BlockJob): BlockJob[] {
  const { node, parent, nested } = job;
  if (job.list) return readListItem(x, node, job.list);
  const name = node.name;
  if (OPAQUE.has(name)) {
    x.section.blocks++;
    x.pendingParent = null;
    return [];
  }
  switch (name) {
    case 'Paragraph':
      readParagraph(x, node);
      return [];
    case 'BulletList':
    case 'OrderedList': {
      const list = startList(x, node, parent, nested);
      const items: BlockJob[] = [];
      for (let li = node.firstChild; li; li = li.nextSibling) if (li.name === 'ListItem') items.push({ node: li, parent, nested, list });
      return items;
    }
    case 'Table':
      x.pendingParent = null;
      readTable(x, node);
      return [];
    case 'Blockquote': {
      const children: BlockJob[] = [];
      for (let child = node.firstChild; child; child = child.nextSibling) children.push({ node: child, parent, nested });
      return children;
    }
    case 'HorizontalRule':
      x.pendingLabel = null;
      return [];
    default:
      return [];
  }
}

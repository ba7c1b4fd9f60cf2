/**
 * The reference for GitHub's "N of M tasks": micromark + micromark-extension-gfm parse the text,
 * mdast-util-from-markdown + mdast-util-gfm build the tree, and every `listItem` whose `checked`
 * is a boolean is a task (done when `checked === true`). Tests only (STYLE.md, "Parsing").
 *
 * Written apart from Headway's own code on purpose — front matter included — so a shared
 * mistake cannot make both sides agree.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';

/** GitHub task-list counts: ticked and total. */
export interface TaskCount {
  readonly done: number;
  readonly total: number;
}

/**
 * Removes YAML front matter the way micromark-extension-frontmatter reads it: `---` on the very
 * first line (spaces or tabs may follow), then lines up to a closing `---` line (same), which
 * must exist. Front matter is metadata; GitHub shows it as a table, never as tasks.
 *
 *     ---            ← line 1, exactly three dashes
 *     tasks: [ ] x
 *     ---            ← closes; the document starts on the next line
 */
export function stripFrontMatter(text: string): string {
  const open = /^---[ \t]*(?:\r\n|\r|\n)/.exec(text);
  if (!open) return text;
  const close = /(?:\r\n|\r|\n)---[ \t]*(?=\r\n|\r|\n|$)/g;
  // Search from the opening line's own line ending: the closing fence may follow at once.
  close.lastIndex = open[0].length - 1;
  const match = close.exec(text);
  return match ? text.slice(match.index + match[0].length) : text;
}

/** Minimal view of an mdast node: enough to walk the tree without depending on @types/mdast. */
interface Node {
  readonly type: string;
  readonly checked?: boolean | null;
  readonly children?: readonly Node[];
}

/** Parses Markdown as GitHub does (CommonMark + GFM) into an mdast tree. */
export function referenceTree(text: string): Node {
  return fromMarkdown(text, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] }) as Node;
}

/** GitHub's task count for a Markdown text (a leading BOM and front matter ignored). */
export function referenceTasks(text: string): TaskCount {
  let done = 0;
  let total = 0;
  // An explicit stack: a deeply nested list must not overflow the call stack.
  const stack: Node[] = [referenceTree(stripFrontMatter(text.replace(/^\uFEFF/, '')))];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (node.type === 'listItem' && typeof node.checked === 'boolean') {
      total++;
      if (node.checked) done++;
    }
    if (node.children) stack.push(...node.children);
  }
  return { done, total };
}

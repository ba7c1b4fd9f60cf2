import { TreeFragment, type Tree } from '@lezer/common';
import { GFM, parser as commonmark } from '@lezer/markdown';
import { changedRange, type TextChange } from '../text/changed-range.js';
import { prepareForParse } from './prepare.js';

/** CommonMark + GitHub Flavored Markdown (tables, task lists, strikethrough, autolinks). */
const markdown = commonmark.configure(GFM);

/** A parsed document: the syntax tree and the input it was built from (same length as the text). */
export interface Parsed {
  readonly tree: Tree;
  /** The text as the parser saw it (front matter blanked, lone CR → LF); offsets equal the text's. */
  readonly input: string;
  readonly frontMatterEnd: number;
  /** Fragments to hand to the next incremental parse of a later version of this text. */
  readonly fragments: readonly TreeFragment[];
  /** True when the text nested too deeply for the parser and its deepest markup was read as plain text. */
  readonly flattened: boolean;
  /** The text itself. */
  readonly text: string;
  /** Where the text differs from the version it was parsed incrementally from (sorted); null for a parse from scratch. */
  readonly changes: readonly TextChange[] | null;
}

/** The whole lines `[from, to)` touches. */
function linesAround(text: string, from: number, to: number): string {
  const start = text.lastIndexOf('\n', from - 1) + 1;
  const end = text.indexOf('\n', to);
  return text.slice(start, end < 0 ? text.length : end);
}

/** Runs no one writes as formatting: 32+ delimiters in a row, or 64+ nested openers (never across a line break). */
const DEEP_MARKUP = /[*_~`[\]]{32,}|(?:\*\*?[ \t]*\w{0,12}[ \t]*){64,}|(?:\[[^\]\n]{0,3}){64,}|(?:\[[^\]\n]{0,8}\]\(){32,}/;
const DEEP_MARKUP_ALL = new RegExp(DEEP_MARKUP.source, 'g');

/**
 * Turns the pathological runs into plain letters (same length; the text shown comes from the
 * source, not from this input). Not spaces: a long run of spaces makes Lezer's hard-break
 * scan quadratic. `harder` also flattens shorter runs, for the retry after an overflow.
 */
function flatten(input: string, harder = false): string {
  const pattern = harder ? /[*_~`[\]]{4,}|(?:\*\*?[ \t]*\w{0,12}[ \t]*){16,}|(?:\[[^\]\n]{0,3}){16,}/g : DEEP_MARKUP_ALL;
  return input.replace(pattern, (run) => run.replace(/[^\r\n]/g, 'x'));
}

/**
 * Parses Markdown text. Given the parse of an earlier version of it, reuses every part of the
 * old tree outside the ranges that changed (Lezer's incremental parsing), which is what makes
 * history replay fast. `changes` are those ranges when the caller knows them better than one
 * range around everything that differs (history: boxes ticked here and there since the last
 * parse, then an edit); sorted, from `previous.text` to `text`.
 */
export function parse(text: string, previous?: Parsed, changes?: readonly TextChange[]): Parsed {
  const { input, frontMatterEnd } = prepareForParse(text);
  let fragments: readonly TreeFragment[] | undefined;
  let deep: boolean;
  let changed: readonly TextChange[] | null = null;
  if (previous) {
    changed = changes ?? [changedRange(previous.text, text)];
    // The parser's changes are between the inputs: a new front matter delimiter blanks more
    // than it changes (then one range around all of it).
    const parsed = previous.input === previous.text && input === text ? changed : [changedRange(previous.input, input)];
    fragments = TreeFragment.applyChanges(previous.fragments, parsed);
    // Every deep run lies within a line: only the changed lines can hold a new one.
    deep = previous.flattened || parsed.some((change) => DEEP_MARKUP.test(linesAround(input, change.fromB, change.toB)));
  } else {
    deep = DEEP_MARKUP.test(input);
  }
  let tree;
  let flattened = false;
  let source = input;
  // Long delimiter runs make Lezer's inline parser quadratic (and deep ones overflow its stack):
  // read them as plain text before parsing rather than after the damage.
  if (deep && DEEP_MARKUP.test(input)) {
    source = flatten(input);
    fragments = undefined;
    flattened = true;
  }
  try {
    tree = markdown.parse(source, fragments);
  } catch (error) {
    // Thousands of nested `*` or `[` overflow the parser's stack. Runs of markup that long are
    // not formatting anyone meant: read them as plain text (same length, offsets unchanged).
    if (!(error instanceof RangeError)) throw error;
    tree = markdown.parse(flatten(source, true));
    fragments = undefined;
    flattened = true;
  }
  // A plain property: an accessor closing over the tree made every parse measurably slower.
  return { tree, input, text, frontMatterEnd, flattened, fragments: TreeFragment.addTree(tree, fragments), changes: changed };
}

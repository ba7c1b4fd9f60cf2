import type { SyntaxNode } from '@lezer/common';

/**
 * Plain text of a stretch of Markdown, with a way back to the source: `offset(i)` is the
 * source offset of plain character `i` (`offset(text.length)` is the end), and `boundary(i)`
 * tells whether markup was stripped right before plain index `i` — how `**Done** X` is told
 * from `Done X`.
 */
export interface PlainText {
  readonly text: string;
  offset(index: number): number;
  boundary(index: number): boolean;
  /** Source offsets `[from, to)` of the plain range `[start, end)`. */
  sourceRange(start: number, end: number): { from: number; to: number };
  /** True when the whole text is struck through (`~~…~~`). */
  readonly struck: boolean;
  /** Where a strike-through that opens the text ends (`~~INFRA-06~~ RESOLVED` → 8), else 0. */
  readonly struckPrefix: number;
  /** True for a character that came from an inline code span. */
  code(index: number): boolean;
  /** True when the source held no markup: the text depends on nothing but the source words. */
  readonly literal: boolean;
}

interface Edit {
  readonly from: number;
  readonly to: number;
  readonly replace: string;
}

const DROP = new Set([
  'EmphasisMark', 'CodeMark', 'StrikethroughMark', 'HeaderMark', 'QuoteMark', 'TaskMarker', 'HTMLTag',
  'Comment', 'ProcessingInstruction', 'SubscriptMark', 'SuperscriptMark',
]);

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', mdash: '—', ndash: '–', hellip: '…', copy: '©' };

/** Characters that can start inline markup or a quote mark; without them the text is its own plain text. */
const MARKUP = /[*_`[\]<>&\\~]/;

/**
 * Renders `[from, to)` of the source as display text: marks, link targets and HTML tags
 * removed. `scope` is the smallest node holding the range (the paragraph, heading or row):
 * walking only its subtree, not the document's, keeps this linear over a whole document.
 */
export function plainText(scope: SyntaxNode, source: string, from: number, to: number): PlainText {
  const slice = source.slice(from, to);
  if (!MARKUP.test(slice)) return literal(source, slice, from);
  const edits: Edit[] = [];
  let struckFrom = -1;
  let struckTo = -1;
  const codeRanges: [number, number][] = [];
  scope.cursor().iterate((n) => {
      if (n.to <= from || n.from >= to) return false;
      const name = n.name;
      if (DROP.has(name)) {
        edits.push({ from: n.from, to: n.to, replace: '' });
        return false;
      }
      switch (name) {
        case 'InlineCode':
          codeRanges.push([n.from, n.to]);
          return undefined;
        case 'Strikethrough':
          if (struckFrom < 0) {
            struckFrom = n.from;
            struckTo = n.to;
          }
          return undefined;
        case 'Link':
        case 'Image':
          return link(n.node, edits);
        case 'Autolink':
          edits.push({ from: n.from, to: n.from + 1, replace: '' }, { from: n.to - 1, to: n.to, replace: '' });
          return false;
        case 'Escape':
          edits.push({ from: n.from, to: n.from + 1, replace: '' });
          return false;
        case 'Entity':
          edits.push({ from: n.from, to: n.to, replace: decodeEntity(source.slice(n.from, n.to)) });
          return false;
        case 'HardBreak':
          edits.push({ from: n.from, to: n.to, replace: ' ' });
          return false;
        default:
          return undefined;
      }
  });
  edits.sort((x, y) => x.from - y.from);
  const built = build(source, from, to, edits);
  const { text, map } = built;
  const struck = struckFrom >= 0 && text.length > 0 && map[0]! >= struckFrom && map[text.length - 1]! < struckTo;
  let struckPrefix = 0;
  if (struckFrom >= 0 && map[0]! >= struckFrom) while (struckPrefix < text.length && map[struckPrefix]! < struckTo) struckPrefix++;
  return new MarkedText(source, to, text, map, built.cut, struck, struckPrefix, codeRanges);
}

/** Plain text read through an offset table: markup was stripped from it. */
class MarkedText implements PlainText {
  readonly literal = false;

  constructor(
    private readonly source: string,
    private readonly end: number,
    readonly text: string,
    private readonly map: Int32Array,
    private readonly cut: Uint8Array,
    readonly struck: boolean,
    readonly struckPrefix: number,
    private readonly codeRanges: readonly (readonly [number, number])[],
  ) {}

  offset(i: number): number {
    return this.map[Math.max(0, Math.min(i, this.text.length))]!;
  }

  boundary(i: number): boolean {
    const map = this.map;
    return this.cut[i] === 1 || (i > 0 && i < map.length && map[i]! - map[i - 1]! > 1 && !isSpace(this.source.charCodeAt(map[i - 1]! + 1)));
  }

  sourceRange(start: number, end: number): { from: number; to: number } {
    const length = this.text.length;
    if (end <= 0) return { from: this.offset(0), to: this.offset(0) };
    const last = this.offset(Math.min(end, length) - 1);
    return { from: start >= length ? this.end : this.offset(start), to: last + charLength(this.source, last) };
  }

  code(i: number): boolean {
    const at = this.map[i]!;
    return this.codeRanges.length > 0 && this.codeRanges.some(([a, b]) => at >= a && at < b);
  }
}

/**
 * Text with no markup at all: its plain text is the slice with runs of whitespace folded.
 * Most blocks are like this, so they skip the tree walk and the offset table.
 */
function literal(source: string, slice: string, from: number): PlainText {
  const lead = slice.length - slice.trimStart().length;
  const trimmed = slice.trim();
  if (!/\s\s|[\t\r\n]/.test(trimmed)) return new LiteralText(trimmed, from + lead);
  const to = from + slice.length;
  const built = build(source, from, to, []);
  return new MarkedText(source, to, built.text, built.map, built.cut, false, 0, []);
}

/** A slice of the source whose plain text is itself: offsets are arithmetic. */
class LiteralText implements PlainText {
  readonly literal = true;
  readonly struck = false;
  readonly struckPrefix = 0;

  constructor(readonly text: string, private readonly start: number) {}

  offset(i: number): number {
    return this.start + Math.max(0, Math.min(i, this.text.length));
  }

  boundary(): boolean {
    return false;
  }

  sourceRange(a: number, b: number): { from: number; to: number } {
    return { from: this.offset(a), to: this.offset(b) };
  }

  code(): boolean {
    return false;
  }
}

/** Links keep their text and lose their target; a bare `[Name]` with no target stays literal. */
function link(node: SyntaxNode, edits: Edit[]): false | undefined {
  const marks = node.getChildren('LinkMark');
  const hasTarget = node.getChild('URL') !== null || node.getChild('LinkLabel') !== null || marks.length > 2;
  if (!hasTarget && node.name === 'Link') return false;
  const open = marks[0];
  const close = marks[1];
  if (!open || !close) return false;
  edits.push({ from: node.from, to: open.to, replace: '' }, { from: close.from, to: node.to, replace: '' });
  return undefined;
}

function decodeEntity(entity: string): string {
  const body = entity.slice(1, -1);
  if (body.startsWith('#')) {
    const code = body[1] === 'x' || body[1] === 'X' ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10);
    return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
  }
  return ENTITIES[body] ?? entity;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 11 || c === 0xa0;
}

/**
 * Applies the edits, folds whitespace to single spaces and trims, keeping the offset table.
 * Typed arrays and no per-character closure: this runs for every block with markup.
 */
function build(source: string, from: number, to: number, edits: readonly Edit[]): { text: string; map: Int32Array; cut: Uint8Array } {
  let extra = 0;
  for (const edit of edits) extra += edit.replace.length;
  const size = to - from + extra + 1;
  const codes = new Uint16Array(size);
  const map = new Int32Array(size + 1);
  const cut = new Uint8Array(size + 1);
  let n = 0;
  let pendingCut = 0;
  let pendingSpace = false;
  let pos = from;
  let e = 0;
  const put = (code: number, at: number) => {
    if (isSpace(code)) {
      pendingSpace = n > 0;
      return;
    }
    if (pendingSpace) {
      codes[n] = 32;
      map[n] = at;
      cut[n] = 0;
      n++;
      pendingSpace = false;
    }
    codes[n] = code;
    map[n] = at;
    cut[n] = pendingCut;
    n++;
    pendingCut = 0;
  };
  while (pos < to) {
    const edit = edits[e];
    if (edit && edit.to <= pos) {
      e++;
      continue;
    }
    if (edit && edit.from <= pos) {
      for (let i = 0; i < edit.replace.length; i++) put(edit.replace.charCodeAt(i), edit.from);
      if (edit.replace === '') pendingCut = 1;
      pos = Math.min(edit.to, to);
      e++;
      continue;
    }
    const limit = edit ? Math.min(edit.from, to) : to;
    for (; pos < limit; pos++) put(source.charCodeAt(pos), pos);
  }
  cut[n] = pendingCut;
  map[n] = to;
  let text = '';
  for (let i = 0; i < n; i += 8192) text += String.fromCharCode.apply(null, codes.subarray(i, Math.min(n, i + 8192)) as unknown as number[]);
  return { text, map: map.subarray(0, n + 1), cut: cut.subarray(0, n + 1) };
}

function charLength(source: string, at: number): number {
  const c = source.charCodeAt(at);
  return c >= 0xd800 && c <= 0xdbff ? 2 : 1;
}

import type { SyntaxNode, Tree } from '@lezer/common';

/**
 * Plain text of a stretch of Markdown, with a way back to the source: `map[i]` is the source
 * offset of plain character `i` (`map[text.length]` is the end), and `boundary(i)` tells
 * whether markup was stripped right before plain index `i` — how `**Done** X` is told from
 * `Done X`.
 */
export interface PlainText {
  readonly text: string;
  readonly map: readonly number[];
  boundary(index: number): boolean;
  /** Source offsets `[from, to)` of the plain range `[start, end)`. */
  sourceRange(start: number, end: number): { from: number; to: number };
  /** True when the whole text is struck through (`~~…~~`). */
  readonly struck: boolean;
  /** Where a strike-through that opens the text ends (`~~INFRA-06~~ RESOLVED` → 8), else 0. */
  readonly struckPrefix: number;
  /** True for a character that came from an inline code span. */
  code(index: number): boolean;
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

/** Renders `[from, to)` of the source as display text: marks, link targets and HTML tags removed. */
export function plainText(tree: Tree, source: string, from: number, to: number): PlainText {
  const edits: Edit[] = [];
  let struckFrom = -1;
  let struckTo = -1;
  const codeRanges: [number, number][] = [];
  tree.iterate({
    from,
    to,
    enter(n) {
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
    },
  });
  edits.sort((x, y) => x.from - y.from);
  const built = build(source, from, to, edits);
  const struck = struckFrom >= 0 && built.text.length > 0 && built.map[0]! >= struckFrom && built.map[built.text.length - 1]! < struckTo;
  let struckPrefix = 0;
  if (struckFrom >= 0 && built.map[0]! >= struckFrom) while (struckPrefix < built.text.length && built.map[struckPrefix]! < struckTo) struckPrefix++;
  const code = (i: number) => codeRanges.some(([a, b]) => built.map[i]! >= a && built.map[i]! < b);
  return { ...built, struck, struckPrefix, code };
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

/** Applies the edits, collapses whitespace to single spaces and trims, keeping the offset map. */
function build(source: string, from: number, to: number, edits: readonly Edit[]): Omit<PlainText, 'struck' | 'struckPrefix' | 'code'> {
  let text = '';
  const map: number[] = [];
  const cut: boolean[] = [];
  let pendingCut = false;
  let pendingSpace = false;
  let pos = from;
  let e = 0;
  const emit = (ch: string, at: number) => {
    if (/\s/.test(ch)) {
      pendingSpace = text.length > 0;
      return;
    }
    if (pendingSpace) {
      text += ' ';
      map.push(at);
      cut.push(false);
      pendingSpace = false;
    }
    text += ch;
    map.push(at);
    cut.push(pendingCut);
    pendingCut = false;
  };
  while (pos < to) {
    const edit = edits[e];
    if (edit && edit.to <= pos) {
      e++;
      continue;
    }
    if (edit && edit.from <= pos) {
      for (const ch of edit.replace) emit(ch, edit.from);
      pendingCut ||= edit.replace === '';
      pos = Math.min(edit.to, to);
      e++;
      continue;
    }
    const limit = edit ? Math.min(edit.from, to) : to;
    for (; pos < limit; pos++) emit(source[pos]!, pos);
  }
  cut.push(pendingCut);
  map.push(to);
  return {
    text,
    map,
    boundary: (i) => cut[i] === true || (i > 0 && i < map.length && map[i]! - map[i - 1]! > 1 && !/\s/.test(source[map[i - 1]! + 1] ?? '')),
    sourceRange: (start, end) => ({ from: map[start] ?? to, to: end > 0 ? (map[end - 1] ?? to - 1) + charLength(source, map[end - 1] ?? to - 1) : map[0] ?? from }),
  };
}

function charLength(source: string, at: number): number {
  const c = source.charCodeAt(at);
  return c >= 0xd800 && c <= 0xdbff ? 2 : 1;
}

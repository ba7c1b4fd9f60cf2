/**
 * fast-check arbitraries for Markdown built from the constructs that decide whether a line is
 * a GitHub task: list markers, indentation, checkboxes and what follows them, nesting,
 * blockquotes, code, HTML, tables, headings, lazy continuation, blank lines and line endings.
 *
 * A document is a list of lines; each line is a prefix (indent, quote marks, list markers)
 * and a body. The pieces are small on purpose, so random combinations hit the corners where
 * CommonMark's block rules interact (a fence inside a list item, a box after a tab, a lazy
 * line that continues a paragraph out of a quote…) and shrinking ends on a short input.
 */
import fc from 'fast-check';

/** Indentation before a marker: 0–6 spaces, tabs, and mixes. */
export const INDENTS = ['', '', '', ' ', '  ', '   ', '    ', '     ', '      ', '\t', '\t\t', ' \t', '  \t', '\t '] as const;

/** List markers, bullet and ordered (both delimiters, several start numbers). */
export const LIST_MARKERS = ['-', '-', '*', '+', '1.', '1)', '2.', '10.', '0)', '123456789.'] as const;

/** What separates a marker from its content: one space is the common case. */
export const MARKER_GAPS = [' ', ' ', ' ', '  ', '   ', '    ', '     ', '\t', ' \t'] as const;

/** Checkboxes GitHub counts and the ones it does not (Obsidian, Kiro, malformed). */
export const BOXES = ['[ ]', '[ ]', '[x]', '[x]', '[X]', '[/]', '[-]', '[>]', '[~]', '[!]', '[ ]*', '[x]*', '[\t]', '[  ]', '[xx]', '[]', '[ x]', '\\[ ]', '[ ](x)', '[x]:', '[ ] [x]'] as const;

/** What comes after a box: nothing, blanks, text, a second marker. */
export const AFTER_BOX = ['', ' ', '  ', ' text', ' text', '\ttext', '  two spaces', ' ✅ Done', ' 🔄 In Progress', ' ~~dropped~~', ' `code`', ' [x]', ' - [ ] inner', ' x', ' *emph*', ' <!-- c -->', ' |a|b|', '\t'] as const;

/** Bodies of lines that are not list items. */
export const OTHER_BODIES = [
  'text',
  'plain paragraph text',
  '✅ Done',
  '🔄 In Progress',
  'Status: ⏳ Planned',
  '[ ] lazy box',
  '[x] lazy done',
  '**Progress**: 65%',
  '```',
  '```md',
  '~~~',
  '````',
  '<!--',
  '-->',
  '<!-- - [ ] hidden -->',
  '<div>',
  '</div>',
  '<details>',
  '<summary>x</summary>',
  '| Task | Status |',
  '|------|--------|',
  '| - [ ] a | ✅ |',
  '| [x] b | 50% |',
  '# Heading',
  '## Phase 1 ✅',
  '### - [ ] heading box',
  '===',
  '---',
  '***',
  '- - -',
  '>',
  '> - [ ] quoted',
  '[x]: https://example.com',
  '[^1]:',
  '[^note]: - [ ] in a footnote',
  '\\- [ ] escaped',
  '    indented code - [ ] x',
  '',
  '',
  '',
  '   ',
] as const;

/** Line endings: LF mostly, with CRLF and lone CR. */
export const LINE_ENDINGS = ['\n', '\n', '\n', '\r\n', '\r'] as const;

/**
 * Which families of constructs a document may hold. All on is the full grammar; turning one
 * off keeps the fuzzer away from a family (e.g. one with a known divergence) while the rest of
 * the grammar stays covered.
 */
export interface Grammar {
  /** Tabs in indentation, after markers and quote marks, and inside a box (`[\t]`). */
  readonly tabs: boolean;
  /** CRLF and lone CR line endings besides LF. */
  readonly crlf: boolean;
  /** Ordered lists starting at other numbers than 1 (`2.`, `10.`, `0)`) and empty list items. */
  readonly anyStart: boolean;
  /** Quote marks indented by four columns or more (`    > x`, `>     > x`): not quote marks in CommonMark. */
  readonly deepQuotes: boolean;
  /** Indented code inside a quote or a list item (`>     code`, `-     code`). */
  readonly codeInContainers: boolean;
  /** Link reference and footnote definitions (`- [x]: https://…`, `[^1]:`). */
  readonly definitions: boolean;
  /** HTML (blocks, comments) on quoted lines (`> <div>`). */
  readonly quotedHtml: boolean;
}

/** Every construct on. */
export const FULL_GRAMMAR: Grammar = { tabs: true, crlf: true, anyStart: true, deepQuotes: true, codeInContainers: true, definitions: true, quotedHtml: true };

/** LF, spaces only, lists starting at 1, no code inside containers: the constructs every GFM parser reads alike. */
export const PLAIN_GRAMMAR: Grammar = { tabs: false, crlf: false, anyStart: false, deepQuotes: false, codeInContainers: false, definitions: false, quotedHtml: false };

const hasTab = (piece: string): boolean => piece.includes('\t');
/** An empty list item or one that starts at a number other than 1. */
const EMPTY_OR_NOT_ONE = /(?:^|[\s>])(?:[-*+]|\d+[.)])(?:[ \t]*$)|(?:^|[\s>-])(?:0|[2-9]|\d\d+)[.)]/;

/** The constants of a grammar, filtered by what it allows. */
function pieces(grammar: Grammar) {
  const keep = (list: readonly string[], also: (piece: string) => boolean = () => true): string[] => {
    const kept = list.filter((piece) => (grammar.tabs || !hasTab(piece)) && also(piece));
    return kept.length > 0 ? kept : [''];
  };
  const notOne = (piece: string): boolean => grammar.anyStart || !/^(?:0|[2-9]|\d\d+)[.)]/.test(piece);
  const shallow = (line: string): boolean => grammar.deepQuotes || !/^(?: {4}| *\t)[ \t]*>|> {4,}>/.test(line);
  const noCode = (line: string): boolean => grammar.codeInContainers || !/(?:>|[-*+]|\d[.)]) {5}/.test(line);
  const noQuotedHtml = (line: string): boolean => grammar.quotedHtml || !/^[ \t]*>.*</.test(line);
  const noDefinition = (piece: string): boolean => grammar.definitions || !piece.includes(']:');
  return {
    indents: keep(INDENTS),
    markers: keep(LIST_MARKERS, notOne),
    gaps: keep(MARKER_GAPS),
    boxes: keep(BOXES, noDefinition),
    after: keep(AFTER_BOX),
    bodies: keep(OTHER_BODIES, noDefinition),
    lineAllowed: (line: string): boolean => shallow(line) && noCode(line) && noQuotedHtml(line) && (grammar.anyStart || !EMPTY_OR_NOT_ONE.test(line)),
    endings: keep(LINE_ENDINGS, (eol) => grammar.crlf || eol === '\n'),
  };
}

/** `- [ ] text`, `1) [x]\ttext`, `+ [/] text`…: a list item with an optional box. */
function listItemBody(grammar: Grammar): fc.Arbitrary<string> {
  const p = pieces(grammar);
  return fc
    .tuple(fc.constantFrom(...p.markers), fc.constantFrom(...p.gaps), fc.option(fc.constantFrom(...p.boxes), { freq: 4, nil: '' }), fc.constantFrom(...p.after))
    .map(([marker, gap, box, after]) => (box === '' && after === '' ? marker : `${marker}${gap}${box}${after}`));
}

/** One line of Markdown, without its line ending: indentation, quote marks, inline markers, body. */
export function markdownLine(grammar: Grammar = FULL_GRAMMAR): fc.Arbitrary<string> {
  const p = pieces(grammar);
  // Markers opened inline before the body (`- - [ ] x`, `> 1. [x] y`): nesting on one line.
  const inline = fc.array(fc.constantFrom('- ', '* ', '1. ', '> ', '>', '  '), { maxLength: 3 }).map((parts) => parts.join(''));
  const quotes = ['', '', '', '', '> ', '>', '> > ', '>\t'].filter((q) => grammar.tabs || !hasTab(q));
  return fc
    .tuple(
      fc.constantFrom(...p.indents),
      fc.constantFrom(...quotes),
      inline,
      fc.oneof({ weight: 3, arbitrary: listItemBody(grammar) }, { weight: 2, arbitrary: fc.constantFrom(...p.bodies) }),
    )
    .map(([indent, quote, prefix, body]) => `${indent}${quote}${prefix}${body}`)
    .filter(p.lineAllowed);
}

/** Front matter at the very start (YAML, as GitHub and Headway read it), sometimes holding boxes. */
const FRONT_MATTER = ['', '', '', '', '---\ntitle: x\n- [ ] in front matter\n---\n', '---\n---\n', '---\n- [x] a\n'] as const;

/** A whole document: optional front matter, 1–14 lines, one line-ending style or a mix. */
export function markdownDocument(grammar: Grammar = FULL_GRAMMAR): fc.Arbitrary<string> {
  const { endings } = pieces(grammar);
  return fc
    .tuple(
      fc.constantFrom(...FRONT_MATTER),
      fc.array(markdownLine(grammar), { minLength: 1, maxLength: 14, size: 'max' }),
      fc.option(fc.constantFrom(...endings), { nil: null }),
      fc.array(fc.constantFrom(...endings), { minLength: 14, maxLength: 14 }),
      fc.boolean(),
    )
    .map(([front, lines, single, mixed, finalEol]) => {
      const eol = (i: number): string => single ?? mixed[i % mixed.length]!;
      return front + lines.map((line, i) => (i < lines.length - 1 || finalEol ? line + eol(i) : line)).join('');
    });
}

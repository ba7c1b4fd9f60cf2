/**
 * Makes a parser input of exactly the text's length, so every offset the parser reports is an
 * offset into the original text:
 *
 * - front matter (`---` … `---` or `+++` … `+++` at the very start) is blanked to spaces,
 *   keeping its line endings — it is metadata, never items (GitHub renders it as a table);
 * - a lone CR becomes LF, because @lezer/markdown only breaks lines at LF.
 */
export function prepareForParse(text: string): { input: string; frontMatterEnd: number } {
  const frontMatterEnd = findFrontMatterEnd(text);
  let input = text;
  if (frontMatterEnd > 0) input = blank(text.slice(0, frontMatterEnd)) + text.slice(frontMatterEnd);
  if (input.includes('\r') && LONE_CR.test(input)) input = input.replace(LONE_CR_ALL, '\n');
  return { input, frontMatterEnd };
}

const LONE_CR = /\r(?!\n)/;
const LONE_CR_ALL = /\r(?!\n)/g;

/** Offset just after the closing fence of a front matter block, or 0 when there is none. */
export function findFrontMatterEnd(text: string): number {
  const open = /^(---|\+\+\+)[ \t]*(\r\n|\r|\n)/.exec(text);
  if (!open) return 0;
  const fence = open[1]!;
  const close = fence === '---' ? /(?:^|\r\n|\r|\n)(---|\.\.\.)[ \t]*(?:\r\n|\r|\n|$)/g : /(?:^|\r\n|\r|\n)(\+\+\+)[ \t]*(?:\r\n|\r|\n|$)/g;
  close.lastIndex = open[0].length - 1;
  const match = close.exec(text);
  return match ? match.index + match[0].length : 0;
}

function blank(s: string): string {
  return s.replace(/[^\r\n]/g, ' ');
}

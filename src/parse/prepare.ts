/**
 * Makes a parser input of exactly the text's length, so every offset the parser reports is an
 * offset into the original text:
 *
 * - YAML front matter (`---` … `---` at the very start) is blanked to spaces,
 *   keeping its line endings — it is metadata, never items (GitHub renders it as a table);
 * - a lone CR becomes LF, because @lezer/markdown only breaks lines at LF;
 * - the CR of CRLF becomes a space (inert trailing whitespace), for the same reason;
 * - a table delimiter row's trailing whitespace moves inside its last pipe (see below).
 */
export function prepareForParse(text: string): { input: string; frontMatterEnd: number } {
  const frontMatterEnd = findFrontMatterEnd(text);
  let input = text;
  if (frontMatterEnd > 0) input = blank(text.slice(0, frontMatterEnd)) + text.slice(frontMatterEnd);
  if (input.includes('\r')) input = input.replace(CR, (cr) => (cr.length === 2 ? ' \n' : '\n'));
  if (DELIMITER_HINT.test(input)) input = input.replace(PADDED_DELIMITER_ROW, (_, row: string, pad: string) => `${row.slice(0, -1)}${pad}|`);
  return { input, frontMatterEnd };
}

const CR = /\r\n?/g;

/** A delimiter row ends `-|` or `:|` before whitespace: only then is the row pattern worth running. */
const DELIMITER_HINT = /[-:]\|[ \t]+$/m;

/**
 * A table's delimiter row with whitespace after its last pipe. GFM accepts it; Lezer's row
 * pattern does not, so the whitespace moves inside the last cell (same length):
 *
 *     |---|---|··   →   |---|---··|
 */
const PADDED_DELIMITER_ROW = /^([> \t]*\|?(?:[ \t]*:?-+:?[ \t]*\|)+)([ \t]+)$/gm;

/** Offset just after the closing fence of a front matter block, or 0 when there is none. */
export function findFrontMatterEnd(text: string): number {
  // Exactly what GitHub renders as front matter: YAML between `---` lines at the very start.
  const open = /^(---)[ \t]*(\r\n|\r|\n)/.exec(text);
  if (!open) return 0;
  const close = /(?:^|\r\n|\r|\n)(---)[ \t]*(?:\r\n|\r|\n|$)/g;
  close.lastIndex = open[0].length - 1;
  const match = close.exec(text);
  return match ? match.index + match[0].length : 0;
}

function blank(s: string): string {
  return s.replace(/[^\r\n]/g, ' ');
}

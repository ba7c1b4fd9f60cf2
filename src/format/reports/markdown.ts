import type { ItemState } from '../../model/item.js';
import { WORKING_TREE } from '../../history/model.js';
import { percentText } from '../bar.js';
import { padEnd, padStart, textWidth } from '../text-width.js';

/**
 * Text that reads as itself in GFM: punctuation that would start emphasis, code, links, HTML,
 * strikethrough or a table cell is backslash-escaped, and so is a start that would open a
 * block inside a list item (`- # x` is a heading, `- 1. x` a nested list, `- - x` a rule).
 */
export function inline(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const escaped = flat
    .replace(/[\\`*[\]<|~]/g, (char) => `\\${char}`)
    // `snake_case` stays as it is: GFM never reads an underscore inside a word as emphasis.
    .replace(/(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, '\\_')
    .replace(/&(?=#?\w+;)/g, '\\&');
  return escaped.replace(/^(?:[#+=>-]|\d+(?=[.)]))/, (start) => (/^\d/.test(start) ? `${start}\\` : `\\${start}`));
}

/** A GFM table: header, delimiter row (numbers aligned right), rows — columns padded so the source reads as a table too. */
export function table(header: readonly string[], rows: readonly (readonly string[])[], right: readonly boolean[] = []): string[] {
  const widths = header.map((title, column) => Math.max(3, textWidth(title), ...rows.map((row) => textWidth(row[column] ?? ''))));
  const line = (cells: readonly string[]): string =>
    `| ${widths.map((width, column) => (right[column] === true ? padStart : padEnd)(cells[column] ?? '', width)).join(' | ')} |`;
  const delimiter = `|${widths.map((width, column) => (right[column] === true ? `${'-'.repeat(width + 1)}:` : '-'.repeat(width + 2))).join('|')}|`;
  return [line(header), delimiter, ...rows.map(line)];
}

/** `78%` of done out of total, `—` when there is nothing to count. */
export const percentOf = (done: number, total: number): string => (total > 0 ? percentText(done / total) : '—');

/** The calendar day of a date or commit date (`2026-03-11T09:30:00+01:00` → `2026-03-11`), in the commit's own offset. */
export const dayText = (date: string): string => /^\d{4}-\d{2}-\d{2}/.exec(date)?.[0] ?? date;

/** `2026-03-27 17:00 UTC` for a time, the text itself when it is not an ISO date-time. */
export function timeText(time: string): string {
  const match = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/.exec(time);
  if (match === null) return time;
  const zone = match[3] === undefined ? '' : match[3] === 'Z' ? ' UTC' : ` ${match[3]}`;
  return `${match[1]} ${match[2]}${zone}`;
}

/** A section's own title: the last part of its key (`Roadmap › Phase 1` → `Phase 1`). */
export const sectionTitle = (key: string): string => key.split(' › ').at(-1) ?? key;

/** True when an item in section `section` stands in the section `key` or below it. */
export const within = (section: string, key: string): boolean => section === key || section.startsWith(`${key} › `);

/** A commit as a report cites it: its short sha in code, or `uncommitted` for the working tree. */
export const commitText = (sha: string): string => (sha === WORKING_TREE ? 'uncommitted' : `\`${sha.slice(0, 7)}\``);

/** A state as a transition shows it; `new` before an item appeared, `removed` after it went. */
export const stateText = (state: ItemState | null, end: 'from' | 'to'): string => state ?? (end === 'from' ? 'new' : 'removed');

/** `3 items`, `1 item`. */
export const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;

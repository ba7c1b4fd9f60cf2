import type { Claim } from '../model/document.js';
import type { ItemState } from '../model/item.js';
import type { Explanation, ExplainedItem } from '../compute/explain.js';
import { percentText } from './bar.js';
import type { Colors } from './colors.js';
import { claimText, figureParts } from './figure-line.js';
import { cell, layoutTable, type Cell } from './table.js';

/** What the human explain output needs besides the explanation. */
export interface ExplainMeta {
  /** The document's display path, for `file:line` references. */
  readonly path: string;
  readonly colors: Colors;
}

const STATE_MARKS: Readonly<Record<ItemState, string>> = {
  done: '✔',
  'in-progress': '◐',
  open: '○',
  blocked: '⊘',
  cancelled: '✕',
  deferred: '»',
};

/**
 * The human `explain` output: the figure and its claims, then every item behind it — state,
 * fraction, file:line, text — grouped by section, then the arithmetic that gives the figure.
 */
export function formatExplain(explanation: Explanation, meta: ExplainMeta): string {
  const { colors, path } = meta;
  const lines = [
    `${colors.bold(colors.underline(`${path}:${explanation.line}`))}  ${colors.dim(explanation.scope)} ${colors.bold(explanation.title)}`,
    `  ${figureParts(explanation.progress, 24, colors).join('   ')}`,
  ];
  if (explanation.claims.length > 0) lines.push('', ...claimLines(explanation.claims, explanation.progress.fraction, path, colors));
  lines.push('', ...itemLines(explanation.items, path, colors), '', `  ${arithmetic(explanation, colors)}`);
  return `${lines.join('\n')}\n`;
}

/** Each claim with its distance from the computed figure, where it is, and the line as written. */
function claimLines(claims: readonly Claim[], fraction: number | null, path: string, colors: Colors): string[] {
  return layoutTable(
    claims.map((claim) => [claimText(claim, fraction, null, colors), cell(`${path}:${claim.line}`, colors.dim), cell(claim.text)]),
  ).map((line) => `  ${line}`);
}

/** Items grouped under their section path, one aligned table for all of them. */
function itemLines(items: readonly ExplainedItem[], path: string, colors: Colors): string[] {
  if (items.length === 0) return [`  ${colors.dim('no items')}`];
  const rows: (readonly Cell[])[] = [];
  const headings = new Map<number, string>();
  let previous: string | null = null;
  for (const explained of items) {
    const group = explained.path.join(' › ') || '(before the first heading)';
    if (group !== previous) headings.set(rows.length, group);
    previous = group;
    rows.push(itemCells(explained, path, colors));
  }
  const table = layoutTable(rows);
  return table.flatMap((line, index) => {
    const heading = headings.get(index);
    return heading === undefined ? [`    ${line}`] : [`  ${colors.bold(heading)}`, `    ${line}`];
  });
}

function itemCells(explained: ExplainedItem, path: string, colors: Colors): Cell[] {
  const { item } = explained;
  const paint = item.state === 'done' ? colors.green : item.state === 'blocked' ? colors.red : item.state === 'in-progress' ? colors.yellow : undefined;
  const left = explained.fraction === null;
  return [
    cell(`${STATE_MARKS[item.state]} ${item.state.replace('-', ' ')}`, left ? colors.dim : paint),
    cell(fractionText(explained.fraction), left ? colors.dim : undefined, 'right'),
    cell(`${path}:${item.line}`, colors.dim),
    cell(item.text + (explained.excluded === null ? '' : `  (${explained.excluded}: not counted)`), left ? colors.dim : undefined),
  ];
}

/** `39% = 3.5 ÷ 9 counted items (1 left out)`. */
function arithmetic(explanation: Explanation, colors: Colors): string {
  const counted = explanation.items.filter((explained) => explained.fraction !== null);
  const sum = counted.reduce((total, explained) => total + (explained.fraction ?? 0), 0);
  const left = explanation.items.length - counted.length;
  const leftOut = left === 0 ? '' : colors.dim(` (${left} left out)`);
  if (counted.length === 0) return `${colors.dim('no counted items: no figure')}${leftOut}`;
  const figure = percentText(sum / counted.length);
  return `${colors.bold(figure)} = ${fractionText(sum)} ÷ ${counted.length} counted item${counted.length === 1 ? '' : 's'}${leftOut}` +
    colors.dim('  (an explicit percent p counts p/100, else done 1, anything else 0)');
}

/** `1`, `0.5`, `0.33`; `—` for an item left out. */
function fractionText(fraction: number | null): string {
  return fraction === null ? '—' : String(Number(fraction.toFixed(2)));
}

import type { Item } from '../model/item.js';
import { EditError, type Candidate } from './errors.js';

/** Which item to edit: by its stable id, or the item on a 1-based line of the file. */
export type ItemTarget = { readonly id: string } | { readonly line: number };

/**
 * The one item `target` names. A line names the item that starts on it, else the item whose
 * marker is on it (`- **Status**: Open` under a bullet); none or several is an EditError
 * (`not-found`, `ambiguous`) carrying the candidates to choose from.
 */
export function findItem(items: readonly Item[], target: ItemTarget, path: string, lines: number): Item {
  if ('id' in target) {
    const found = items.find((item) => item.id === target.id);
    if (found === undefined) throw new EditError('not-found', `no item with id "${target.id}" in ${path}`);
    return found;
  }
  const { line } = target;
  let on = items.filter((item) => item.line === line);
  if (on.length === 0) on = items.filter((item) => item.marker?.line === line);
  const [only, ...more] = on;
  if (only !== undefined && more.length === 0) return only;
  if (only !== undefined) {
    const list = on.map((item) => `${item.id} (${item.kind} "${clip(item.text)}")`).join(', ');
    throw new EditError('ambiguous', `${path}:${line} holds ${on.length} items: ${list}; name one by its id`, on.map(candidate));
  }
  if (line > lines) throw new EditError('not-found', `${path} has ${lines} lines; there is no line ${line}`);
  const near = [...items].sort((a, b) => Math.abs(a.line - line) - Math.abs(b.line - line) || a.line - b.line).slice(0, 3).sort((a, b) => a.line - b.line);
  const hint = near.length === 0 ? 'the document has no items' : `items nearby are on line ${near.map((item) => item.line).join(', ')}`;
  throw new EditError('not-found', `no item on ${path}:${line}: ${hint}`, near.map(candidate));
}

/** An item as a refusal lists it. */
export function candidate(item: Item): Candidate {
  return { id: item.id, kind: item.kind, state: item.state, line: item.line, text: item.text };
}

function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

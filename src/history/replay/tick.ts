import type { ProgressDoc, Section } from '../../model/document.js';
import type { Item } from '../../model/item.js';
import { changedRange } from '../../text/changed-range.js';

/**
 * The commonest commit to a progress document ticks one box: `- [ ] a` → `- [x] a`. Nothing
 * else of the document changes, and nothing extraction reads depends on the box but the
 * item's own state and marker — the item's text, id, percent, details and place, every
 * section, claim and id stay as they were. So the document of the new version is the old one
 * with that item ticked, and only the computation (claims matched by name, rollups, the
 * document claim) needs running again, not decoding's scans, parsing or extraction.
 *
 * Returns the new version's document and where the box is when `text` differs from `before`
 * only by one unticked box becoming ticked, else null (the version is then read in full).
 */
export function tickedVersion(doc: ProgressDoc, before: string, text: string): { doc: ProgressDoc; at: number } | null {
  if (text.length !== before.length) return null;
  const change = changedRange(before, text);
  if (change.toA - change.fromA !== 1 || change.toB - change.fromB !== 1) return null;
  const box = text.charCodeAt(change.fromB);
  if (before.charCodeAt(change.fromA) !== SPACE || (box !== LOWER_X && box !== UPPER_X)) return null;
  const at = change.fromA;
  const found = findTask(doc, at);
  if (found === null) return null;
  const [item, path] = found;
  const marker = item.marker!;
  // A struck-through task is cancelled, ticked or not.
  const state = item.state === 'cancelled' ? 'cancelled' : 'done';
  const ticked: Item = {
    ...item,
    state,
    marker: { ...marker, text: text.slice(marker.from, marker.to) },
    // Only a blocked item has a reason (item-details.ts); owner, due and estimate do not depend on the state.
    reason: null,
  };
  return { doc: replaceItem(doc, path, item, ticked), at };
}

const SPACE = 0x20;
const LOWER_X = 0x78;
const UPPER_X = 0x58;

/** The task whose box holds offset `at` (`[ ]` → the space), with the sections down to it. */
function findTask(doc: ProgressDoc, at: number): [Item, Section[]] | null {
  const search = (items: readonly Item[], sections: readonly Section[], path: Section[]): [Item, Section[]] | null => {
    for (const item of items) {
      if (item.kind === 'task' && item.marker !== null && item.marker.from + 1 === at && item.marker.text.startsWith('[ ]')) return [item, path];
    }
    for (const section of sections) {
      const found = search(section.items, section.sections, [...path, section]);
      if (found) return found;
    }
    return null;
  };
  return search(doc.items, doc.sections, []);
}

/** The document with one item replaced: new objects along the path to it, every other one shared. */
function replaceItem(doc: ProgressDoc, path: readonly Section[], old: Item, item: Item): ProgressDoc {
  const swap = (items: readonly Item[]): Item[] => items.map((i) => (i === old ? item : i));
  if (path.length === 0) return { ...doc, items: swap(doc.items) };
  const rebuild = (section: Section, depth: number): Section => {
    if (depth === path.length - 1) return { ...section, items: swap(section.items) };
    const next = path[depth + 1]!;
    return { ...section, sections: section.sections.map((s) => (s === next ? rebuild(s, depth + 1) : s)) };
  };
  const top = path[0]!;
  return { ...doc, sections: doc.sections.map((s) => (s === top ? rebuild(s, 0) : s)) };
}

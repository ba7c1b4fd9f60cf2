import type { ItemState } from '../model/item.js';
import type { Vocabulary } from './vocabulary.js';

const ARROW = /\s*(?:→|->|⟶|⇒)\s*/u;

/**
 * A document's own status scale, declared as a chain in its legend:
 *
 *     > Status: `not-started` → `learning` → `drilled` → `mastered`
 *
 * When the chain starts at a known not-started word or ends at a known done word, its
 * unknown steps are learned: the first is open, the last done, the ones between in progress.
 */
export function statusScale(text: string, vocabulary: Vocabulary): Partial<Record<ItemState, string[]>> | null {
  for (const line of linesWithArrows(text)) {
    const parts = line.split(ARROW).map((part, i) => clean(i === 0 ? part.slice(part.lastIndexOf(':') + 1) : part));
    if (parts.length < 3 || parts.length > 7 || parts.some((p) => !/^[\p{L}][\p{L}\s-]{0,24}$/u.test(p) || p.split(/\s+/).length > 3)) continue;
    const first = vocabulary.stateOf(parts[0]!);
    const last = vocabulary.stateOf(parts[parts.length - 1]!);
    if (first !== 'open' && last !== 'done') continue;
    const scale: Partial<Record<ItemState, string[]>> = {};
    parts.forEach((part, i) => {
      if (vocabulary.stateOf(part) !== undefined) return;
      const state: ItemState = i === 0 ? 'open' : i === parts.length - 1 ? 'done' : 'in-progress';
      (scale[state] ??= []).push(part);
    });
    return Object.keys(scale).length > 0 ? scale : null;
  }
  return null;
}

/** The lines holding an arrow, in order (found by a native search: most lines have none). */
function* linesWithArrows(text: string): Generator<string> {
  const arrows = /→|->|⟶|⇒/g;
  for (let found = arrows.exec(text); found !== null; found = arrows.exec(text)) {
    const start = Math.max(text.lastIndexOf('\n', found.index), text.lastIndexOf('\r', found.index)) + 1;
    const end = lineEnd(text, found.index);
    yield text.slice(start, end);
    arrows.lastIndex = end;
  }
}

function lineEnd(text: string, from: number): number {
  const lf = text.indexOf('\n', from);
  const cr = text.indexOf('\r', from);
  const end = lf < 0 ? cr : cr < 0 ? lf : Math.min(lf, cr);
  return end < 0 ? text.length : end;
}

/** `` `learning` (concept taught) `` → `learning`. */
function clean(part: string): string {
  return part.replace(/\([^)]*\)?/g, ' ').replace(/[`*_>"'“”.,;:]/g, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * Short, stable ids. FNV-1a over UTF-16 code units in two 32-bit lanes (different offset
 * bases) gives 64 bits, printed in base 36: no crypto needed, the same on every platform.
 * The hash state can be carried on (`extend`), so a section's path is hashed once for all
 * of its items.
 */
export interface HashState {
  readonly h1: number;
  readonly h2: number;
}

const START: HashState = { h1: 0x811c9dc5, h2: 0x01000193 ^ 0x5bd1e995 };

/** The hash state after `text`, continuing from `from`. */
export function extend(text: string, from: HashState = START): HashState {
  let { h1, h2 } = from;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x01000193) ^ (h2 >>> 15);
  }
  return { h1, h2 };
}

/** The id a hash state prints as. */
export function idOf(state: HashState): string {
  return (state.h1 >>> 0).toString(36).padStart(7, '0') + (state.h2 >>> 0).toString(36).padStart(7, '0');
}

/** A short, stable id from an item's identity key and its rank among items with the same key. */
export function itemId(key: string, occurrence: number): string {
  const id = idOf(extend(key));
  return occurrence === 0 ? id : `${id}-${occurrence}`;
}

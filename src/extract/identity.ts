/**
 * A short, stable id from an item's identity key and its rank among items with the same key.
 * FNV-1a over UTF-16 code units in two 32-bit lanes (different offset bases) gives 64 bits,
 * printed in base 36: no crypto needed, the same on every platform.
 */
export function itemId(key: string, occurrence: number): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x01000193) ^ (h2 >>> 15);
  }
  const id = (h1 >>> 0).toString(36).padStart(7, '0') + (h2 >>> 0).toString(36).padStart(7, '0');
  return occurrence === 0 ? id : `${id}-${occurrence}`;
}

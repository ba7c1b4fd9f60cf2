/**
 * Makes mojibake the way it happens: UTF-8 bytes decoded with a single-byte code page, the
 * result saved again as UTF-8. Test helper.
 */
import { decodeMacRoman, decodeWindows1252 } from '../../src/decode/codepages.js';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const CP1252_UNDEFINED = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

/**
 * `text` as it looks after a trip through Windows-1252. With `drop` (the default) the five
 * undefined bytes vanish, as in seeds/000; without, they become C1 controls, as a Latin-1 or
 * WHATWG decoder leaves them.
 */
export function viaWindows1252(text: string, { drop = true } = {}): string {
  const bytes = utf8(text).filter((byte) => !(drop && CP1252_UNDEFINED.has(byte)));
  return decodeWindows1252(bytes);
}

/** `text` as it looks after a trip through Mac Roman (every byte is defined: always lossless). */
export function viaMacRoman(text: string): string {
  return decodeMacRoman(utf8(text));
}

/** True when the UTF-8 of `text` holds a byte Windows-1252 leaves undefined. */
export function losesBytesInWindows1252(text: string): boolean {
  return utf8(text).some((byte) => CP1252_UNDEFINED.has(byte));
}

/** UTF-8 bytes of `text`. */
export { utf8 };

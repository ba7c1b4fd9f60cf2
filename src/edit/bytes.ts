import type { Decoded } from '../decode/index.js';
import { WINDOWS_1252 } from '../decode/codepages.js';
import { continuationCount, secondByteRange } from '../decode/utf8-sequence.js';
import { EditError } from './errors.js';

/** Bytes `[from, to)` of the file to be replaced by `bytes`. */
export interface ByteSplice {
  readonly from: number;
  readonly to: number;
  readonly bytes: Uint8Array;
}

/**
 * Where the decoded text's `[from, to)` lies in the file's bytes, and `text` encoded the way
 * the file is: UTF-8 (after a BOM if there is one), UTF-16 LE/BE (after its BOM), or
 * Windows-1252. Only those bytes change; every other byte of the file stays as it was.
 */
export function byteSplice(file: Uint8Array, decoded: Decoded, from: number, to: number, text: string, where: string): ByteSplice {
  const { detected, bom } = decoded.encoding;
  switch (detected) {
    case 'utf-8': {
      const start = bom ? 3 : 0;
      const [a, b] = utf8Offsets(file, start, from, to);
      if (a === null || b === null) throw new EditError('surprising-result', `cannot edit ${where}: the marker does not start and end on whole characters of the file`);
      return { from: a, to: b, bytes: new TextEncoder().encode(text) };
    }
    case 'utf-16le':
    case 'utf-16be':
      return { from: 2 + 2 * from, to: 2 + 2 * to, bytes: encodeUtf16(text, detected === 'utf-16le') };
    case 'windows-1252':
      return { from, to, bytes: encodeWindows1252(text, where) };
    default:
      throw new EditError('encoding', `cannot edit ${where}: Headway does not write ${detected} files`);
  }
}

/** The file with `splice` applied. */
export function applySplice(file: Uint8Array, splice: ByteSplice): Uint8Array {
  const out = new Uint8Array(file.length - (splice.to - splice.from) + splice.bytes.length);
  out.set(file.subarray(0, splice.from), 0);
  out.set(splice.bytes, splice.from);
  out.set(file.subarray(splice.to), splice.from + splice.bytes.length);
  return out;
}

/**
 * The byte offsets of two text offsets (UTF-16 code units), walking the bytes the way the
 * WHATWG decoder does: a well-formed sequence is one code unit (two for 4 bytes), and each
 * ill-formed stretch — up to the byte that broke it, which is read again — one U+FFFD. So
 * the offsets are right even in a file with invalid UTF-8:
 *
 *     61 E2 9C 41 5B 20 5D     text "a\uFFFDA[ ]": offset 3 ([) is byte 4
 *
 * `null` for an offset that falls inside a surrogate pair.
 */
export function utf8Offsets(bytes: Uint8Array, start: number, from: number, to: number): [number | null, number | null] {
  let units = 0;
  let fromByte: number | null = null;
  let i = start;
  for (;;) {
    if (units === from) fromByte = i;
    if (units === to) return [fromByte, i];
    if (units > to || i >= bytes.length) return [fromByte, null];
    const lead = bytes[i]!;
    if (lead < 0x80) {
      units++;
      i++;
      continue;
    }
    const needed = continuationCount(lead);
    let [low, high] = secondByteRange(lead);
    let j = i + 1;
    let read = 0;
    while (read < needed) {
      const byte = bytes[j];
      if (byte === undefined || byte < low || byte > high) break;
      [low, high] = [0x80, 0xbf];
      j++;
      read++;
    }
    units += needed > 0 && read === needed && needed === 3 ? 2 : 1;
    i = needed === 0 ? i + 1 : j;
  }
}

function encodeUtf16(text: string, littleEndian: boolean): Uint8Array {
  const out = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    out[2 * i + (littleEndian ? 0 : 1)] = unit & 0xff;
    out[2 * i + (littleEndian ? 1 : 0)] = unit >> 8;
  }
  return out;
}

/** The text in Windows-1252, or an `unencodable` refusal naming the first char it lacks. */
function encodeWindows1252(text: string, where: string): Uint8Array {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const byte = WINDOWS_1252.toByte(text.charCodeAt(i));
    if (byte < 0) {
      const char = String.fromCodePoint(text.codePointAt(i)!);
      throw new EditError('unencodable', `cannot edit ${where}: the file is Windows-1252, which has no "${char}"`);
    }
    out[i] = byte;
  }
  return out;
}

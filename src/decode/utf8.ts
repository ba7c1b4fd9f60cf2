import { continuationCount, secondByteRange } from './utf8-sequence.js';

/** What one pass over the bytes found out about them as UTF-8. */
export interface Utf8Scan {
  /** Ill-formed sequences, counted exactly as the U+FFFD a WHATWG decoder emits for them. */
  readonly invalidSequences: number;
  /** Byte offset and bytes of the first ill-formed sequence, `null` when there is none. */
  readonly firstInvalid: { readonly offset: number; readonly bytes: Uint8Array } | null;
  /** At least one well-formed multi-byte sequence (the bytes are UTF-8 at least in places). */
  readonly hasMultiByte: boolean;
  /** At least one byte ≥ 0x80. */
  readonly hasHighBytes: boolean;
}

/**
 * Validates UTF-8 in one linear pass with the WHATWG decoder's state machine, so the count
 * matches the U+FFFD that `TextDecoder` puts in the text. A broken sequence is replaced as a
 * whole up to the byte that broke it, and that byte is read again:
 *
 *   E2 9C 41        → U+FFFD "A"      one error: E2 9C was cut short by 41
 *   E9 74 C3 A9     → U+FFFD "t" "é"  one error: a Latin-1 é (E9) followed by ASCII
 *   ED A0 80        → 3 × U+FFFD      a surrogate: A0 is outside ED's 80..9F, so E D, A0, 80
 */
export function scanUtf8(bytes: Uint8Array): Utf8Scan {
  let invalidSequences = 0;
  let firstInvalid: Utf8Scan['firstInvalid'] = null;
  let hasMultiByte = false;
  let hasHighBytes = false;
  let start = 0; // where the sequence being read began
  let needed = 0; // continuation bytes still expected
  let low = 0x80;
  let high = 0xbf;
  const fail = (end: number): void => {
    invalidSequences++;
    firstInvalid ??= { offset: start, bytes: bytes.slice(start, Math.max(end, start + 1)) };
  };
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i] ?? 0;
    if (byte >= 0x80) hasHighBytes = true;
    if (needed === 0) {
      if (byte < 0x80) continue;
      start = i;
      needed = continuationCount(byte);
      if (needed === 0) fail(i + 1);
      [low, high] = secondByteRange(byte);
      continue;
    }
    if (byte < low || byte > high) {
      fail(i);
      needed = 0;
      i--; // read the breaking byte again as the start of something new
      continue;
    }
    low = 0x80;
    high = 0xbf;
    if (--needed === 0) hasMultiByte = true;
  }
  if (needed > 0) fail(bytes.length);
  return { invalidSequences, firstInvalid, hasMultiByte, hasHighBytes };
}

/** Decodes UTF-8, ill-formed sequences as U+FFFD; a leading U+FEFF is kept (the caller strips BOMs). */
export function decodeUtf8(bytes: Uint8Array): string {
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
}

const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Decodes well-formed UTF-8 natively, or gives null when the bytes are not (then `scanUtf8` says where and how). */
export function decodeValidUtf8(bytes: Uint8Array): string | null {
  try {
    return strict.decode(bytes);
  } catch {
    return null;
  }
}

/**
 * The shape of one well-formed UTF-8 multi-byte sequence (Unicode Table 3-7), shared by the
 * validator (utf8.ts) and the mojibake scanner, which asks the same question of bytes it
 * reconstructed from text.
 *
 *   lead     bytes  2nd byte    code points
 *   C2..DF   2      80..BF      U+0080..U+07FF
 *   E0       3      A0..BF      U+0800..U+0FFF     (80..9F would be overlong)
 *   E1..EC   3      80..BF
 *   ED       3      80..9F      U+D000..U+D7FF     (A0..BF would be surrogates)
 *   EE..EF   3      80..BF
 *   F0       4      90..BF      U+10000..          (80..8F would be overlong)
 *   F1..F3   4      80..BF
 *   F4       4      80..8F      ..U+10FFFF         (90.. would be past Unicode)
 *
 * Every byte after the second is 80..BF.
 */

/** How many continuation bytes a lead byte announces: 1–3, or 0 when it is not a lead byte. */
export function continuationCount(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 1;
  if (lead >= 0xe0 && lead <= 0xef) return 2;
  if (lead >= 0xf0 && lead <= 0xf4) return 3;
  return 0;
}

/** True for a byte in 80..BF. */
export function isContinuation(byte: number): boolean {
  return byte >= 0x80 && byte <= 0xbf;
}

/** The allowed range of the byte right after `lead` (see the table above). */
export function secondByteRange(lead: number): readonly [number, number] {
  switch (lead) {
    case 0xe0:
      return [0xa0, 0xbf];
    case 0xed:
      return [0x80, 0x9f];
    case 0xf0:
      return [0x90, 0xbf];
    case 0xf4:
      return [0x80, 0x8f];
    default:
      return [0x80, 0xbf];
  }
}

/**
 * Decodes exactly one complete multi-byte sequence, or returns -1 when the bytes are not one
 * (wrong length, bad lead, bad continuation, overlong, surrogate, past U+10FFFF).
 */
export function decodeSequence(bytes: readonly number[]): number {
  const lead = bytes[0] ?? 0;
  const count = continuationCount(lead);
  if (count === 0 || bytes.length !== count + 1) return -1;
  const [low, high] = secondByteRange(lead);
  const second = bytes[1] ?? 0;
  if (second < low || second > high) return -1;
  let codePoint = lead & (0x3f >> count);
  for (let i = 1; i <= count; i++) {
    const byte = bytes[i] ?? 0;
    if (!isContinuation(byte)) return -1;
    codePoint = (codePoint << 6) | (byte & 0x3f);
  }
  return codePoint;
}

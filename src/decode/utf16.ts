/**
 * Decodes UTF-16 (the BOM already removed). Lone surrogates and an odd trailing byte become
 * U+FFFD. Big-endian input is byte-swapped and decoded as little-endian, which needs no ICU
 * data (Node builds with small ICU lack a `utf-16be` TextDecoder).
 */
export function decodeUtf16(bytes: Uint8Array, endian: 'le' | 'be'): string {
  let input = bytes;
  if (endian === 'be') {
    input = new Uint8Array(bytes.length);
    for (let i = 0; i + 1 < bytes.length; i += 2) {
      input[i] = bytes[i + 1] ?? 0;
      input[i + 1] = bytes[i] ?? 0;
    }
    if (bytes.length % 2 === 1) input[bytes.length - 1] = bytes[bytes.length - 1] ?? 0;
  }
  return new TextDecoder('utf-16le', { ignoreBOM: true }).decode(input);
}

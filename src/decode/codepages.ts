/**
 * The two single-byte code pages whose mojibake Headway repairs, as byte → char tables for
 * the high half (0x80–0xFF; the low half is ASCII in both), plus the reverse char → byte maps
 * the repair walks back through.
 */

/** The code pages Headway knows how to undo, by their WHATWG / IANA names. */
export type CodePageName = 'windows-1252' | 'macintosh';

/** A single-byte code page: how to turn a char back into the byte it was decoded from. */
export interface CodePage {
  readonly name: CodePageName;
  /** Human name for messages. */
  readonly label: string;
  /** The byte a UTF-16 code unit was decoded from, or -1 when the page cannot produce it. */
  readonly toByte: (codeUnit: number) => number;
  /**
   * Bytes the page leaves undefined. A decoder that met them dropped them, so a repair may
   * have to put one back (see mojibake-scan.ts). Empty when every byte is defined.
   */
  readonly undefinedBytes: readonly number[];
}

const UNDEFINED = -1;

/**
 * Windows-1252, 0x80–0x9F (0xA0–0xFF equal Latin-1). Five bytes are undefined: 0x81 0x8D 0x8F
 * 0x90 0x9D. Python's `cp1252` codec and many editors drop them (or fail), which is what
 * makes this mojibake lossy.
 */
const CP1252_80_9F: readonly number[] = [
  0x20ac, UNDEFINED, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021,
  0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, UNDEFINED, 0x017d, UNDEFINED,
  UNDEFINED, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014,
  0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, UNDEFINED, 0x017e, 0x0178,
];

/** Mac OS Roman, 0x80–0xFF, from Apple's ROMAN.TXT. Every byte is defined (0xF0 is the Apple logo, U+F8FF). */
const MAC_ROMAN_80_FF: readonly number[] = [
  0x00c4, 0x00c5, 0x00c7, 0x00c9, 0x00d1, 0x00d6, 0x00dc, 0x00e1, 0x00e0, 0x00e2, 0x00e4, 0x00e3, 0x00e5, 0x00e7, 0x00e9, 0x00e8,
  0x00ea, 0x00eb, 0x00ed, 0x00ec, 0x00ee, 0x00ef, 0x00f1, 0x00f3, 0x00f2, 0x00f4, 0x00f6, 0x00f5, 0x00fa, 0x00f9, 0x00fb, 0x00fc,
  0x2020, 0x00b0, 0x00a2, 0x00a3, 0x00a7, 0x2022, 0x00b6, 0x00df, 0x00ae, 0x00a9, 0x2122, 0x00b4, 0x00a8, 0x2260, 0x00c6, 0x00d8,
  0x221e, 0x00b1, 0x2264, 0x2265, 0x00a5, 0x00b5, 0x2202, 0x2211, 0x220f, 0x03c0, 0x222b, 0x00aa, 0x00ba, 0x03a9, 0x00e6, 0x00f8,
  0x00bf, 0x00a1, 0x00ac, 0x221a, 0x0192, 0x2248, 0x2206, 0x00ab, 0x00bb, 0x2026, 0x00a0, 0x00c0, 0x00c3, 0x00d5, 0x0152, 0x0153,
  0x2013, 0x2014, 0x201c, 0x201d, 0x2018, 0x2019, 0x00f7, 0x25ca, 0x00ff, 0x0178, 0x2044, 0x20ac, 0x2039, 0x203a, 0xfb01, 0xfb02,
  0x2021, 0x00b7, 0x201a, 0x201e, 0x2030, 0x00c2, 0x00ca, 0x00c1, 0x00cb, 0x00c8, 0x00cd, 0x00ce, 0x00cf, 0x00cc, 0x00d3, 0x00d4,
  0xf8ff, 0x00d2, 0x00da, 0x00db, 0x00d9, 0x0131, 0x02c6, 0x02dc, 0x00af, 0x02d8, 0x02d9, 0x02da, 0x00b8, 0x02dd, 0x02db, 0x02c7,
];

/** The Windows-1252 char for each high byte (undefined bytes as their C1 control, as WHATWG decodes them). */
const CP1252_HIGH: readonly number[] = Array.from({ length: 128 }, (_, i) => {
  const char = i < 0x20 ? CP1252_80_9F[i] : undefined;
  return char === undefined || char === UNDEFINED ? 0x80 + i : char;
});

/** Builds a char → byte lookup over the BMP for the given high-half table and extra aliases. */
function reverseTable(high: readonly number[], aliases: readonly (readonly [number, number])[]): Int16Array {
  const table = new Int16Array(0x10000).fill(UNDEFINED);
  for (let byte = 0; byte < 0x80; byte++) table[byte] = byte;
  for (const [char, byte] of aliases) table[char] = byte;
  high.forEach((char, i) => {
    table[char] = 0x80 + i;
  });
  return table;
}

/**
 * Windows-1252, read back sloppily: a C1 control U+0080–U+009F also maps to its byte, so text
 * that went through Latin-1 (which maps those bytes to C1 controls) is repaired the same way.
 */
const CP1252_BACK = reverseTable(CP1252_HIGH, Array.from({ length: 0x20 }, (_, i) => [0x80 + i, 0x80 + i] as const));

/** Mac Roman, with the older or alternative chars some converters used for 0xBD, 0xC6 and 0xDB. */
const MAC_ROMAN_BACK = reverseTable(MAC_ROMAN_80_FF, [
  [0x2126, 0xbd], // Ω OHM SIGN for Ω GREEK CAPITAL OMEGA
  [0x0394, 0xc6], // Δ GREEK CAPITAL DELTA for ∆ INCREMENT
  [0x00a4, 0xdb], // ¤ CURRENCY SIGN, the pre-1998 0xDB
]);

/** Windows-1252 (Western European Windows). */
export const WINDOWS_1252: CodePage = {
  name: 'windows-1252',
  label: 'Windows-1252',
  toByte: (unit) => CP1252_BACK[unit] ?? UNDEFINED,
  undefinedBytes: [0x81, 0x8d, 0x8f, 0x90, 0x9d],
};

/** Mac OS Roman (classic Mac OS, some older macOS tools). */
export const MACINTOSH: CodePage = {
  name: 'macintosh',
  label: 'Mac Roman',
  toByte: (unit) => MAC_ROMAN_BACK[unit] ?? UNDEFINED,
  undefinedBytes: [],
};

/** Every page the mojibake repair tries, in order of how common its mojibake is. */
export const CODE_PAGES: readonly CodePage[] = [WINDOWS_1252, MACINTOSH];

/** Decodes single-byte text as Windows-1252 (legacy files); undefined bytes become C1 controls. */
export function decodeWindows1252(bytes: Uint8Array): string {
  return decodeSingleByte(bytes, CP1252_HIGH);
}

/** Decodes single-byte text as Mac Roman (used by tests to make mojibake). */
export function decodeMacRoman(bytes: Uint8Array): string {
  return decodeSingleByte(bytes, MAC_ROMAN_80_FF);
}

function decodeSingleByte(bytes: Uint8Array, high: readonly number[]): string {
  const units = new Uint16Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i] ?? 0;
    units[i] = byte < 0x80 ? byte : (high[byte - 0x80] ?? 0xfffd);
  }
  // Chunked so a multi-megabyte file does not overflow the argument stack.
  let text = '';
  for (let i = 0; i < units.length; i += 0x8000) {
    text += String.fromCharCode(...units.subarray(i, i + 0x8000));
  }
  return text;
}

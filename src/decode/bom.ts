/** The encodings a byte order mark can announce. */
export type BomEncoding = 'utf-8' | 'utf-16le' | 'utf-16be';

/** What the first bytes say about the encoding. */
export interface Bom {
  /** The encoding the mark announces, or `null` when the file has no BOM. */
  readonly encoding: BomEncoding | null;
  /** How many bytes the mark takes (0 without a BOM). */
  readonly length: number;
}

/**
 * Reads the byte order mark, if any:
 *
 *   EF BB BF  UTF-8       (Notepad and many Windows tools write it)
 *   FF FE     UTF-16 LE   (PowerShell `>` redirection, "Unicode" in Notepad)
 *   FE FF     UTF-16 BE
 *
 * UTF-32 marks are not recognised: FF FE 00 00 reads as UTF-16 LE, whose NUL chars then make
 * the file binary — an honest answer for an encoding no Markdown tool writes.
 */
export function sniffBom(bytes: Uint8Array): Bom {
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (a === 0xff && b === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (a === 0xfe && b === 0xff) return { encoding: 'utf-16be', length: 2 };
  return { encoding: null, length: 0 };
}

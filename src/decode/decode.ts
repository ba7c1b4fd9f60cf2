import type { Diagnostic } from '../model/diagnostic.js';
import type { EncodingReport } from '../model/document.js';
import { codeUnits, sniffBinary, type BinaryReason } from './binary.js';
import { sniffBom, type BomEncoding } from './bom.js';
import { decodeWindows1252 } from './codepages.js';
import { detectLineEndings } from './line-endings.js';
import { noRepair, repairMojibake } from './mojibake.js';
import { lineColumnInText, lineColumnInUtf8 } from './position.js';
import { binaryFile, invalidUtf8, legacyEncoding, mojibakeRepaired } from './problems.js';
import { decodeUtf16 } from './utf16.js';
import { decodeUtf8, decodeValidUtf8, scanUtf8 } from './utf8.js';

/** A document's bytes turned into text, with how that was done and what went wrong. */
export interface Decoded {
  /** The text, BOM removed. Line endings (LF, CRLF, lone CR) are kept exactly as in the file. */
  readonly text: string;
  readonly encoding: EncodingReport;
  /** Problems: invalid UTF-8, binary content, a repair that was done. */
  readonly problems: readonly Diagnostic[];
  /** True when the bytes are not text (NUL bytes etc.): callers must not extract from `text`. */
  readonly binary: boolean;
}

/** Text read from the bytes in their encoding, before any mojibake repair. */
interface Read {
  readonly text: string;
  readonly detected: string;
  readonly problems: readonly Diagnostic[];
  readonly binary: BinaryReason | null;
  /** False for a legacy 8-bit file: it never was UTF-8, so it cannot hold UTF-8 mojibake. */
  readonly repairable: boolean;
}

/**
 * Decodes a document's bytes: BOM, encoding, binary check, mojibake repair, line endings.
 * Pure and total — every input gives a result, problems become diagnostics — and linear in
 * the input's size.
 */
export function decode(bytes: Uint8Array, file: string | null = null): Decoded {
  const bom = sniffBom(bytes);
  const read = readText(bytes.subarray(bom.length), bom.encoding, file);
  const report = { detected: read.detected, bom: bom.encoding !== null };
  if (read.binary !== null) {
    const encoding = { ...report, detected: 'binary', repair: 'none', repairedFrom: null, lineEndings: 'none' } as const;
    return { text: '', encoding, problems: [binaryFile(file, read.binary)], binary: true };
  }
  const fixed = read.repairable ? repairMojibake(read.text) : noRepair(read.text);
  const problems = [...read.problems];
  if (fixed.page !== null) {
    const at = fixed.first === null ? null : lineColumnInText(read.text, fixed.first.index);
    problems.push(mojibakeRepaired(file, fixed, at));
  }
  const encoding: EncodingReport = {
    ...report,
    repair: fixed.repair,
    repairedFrom: fixed.page?.name ?? null,
    lineEndings: detectLineEndings(fixed.text),
  };
  return { text: fixed.text, encoding, problems, binary: false };
}

/** Picks the decoder: UTF-16 when a BOM says so, else UTF-8, or Windows-1252 for a legacy file. */
function readText(body: Uint8Array, bom: BomEncoding | null, file: string | null): Read {
  if (bom === 'utf-16le' || bom === 'utf-16be') {
    const text = decodeUtf16(body, bom === 'utf-16le' ? 'le' : 'be');
    return { text, detected: bom, problems: [], binary: sniffBinary(codeUnits(text)), repairable: true };
  }
  const binary = sniffBinary(body);
  if (binary !== null) return { text: '', detected: 'utf-8', problems: [], binary, repairable: false };
  const valid = decodeValidUtf8(body);
  if (valid !== null) return { text: valid, detected: 'utf-8', problems: [], binary: null, repairable: true };
  const scan = scanUtf8(body);
  // The two validators agree on every input (tests); this keeps the function total regardless.
  if (scan.firstInvalid === null) return { text: decodeUtf8(body), detected: 'utf-8', problems: [], binary: null, repairable: true };
  const at = lineColumnInUtf8(body, scan.firstInvalid.offset);
  if (!scan.hasMultiByte) {
    // High bytes and not one UTF-8 sequence: a Latin-1 / cp1252 file (`caf\xE9`), not broken UTF-8.
    const problems = [legacyEncoding(file, at)];
    return { text: decodeWindows1252(body), detected: 'windows-1252', problems, binary: null, repairable: false };
  }
  const problems = [invalidUtf8(file, scan.invalidSequences, at, scan.firstInvalid.bytes)];
  return { text: decodeUtf8(body), detected: 'utf-8', problems, binary: null, repairable: true };
}

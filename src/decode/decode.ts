import type { Diagnostic } from '../model/diagnostic.js';
import type { EncodingReport } from '../model/document.js';
import { codeUnits, sniffBinary, type BinaryReason } from './binary.js';
import { sniffBom, type BomEncoding } from './bom.js';
import { decodeWindows1252 } from './codepages.js';
import { detectLineEndings } from './line-endings.js';
import { noRepair, repairMojibake } from './mojibake.js';
import { lineColumnInText, lineColumnInUtf8 } from './position.js';
import { changedRange } from '../text/changed-range.js';
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
 * the input's size. `previous`, the file's version before (history replay), lets an edit
 * that cannot change the repair decision skip the mojibake scan.
 */
export function decode(bytes: Uint8Array, file: string | null = null, previous: Decoded | null = null): Decoded {
  const bom = sniffBom(bytes);
  const read = readText(bytes.subarray(bom.length), bom.encoding, file);
  const report = { detected: read.detected, bom: bom.encoding !== null };
  if (read.binary !== null) {
    const encoding = { ...report, detected: 'binary', repair: 'none', repairedFrom: null, lineEndings: 'none' } as const;
    return { text: '', encoding, problems: [binaryFile(file, read.binary)], binary: true };
  }
  const fixed = !read.repairable ? noRepair(read.text) : sameRepair(previous, read) ? noRepair(read.text) : repairMojibake(read.text);
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

/**
 * True when `previous` — the version of the same file before this one — needed no repair
 * and the edit between them can change nothing of the decision: ASCII replaced by ASCII, with
 * ASCII on both sides. Every mojibake sequence and non-ASCII char then stands as it was, so
 * the text still needs none (a history replays thousands of one-box edits).
 */
function sameRepair(previous: Decoded | null, read: Read): boolean {
  if (previous === null || previous.binary || previous.encoding.repair !== 'none' || previous.encoding.detected !== read.detected) return false;
  const change = changedRange(previous.text, read.text);
  return isAscii(previous.text, change.fromA - 1, change.toA + 1) && isAscii(read.text, change.fromB - 1, change.toB + 1);
}

const NOT_ASCII = /[^\x00-\x7f]/;

function isAscii(text: string, from: number, to: number): boolean {
  return !NOT_ASCII.test(text.slice(Math.max(0, from), Math.min(text.length, to)));
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

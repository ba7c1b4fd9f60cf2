import { diagnostic, type Diagnostic } from '../model/diagnostic.js';
import type { BinaryReason } from './binary.js';
import type { MojibakeResult } from './mojibake.js';
import type { LineColumn } from './position.js';

/** The rule ids the decode stage reports under. */
export const DECODE_RULES = ['invalid-utf8', 'legacy-encoding', 'binary-file', 'mojibake-repaired'] as const;

const hex = (bytes: Uint8Array): string => [...bytes].map((byte) => byte.toString(16).toUpperCase().padStart(2, '0')).join(' ');
const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;

/** Ill-formed UTF-8 that was decoded with U+FFFD in its place. */
export function invalidUtf8(file: string | null, count: number, at: LineColumn, bytes: Uint8Array): Diagnostic {
  return diagnostic({
    ruleId: 'invalid-utf8',
    severity: 'warning',
    message: `invalid UTF-8: ${plural(count, 'invalid byte sequence')}, replaced with U+FFFD; the first (${hex(bytes)}) is at line ${at.line}, column ${at.column}`,
    file,
    ...at,
    actual: hex(bytes),
  });
}

/** A legacy 8-bit file: high bytes and no UTF-8 anywhere, decoded as Windows-1252. */
export function legacyEncoding(file: string | null, at: LineColumn): Diagnostic {
  return diagnostic({
    ruleId: 'legacy-encoding',
    severity: 'info',
    message: 'not UTF-8: no byte sequence is valid UTF-8, so the file was read as Windows-1252 (Latin-1); save it as UTF-8',
    file,
    ...at,
    expected: 'utf-8',
    actual: 'windows-1252',
  });
}

/** Bytes that are not text at all. */
export function binaryFile(file: string | null, reason: BinaryReason): Diagnostic {
  const why =
    reason.kind === 'nul'
      ? `a NUL byte at offset ${reason.offset}`
      : `${Math.round(reason.share * 100)}% control characters in its first 8 KB`;
  return diagnostic({ ruleId: 'binary-file', severity: 'error', message: `looks like a binary file, not Markdown (${why})`, file });
}

/** Mojibake that was repaired. */
export function mojibakeRepaired(file: string | null, result: MojibakeResult, at: LineColumn | null): Diagnostic {
  const guessed = result.guessed > 0 ? `; ${result.guessed} of them had lost a byte, which was guessed back` : '; no byte was guessed';
  const left = result.unresolved > 0 ? `; ${plural(result.unresolved, 'sequence')} left as found (a lost byte could not be guessed)` : '';
  return diagnostic({
    ruleId: 'mojibake-repaired',
    severity: 'info',
    message: `repaired mojibake: ${plural(result.repaired, 'sequence')} of UTF-8 had been read as ${result.page?.label ?? '?'} and saved again${guessed}${left}`,
    file,
    line: at?.line ?? null,
    column: at?.column ?? null,
    actual: result.first?.found ?? null,
    expected: result.first?.repaired ?? null,
  });
}

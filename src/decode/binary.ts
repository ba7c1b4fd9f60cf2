/** How much of a file is looked at to decide whether it is text (as git does with 8000 bytes). */
export const SNIFF_LENGTH = 8192;

/** Why a file was taken for binary, for the diagnostic's message. */
export type BinaryReason =
  | { readonly kind: 'nul'; readonly offset: number }
  | { readonly kind: 'control'; readonly share: number };

/**
 * Above this share of control characters the sample is not text. Real Markdown has almost
 * none (a stray form feed or ESC from pasted terminal output), while compressed or
 * executable data is ~10 % control bytes even without NULs.
 */
const CONTROL_SHARE = 0.1;

/**
 * Decides from the first 8 KB whether bytes are binary: any NUL, or too many C0 control
 * characters. Tab, LF, VT, FF, CR and ESC are the controls text files do contain.
 * `units` reads either bytes (UTF-8 / legacy) or UTF-16 code units (after a UTF-16 BOM).
 */
export function sniffBinary(units: Uint8Array | Uint16Array): BinaryReason | null {
  const length = Math.min(units.length, SNIFF_LENGTH);
  const sample = units.subarray(0, length);
  const nul = sample.indexOf(0);
  if (nul >= 0) return { kind: 'nul', offset: nul };
  let controls = 0;
  for (let i = 0; i < length; i++) {
    const unit = sample[i]!;
    if (unit < 0x20 && !isTextControl(unit)) controls++;
  }
  const share = length === 0 ? 0 : controls / length;
  return share > CONTROL_SHARE ? { kind: 'control', share } : null;
}

function isTextControl(unit: number): boolean {
  return (unit >= 0x09 && unit <= 0x0d) || unit === 0x1b;
}

/** UTF-16 code units of the first 8 KB of a decoded text, for sniffing UTF-16 files. */
export function codeUnits(text: string): Uint16Array {
  const length = Math.min(text.length, SNIFF_LENGTH);
  const units = new Uint16Array(length);
  for (let i = 0; i < length; i++) units[i] = text.charCodeAt(i);
  return units;
}

import type { EncodingReport } from '../model/document.js';
import { CODE_PAGES, decodeMacRoman, decodeWindows1252, type CodePage } from './codepages.js';
import { scanPage, type PageScan, type Repair } from './mojibake-scan.js';

/**
 * Mojibake: UTF-8 text that was once decoded with a single-byte code page and saved again as
 * UTF-8, so each emoji or accented letter became two to four odd characters (`✅` → `âœ…`).
 * Like Python's ftfy, the repair is conservative: it works sequence by sequence, and only in
 * a document where such sequences clearly dominate. Text that is fine is never touched.
 */
export interface MojibakeResult {
  /** The text, repaired or as given. */
  readonly text: string;
  /** The code page the text had wrongly been decoded with, `null` when nothing was repaired. */
  readonly page: CodePage | null;
  readonly repair: EncodingReport['repair'];
  /** Sequences repaired. */
  readonly repaired: number;
  /** Repaired sequences for which a dropped byte was guessed. */
  readonly guessed: number;
  /** Sequences left as found because their lost byte could not be guessed. */
  readonly unresolved: number;
  /** The first repair, for the diagnostic: offset in the *original* text, old and new text. */
  readonly first: { readonly index: number; readonly found: string; readonly repaired: string } | null;
}

/** The result for text left as it is. */
export const noRepair = (text: string): MojibakeResult => ({ text, page: null, repair: 'none', repaired: 0, guessed: 0, unresolved: 0, first: null });

/**
 * Every char a code page shows for a byte of 0xC0 and above — where each UTF-8 lead byte of
 * a multi-byte sequence lies. Mojibake starts with one, so a text without any (most real
 * UTF-8, emoji and all) is left without a scan.
 */
const LEAD_IMAGES = (() => {
  const high = Uint8Array.from({ length: 0x40 }, (_, i) => 0xc0 + i);
  const chars = new Set([...decodeWindows1252(high), ...decodeMacRoman(high)]);
  const escaped = [...chars].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('');
  return new RegExp(`[${escaped}]`);
})();

/** Detects mojibake from Windows-1252 or Mac Roman and, when one clearly applies, repairs it. */
export function repairMojibake(text: string): MojibakeResult {
  if (!LEAD_IMAGES.test(text)) return noRepair(text);
  let chosen: PageScan | null = null;
  for (const page of CODE_PAGES) {
    const scan = scanPage(text, page);
    if (dominates(scan) && (chosen === null || scan.covered > chosen.covered)) chosen = scan;
  }
  return chosen === null ? noRepair(text) : apply(text, chosen);
}

/**
 * Whether the mojibake candidates found through one page are enough, and clearly enough the
 * rule, to repair the document:
 *
 * - evidence: a weight of at least 3 (see `weight`): one symbol or emoji, or three letters.
 * - dominance: at least twice as many repaired sequences as non-ASCII chars outside every
 *   sequence (see `PageScan.unresolvedChars`). In a mojibake document nearly every non-ASCII
 *   char belongs to a sequence; in real UTF-8 text the odd pair a code page happens to
 *   accept is outnumbered by the letters and emoji around it.
 */
export function dominates(scan: PageScan): boolean {
  const { repairs } = scan;
  const evidence = repairs.reduce((sum, repair, n) => sum + weight(repair, repairs[n - 1], repairs[n + 1]), 0);
  const outside = scan.nonAscii - scan.covered - scan.unresolvedChars;
  return evidence >= 3 && repairs.length >= 2 * outside;
}

/**
 * What one repair says about the document. Real text spells a symbol or an emoji of 3–4
 * bytes almost never by accident: 3, enough on its own. A Latin letter or 2-byte symbol
 * (`Ã©` → é): 1, as punctuation glued to a capital sometimes spells one (`…Ärger` through
 * Mac Roman is C9 80 = ɀ). A letter of another script counts only inside a run of repairs,
 * as mojibake of Greek, Cyrillic or Chinese text comes: alone it is more likely real text,
 * as French `Terminé\u00A0»`, which through cp1252 is E9 A0 BB = 頻.
 */
function weight(repair: Repair, before: Repair | undefined, after: Repair | undefined): number {
  if (repair.level >= 2) return (repair.text.codePointAt(0) ?? 0) >= 0x800 ? 3 : 1;
  return before?.to === repair.from || after?.from === repair.to ? 1 : 0;
}

/** Rewrites every repaired sequence; everything between them is copied as is (no line changes). */
function apply(text: string, scan: PageScan): MojibakeResult {
  let repaired = '';
  let at = 0;
  for (const repair of scan.repairs) {
    repaired += text.slice(at, repair.from) + repair.text;
    at = repair.to;
  }
  repaired += text.slice(at);
  // A UTF-8 BOM that went through the same accident (`ï»¿`) is still a BOM: drop it.
  if (scan.repairs[0]?.from === 0 && repaired.startsWith('\uFEFF')) repaired = repaired.slice(1);
  const guessed = scan.repairs.filter((repair) => repair.guessed).length;
  return {
    text: repaired,
    page: scan.page,
    repair: guessed > 0 || scan.unresolved > 0 ? 'best-effort' : 'lossless',
    repaired: scan.repairs.length,
    guessed,
    unresolved: scan.unresolved,
    first: firstRepair(text, scan.repairs[0]),
  };
}

function firstRepair(text: string, repair: Repair | undefined): MojibakeResult['first'] {
  if (repair === undefined) return null;
  return { index: repair.from, found: text.slice(repair.from, repair.to), repaired: repair.text };
}

/**
 * How likely a character is to be what a mojibake sequence really stood for. The repair only
 * rewrites text into characters a person plausibly wrote in a progress document; anything
 * else stays as found.
 */

/** 0 implausible · 1 a letter or sign of some script · 2 Latin or a common symbol · 3 emoji. */
export type Plausibility = 0 | 1 | 2 | 3;

const PICTOGRAPHIC = /^\p{Extended_Pictographic}$/u;
const PRESENTATION = /^\p{Emoji_Presentation}$/u;
/** Unassigned, private use, controls, surrogates, line/paragraph separators. */
const NOT_TEXT = /^[\p{Cn}\p{Co}\p{Cc}\p{Cs}\p{Zl}\p{Zp}]$/u;

/**
 * Latin letters and the symbol blocks progress documents use: punctuation, arrows, boxes,
 * dingbats. Of Latin Extended-B only the letters living languages write daily: the rest
 * (ɀ, Ɇ, ǂ …) is what punctuation glued to a capital spells through Mac Roman (`…Ärger`).
 */
const COMMON: readonly (readonly [number, number])[] = [
  [0x00a0, 0x017f], // Latin-1 Supplement, Latin Extended-A
  [0x0192, 0x0192], // ƒ
  [0x01a0, 0x01a1], // Ơ ơ (Vietnamese)
  [0x01af, 0x01b0], // Ư ư (Vietnamese)
  [0x01cd, 0x01dc], // Ǎ ǎ … ǜ (Pinyin)
  [0x0218, 0x021b], // Ș ș Ț ț (Romanian)
  [0x1e00, 0x1eff], // Latin Extended Additional (Vietnamese)
  [0x2010, 0x2027], // dashes, quotes, bullets, ellipsis
  [0x2030, 0x205e], // per mille, primes, guillemets
  [0x20a0, 0x20c0], // currency
  [0x2100, 0x218b], // letterlike, number forms
  [0x2190, 0x23ff], // arrows, maths, technical
  [0x2460, 0x27ff], // enclosed alphanumerics, box drawing, shapes, symbols, dingbats
  [0x2b00, 0x2bff], // arrows, squares, stars (⬜ ⭐); not 2900–2AFF, maths few documents use
  [0x3000, 0x303f], // CJK punctuation
  [0xff01, 0xffef], // full-width forms
  [0x1f000, 0x1faff], // emoji blocks
];

/**
 * Blocks whose characters turn up far more often as false repairs than as real text:
 * IPA and spacing modifiers (`É` + no-break space → U+0260), Syriac/Thaana/NKo (`ß…` → U+07C5),
 * Coptic (`â³` + a following no-break space → U+2CE0 instead of ⏳).
 */
const RARE: readonly (readonly [number, number])[] = [
  [0x0250, 0x02ff],
  [0x0700, 0x07ff],
  [0x2c80, 0x2cff],
];

const inRanges = (codePoint: number, ranges: readonly (readonly [number, number])[]): boolean =>
  ranges.some(([from, to]) => codePoint >= from && codePoint <= to);

/** True for a character that belongs in an emoji: a pictograph, VS16, the keycap mark, skin tones, tags. */
export function isEmojiPart(codePoint: number): boolean {
  return (
    PICTOGRAPHIC.test(String.fromCodePoint(codePoint)) ||
    codePoint === 0xfe0f ||
    codePoint === 0x20e3 ||
    (codePoint >= 0x1f3fb && codePoint <= 0x1f3ff) ||
    (codePoint >= 0xe0020 && codePoint <= 0xe007f)
  );
}

/** How plausible `codePoint` is as the character a mojibake sequence stood for. */
export function plausibility(codePoint: number): Plausibility {
  if (isEmojiPart(codePoint)) return 3;
  if (NOT_TEXT.test(String.fromCodePoint(codePoint)) || inRanges(codePoint, RARE)) return 0;
  if (codePoint >= 0xfdd0 && codePoint <= 0xfdef) return 0; // noncharacters
  return inRanges(codePoint, COMMON) ? 2 : 1;
}

/**
 * Characters seen in real progress documents whose UTF-8 holds a byte Windows-1252 leaves
 * undefined, most likely first. When a dropped byte must be guessed, several candidates are
 * often all emoji — `ðŸ”` is F0 9F 94 + one of 81 8D 8F 90 9D: 🔁 🔍 🔏 🔐 🔝 (or 🍔 🐔 …
 * with the byte put back earlier) — and this list is the prior that picks one. Its entries
 * never collide with each other (a test checks each comes back from its own mojibake), so
 * 🔐 and 🔁 are left out (their mojibake is 🔍's), and so is ⏭ (it is ⭐'s).
 */
export const LIKELY_GUESSES: readonly string[] = [
  '\u{FE0F}', '⏳', '❌', '🐛', '📝', '🏗', '🌐', '⏸', '🔍', '⭐', '←', '\u201D',
  '❓', '❗', '❎', '👍', '🏆', '🏠', '🏭', '⏰', '⏱', '⏩', '⏹', '⏺', '❤', '❞',
];
const GUESS_RANK = new Map(LIKELY_GUESSES.map((char, rank) => [char.codePointAt(0) ?? 0, rank]));

/**
 * Score of a character proposed by guessing a dropped byte, or `null` when it must not be
 * proposed at all. Listed characters beat any emoji; other emoji are accepted and ranked by
 * whether they display as emoji on their own; nothing else is worth a guess.
 */
export function guessScore(codePoint: number): number | null {
  const rank = GUESS_RANK.get(codePoint);
  if (rank !== undefined) return 1000 - rank;
  if (plausibility(codePoint) < 3) return null;
  return PRESENTATION.test(String.fromCodePoint(codePoint)) ? 2 : 1;
}

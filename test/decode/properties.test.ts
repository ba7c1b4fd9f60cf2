import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { decode } from '../../src/decode/index.js';
import { CODE_PAGES } from '../../src/decode/codepages.js';
import { scanPage } from '../../src/decode/mojibake-scan.js';
import { losesBytesInWindows1252, utf8, viaMacRoman, viaWindows1252 } from './make-mojibake.js';

/** True when no code page finds a single mojibake-looking sequence in `text`. */
const looksClean = (text: string): boolean =>
  CODE_PAGES.every((page) => {
    const scan = scanPage(text, page);
    return scan.repairs.length === 0 && scan.unresolved === 0;
  });

const lineCount = (text: string): number => text.split(/\r\n|\r|\n/).length;

/** Strings a text file can hold: no NUL or other binary controls, no leading BOM. */
const textLike = (text: string): boolean => !/[\u0000-\u0008\u000e-\u001a\u001c-\u001f]/.test(text) && !text.startsWith('\uFEFF');

test('property: any string encoded as UTF-8 decodes without throwing, and clean text comes back as is', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
      const result = decode(utf8(text));
      if (textLike(text)) {
        if (looksClean(text)) assert.equal(result.encoding.repair, 'none');
        if (result.encoding.repair === 'none') assert.equal(result.text, text);
      }
      if (!result.binary) assert.equal(lineCount(result.text), lineCount(text), 'repair never adds or removes lines');
    }),
    { numRuns: 2000 },
  );
});

/** What stands between two words. */
const SEPARATORS = [' ', ' ', '\n', '\r\n', ', ', ' - ', '\n- [ ] ', '\n## '];

/** Words of many languages, emoji and symbols, as real (not mojibake) documents write them. */
const FINE_WORDS = (
  'Übersicht Änderung Größe Straße Fälligkeitsdatum Öl ÜBER café Terminé ÉTÉ À être Noël cœur naïve Ça ÇA ' +
  'Índice año señal ÍNDICE São ação SÃO Việt Tiếng hoàn đang Łódź żółw ŚCIEŻKA Příliš ČESKÝ İstanbul ŞEHİR ' +
  'Þórður ÐÆÖ Øresund Åland ÆØÅ Ελληνικά ΈΤΟΙΜΟ Готово отчёт ПРИВЕТ المرحلة 继续 下一步 テスト 진행 ' +
  '✅ 🔄 ⏳ 📋 ⚠️ 🔍 🚀 ❌ 🐛 👨‍💻 ™ © ® € £ § ¶ † • ‰ ← → ≤ ≥ ½ ° µ ± × ÷ ¿ ¡ ß ÿ Ÿ ƒ'
).split(' ');
/** Punctuation glued to a word: the places real text puts two non-ASCII chars side by side. */
const BEFORE = ['', '', '«', '«\u00A0', '“', '„', '‘', '‚', '¿', '¡', '—', '…', '•'];
const AFTER = ['', '', '»', '\u00A0»', '”', '“', '’', '…', '—', '\u00A0!', '°', '™', '²'];

test('property: real text in many languages, with punctuation glued to words, is never repaired', () => {
  const word = fc.tuple(fc.constantFrom(...BEFORE), fc.constantFrom(...FINE_WORDS), fc.constantFrom(...AFTER), fc.constantFrom(...SEPARATORS));
  fc.assert(
    fc.property(fc.array(word, { minLength: 1, maxLength: 30 }), (words) => {
      const text = words.map((parts) => parts.join('')).join('');
      const result = decode(utf8(text));
      assert.equal(result.text, text);
      assert.equal(result.encoding.repair, 'none');
    }),
    { numRuns: 3000 },
  );
});

/** Pieces of normal text, accented words and symbols whose mojibake can be undone. */
const WORDS = ['Phase', 'done', 'review', '42%', '(3 days)', '**Target**', 'café', 'Übersicht', 'naïve', 'Größe', 'Noël', 'São', 'ñandú', '20°C', '©', '—', '–', '…', '„q“', '‘s’', '•', '€5', '→', '✓', '½'];
/** Emoji and symbols that stay intact through Windows-1252. */
const LOSSLESS = ['✅', '🔄', '📋', '🎯', '🚀', '🔴', '🟡', '🟢', '🚧', '📊', '📈', '🔥', '⚡', '🧪', '🎉', '⚠', '⬜', '🔲'];
/** Emoji that lose a byte in Windows-1252 and are guessed back (plausible.ts LIKELY_GUESSES). */
const GUESSED = ['“q”', '⏳', '❌', '🐛', '📝', '🏗', '🌐', '⏸', '🔍', '⭐', '❓', '❗', '👍', '🏆', '⚠️', '⏸️', '🏗️'];

const documentOf = (pieces: string[]): fc.Arbitrary<string> =>
  fc
    .tuple(
      fc.array(fc.tuple(fc.constantFrom(...pieces), fc.constantFrom(...SEPARATORS)), { maxLength: 40 }),
      fc.constantFrom(...LOSSLESS),
    )
    .map(([parts, emoji]) => `- ${emoji} ${parts.map(([piece, separator]) => piece + separator).join('')}`);

test('property: Windows-1252 mojibake without dropped bytes round-trips losslessly', () => {
  fc.assert(
    fc.property(documentOf([...WORDS, ...LOSSLESS]), (original) => {
      assert.equal(losesBytesInWindows1252(original), false);
      const result = decode(utf8(viaWindows1252(original)));
      assert.equal(result.text, original);
      assert.equal(result.encoding.repair, 'lossless');
      assert.equal(result.encoding.repairedFrom, 'windows-1252');
    }),
    { numRuns: 500 },
  );
});

test('property: Windows-1252 mojibake with dropped bytes round-trips (best effort)', () => {
  fc.assert(
    fc.property(documentOf([...WORDS, ...LOSSLESS, ...GUESSED]), (original) => {
      const result = decode(utf8(viaWindows1252(original)));
      assert.equal(result.text, original);
      assert.equal(result.encoding.repair, losesBytesInWindows1252(original) ? 'best-effort' : 'lossless');
    }),
    { numRuns: 500 },
  );
});

test('property: Mac Roman mojibake round-trips losslessly', () => {
  fc.assert(
    fc.property(documentOf([...WORDS, ...LOSSLESS, ...GUESSED, 'Ýr', 'Ída', 'Ðe']), (original) => {
      const result = decode(utf8(viaMacRoman(original)));
      assert.equal(result.text, original);
      assert.equal(result.encoding.repair, 'lossless');
      assert.equal(result.encoding.repairedFrom, 'macintosh');
    }),
    { numRuns: 500 },
  );
});

test('property: arbitrary bytes never throw and always give a consistent result', () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 600 }), (bytes) => {
      const result = decode(bytes, 'x.md');
      assert.equal(typeof result.text, 'string');
      assert.equal(result.binary, result.problems.some((problem) => problem.ruleId === 'binary-file'));
      if (result.binary) assert.equal(result.text, '');
    }),
    { numRuns: 3000 },
  );
});

test('property: arbitrary bytes with high bytes and no NUL never throw (exercises UTF-8 errors, legacy and repair)', () => {
  const byte = fc.oneof(fc.integer({ min: 0x20, max: 0x7e }), fc.integer({ min: 0x80, max: 0xff }), fc.constant(0x0a));
  fc.assert(
    fc.property(fc.array(byte, { maxLength: 400 }), (values) => {
      const result = decode(Uint8Array.from(values));
      assert.equal(result.binary, false);
    }),
    { numRuns: 3000 },
  );
});

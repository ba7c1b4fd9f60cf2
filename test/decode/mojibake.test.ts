import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decode } from '../../src/decode/index.js';
import { repairMojibake } from '../../src/decode/mojibake.js';
import { LIKELY_GUESSES } from '../../src/decode/plausible.js';
import { losesBytesInWindows1252, utf8, viaMacRoman, viaWindows1252 } from './make-mojibake.js';

/** A synthetic progress document (written for these tests, not taken from seeds or corpus). */
const DOC = [
  '# Release Tracker — Q3',
  '',
  '## Milestones',
  '- ✅ **M1: Parser** (100% Complete)',
  '- 🔄 **M2: Dashboard** (40% Complete)',
  '- 📋 **M3: Docs** (0% Complete)',
  '',
  '| Area | Status |',
  '|------|--------|',
  '| API | ✅ Done |',
  '| CLI | 🚧 WIP |',
  '',
  '> „Ship it“ — naïve café owner, 20°C',
  '',
].join('\n');

test('synthetic Windows-1252 mojibake without dropped bytes is repaired losslessly', () => {
  assert.equal(losesBytesInWindows1252(DOC), false);
  const mojibake = viaWindows1252(DOC);
  assert.match(mojibake, /âœ…/);
  const result = decode(utf8(mojibake), 'tracker.md');
  assert.equal(result.text, DOC);
  assert.deepEqual(result.encoding, { detected: 'utf-8', bom: false, repair: 'lossless', repairedFrom: 'windows-1252', lineEndings: 'lf' });
  assert.equal(result.problems.length, 1);
  const [problem] = result.problems;
  assert.equal(problem?.ruleId, 'mojibake-repaired');
  assert.equal(problem?.severity, 'info');
  assert.equal(problem?.file, 'tracker.md');
  assert.match(problem?.message ?? '', /Windows-1252/);
  assert.match(problem?.message ?? '', /no byte was guessed/);
  assert.deepEqual([problem?.line, problem?.column], [1, 19]); // the em dash in the title
  assert.deepEqual([problem?.actual, problem?.expected], ['â€”', '—']);
});

test('synthetic Windows-1252 mojibake with dropped bytes is repaired best-effort', () => {
  const original = `${DOC}- ⏳ waiting\n### Risks ⚠️\n- 🔍 review “later”\n- ❌ dropped\n- 🐛 bugs, 📝 notes\n`;
  assert.equal(losesBytesInWindows1252(original), true);
  const mojibake = viaWindows1252(original);
  assert.ok(mojibake.includes('â³ waiting'));
  const result = decode(utf8(mojibake));
  assert.equal(result.text, original);
  assert.equal(result.encoding.repair, 'best-effort');
  assert.equal(result.encoding.repairedFrom, 'windows-1252');
  // ⏳, the VS16 of ⚠️, 🔍, the ” of “later”, ❌, 🐛 and 📝
  assert.match(result.problems[0]?.message ?? '', /7 of them had lost a byte/);
});

test('text that went through Latin-1 (C1 controls kept) is repaired losslessly as Windows-1252', () => {
  const original = `${DOC}- ⏳ waiting ⚠️\n`;
  const result = decode(utf8(viaWindows1252(original, { drop: false })));
  assert.equal(result.text, original);
  assert.equal(result.encoding.repair, 'lossless');
});

test('synthetic Mac Roman mojibake is repaired losslessly', () => {
  const original = `${DOC}- 🔴 critical 🟡 watch 🎯 goal ❌ no ⏳ ⚠️ 🔍\n`;
  const mojibake = viaMacRoman(original);
  assert.match(mojibake, /‚úÖ/);
  assert.ok(mojibake.includes('\uF8FF'));
  const result = decode(utf8(mojibake));
  assert.equal(result.text, original);
  assert.deepEqual(result.encoding, { detected: 'utf-8', bom: false, repair: 'lossless', repairedFrom: 'macintosh', lineEndings: 'lf' });
  assert.match(result.problems[0]?.message ?? '', /Mac Roman/);
});

test('emoji ZWJ sequences survive, and "â€" + dropped byte is ” outside them', () => {
  const original = '- 👨‍💻 dev “quoted” ✅\n- 👩‍🔬 research ✅\n';
  const result = decode(utf8(viaWindows1252(original)));
  assert.equal(result.text, original);
});

test('a mojibake UTF-8 BOM (ï»¿) at the start is removed with the repair', () => {
  const original = '\uFEFF# Plan ✅\n- 🔄 going\n';
  const result = decode(utf8(viaWindows1252(original)));
  assert.equal(result.text, original.slice(1));
});

test('a dropped byte that cannot be told is left as found and reported', () => {
  // 🔐 (F0 9F 94 90) loses 0x90: "ðŸ”" — 🔁 🔍 🔏 🔐 🔝 🍔 🐔 all fit; the prior picks 🔍.
  // 🍛 (F0 9F 8D 9B) loses 0x8D: "ðŸ›" — 🍛 🏛 🐛 🛁 🛍 … ; the prior picks 🐛.
  // 🏹 (F0 9F 8F B9) loses 0x8F: "ðŸ¹" — 🍹 🏹 🐹 all fit equally: left as found.
  const result = repairMojibake(viaWindows1252('# Hunt ✅ 🔄\n- 🏹 bow\n'));
  assert.equal(result.text, '# Hunt ✅ 🔄\n- ðŸ¹ bow\n');
  assert.equal(result.unresolved, 1);
  assert.equal(result.repair, 'best-effort');
  const decoded = decode(utf8(viaWindows1252('# Hunt ✅ 🔄\n- 🏹 bow\n')));
  assert.match(decoded.problems[0]?.message ?? '', /1 sequence left as found \(a lost byte could not be guessed\)/);
});

test('a letter that lost its byte (Í → "Ã", с → "Ñ") is left as found: no guess among letters', () => {
  const result = repairMojibake(viaWindows1252('# ÍNDICE ✅ 🔄\n- Статус\n'));
  assert.equal(result.text, '# ÃNDICE ✅ 🔄\n- СтатуÑ\n');
  assert.equal(result.repaired, 7);
  assert.equal(result.unresolved, 2);
  assert.equal(result.repair, 'best-effort');
});

test('one or two 2-byte pairs alone are not evidence enough; three are, and so is one emoji', () => {
  assert.equal(repairMojibake('cafÃ©').repair, 'none');
  assert.equal(repairMojibake('cafÃ© and crÃ¨me').repair, 'none');
  assert.equal(repairMojibake('cafÃ©, crÃ¨me, Ã©tÃ©').text, 'café, crème, été');
  assert.equal(repairMojibake('done âœ…').repair, 'lossless');
});

test('mojibake mixed into a document that is mostly real UTF-8 is left alone', () => {
  const text = 'Übersicht: Fälligkeitsdatum, Größe, Straße, Überprüfung ✅ 🔄 📋 — 20°C, “ok” âœ…\n';
  assert.equal(repairMojibake(text).repair, 'none');
});

test('Greek, Cyrillic and Chinese mojibake (letters in runs, no emoji) is repaired', () => {
  const original = '## Готово, отчёт\n- [x] Έτοιμο\n- [ ] 继续下一步\n';
  const result = decode(utf8(viaWindows1252(original)));
  assert.equal(result.text, original);
  assert.equal(result.encoding.repairedFrom, 'windows-1252');
});

test('every character of the guess prior comes back from its own dropped-byte mojibake', () => {
  for (const char of LIKELY_GUESSES) {
    const original = `# Plan ✅ 🔄\n- ${char} item\n- x${char}\n`;
    assert.equal(losesBytesInWindows1252(char), true, `${char} loses no byte: it needs no place in the list`);
    assert.equal(repairMojibake(viaWindows1252(original)).text, original, `${char} U+${(char.codePointAt(0) ?? 0).toString(16)}`);
  }
});

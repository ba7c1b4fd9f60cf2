import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decode } from '../../src/decode/index.js';
import { readDecodeFixture as readFixture } from '../helpers/shared.js';
import { utf8 } from './make-mojibake.js';

/** Real-world text that merely contains non-ASCII characters: it must come out untouched. */
const FINE = [
  'Übersicht',
  'Fälligkeitsdatum: 15.06.2025',
  'Größe, Straße, Maße',
  'café',
  'Terminé',
  'TERMINÉ\u00A0!',
  'ÉTÉ\u00A0» «\u00A0À',
  'Terminé\u00A0»',
  '“Über” ‘Änderung’',
  '…Übersicht …Ärger',
  '…Ça «ÇA»',
  'Änderung',
  'ÍNDICE',
  'SÃO PAULO',
  'Fuß…',
  'Tiếng Việt: Hoàn thành',
  'المرحلة الأولى',
  '继续下一步，确认信息',
  '✅ 🔄 ⏳ 📋 ⚠️ 🔍 👨‍💻 🏳️‍🌈',
  '©',
  '°C',
  '—',
  '…',
  '“quotes”',
  '« Ça va ? » — «Ça»',
  '5×© and Ö° and ß²',
  '\uFFFD in a heading',
  '\u00A0',
];

for (const text of FINE) {
  test(`fine text is left unchanged: ${JSON.stringify(text)}`, () => {
    for (const variant of [text, `# ${text}\n- [ ] ${text}\n`]) {
      const result = decode(utf8(variant));
      assert.equal(result.text, variant);
      assert.equal(result.encoding.repair, 'none');
      assert.equal(result.encoding.repairedFrom, null);
      assert.deepEqual(result.problems, []);
    }
  });
}

test('the multilingual fixture (German, French, Vietnamese, Arabic, CJK, Greek, Russian, emoji) is unchanged', () => {
  const bytes = readFixture('fine-text.md');
  const result = decode(bytes, 'fine-text.md');
  assert.equal(result.text, new TextDecoder().decode(bytes));
  assert.equal(result.encoding.repair, 'none');
  assert.deepEqual(result.problems, []);
});

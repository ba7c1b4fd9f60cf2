import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decode } from '../../src/decode/index.js';
import { detectLineEndings } from '../../src/decode/line-endings.js';
import { utf8, viaWindows1252 } from './make-mojibake.js';

const CASES = [
  ['lf', '# A\n- [ ] b\n'],
  ['crlf', '# A\r\n- [ ] b\r\n'],
  ['cr', '# A\r- [ ] b\r'],
  ['mixed', '# A\r\n- [ ] b\n- [x] c\r'],
  ['mixed', 'a\nb\r\n'],
  ['none', '# only one line'],
  ['none', ''],
] as const;

for (const [kind, text] of CASES) {
  test(`line endings ${JSON.stringify(text)} → ${kind}, text kept byte for byte`, () => {
    const bytes = utf8(text);
    const result = decode(bytes);
    assert.equal(result.encoding.lineEndings, kind);
    assert.deepEqual(utf8(result.text), bytes);
  });
}

test('a CRLF split by nothing else is one ending, not a CR and an LF', () => {
  assert.equal(detectLineEndings('a\r\nb\r\nc'), 'crlf');
  assert.equal(detectLineEndings('\r\n\r\n'), 'crlf');
  assert.equal(detectLineEndings('\n\r'), 'mixed');
});

test('repairing mojibake keeps CRLF, lone CR and every line', () => {
  const original = '# Status ✅\r\n- ⏳ next\r- 🔄 now\n- 📋 later\r\n';
  const result = decode(utf8(viaWindows1252(original)));
  assert.equal(result.text, original);
  assert.equal(result.encoding.lineEndings, 'mixed');
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decode } from '../../src/decode/index.js';
import { utf8 } from './make-mojibake.js';

const concat = (...parts: ArrayLike<number>[]): Uint8Array => Uint8Array.from(parts.flatMap((part) => [...Array.from(part)]));

/** UTF-16 code units of `text` as bytes, little- or big-endian. */
function utf16(text: string, endian: 'le' | 'be'): number[] {
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    const pair = [unit & 0xff, unit >> 8];
    bytes.push(...(endian === 'le' ? pair : pair.reverse()));
  }
  return bytes;
}

const SAMPLE = '# Plan ✅\r\n- [x] Übersicht 🔄\r\n- [ ] café\r\n';

test('UTF-8 BOM is stripped and reported', () => {
  const result = decode(concat([0xef, 0xbb, 0xbf], utf8(SAMPLE)));
  assert.equal(result.text, SAMPLE);
  assert.deepEqual(result.encoding, { detected: 'utf-8', bom: true, repair: 'none', repairedFrom: null, lineEndings: 'crlf' });
  assert.deepEqual(result.problems, []);
});

test('only the first BOM is a BOM: a second U+FEFF stays in the text', () => {
  const result = decode(concat([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf], utf8('x')));
  assert.equal(result.text, '\uFEFFx');
});

test('no BOM: UTF-8, bom false', () => {
  const result = decode(utf8(SAMPLE));
  assert.equal(result.text, SAMPLE);
  assert.equal(result.encoding.bom, false);
  assert.equal(result.encoding.detected, 'utf-8');
});

for (const endian of ['le', 'be'] as const) {
  test(`UTF-16 ${endian.toUpperCase()} with BOM is decoded, BOM stripped, emoji (surrogate pairs) intact`, () => {
    const bom = endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff];
    const result = decode(concat(bom, utf16(SAMPLE, endian)), 'notes.md');
    assert.equal(result.text, SAMPLE);
    assert.equal(result.binary, false);
    assert.deepEqual(result.encoding, { detected: `utf-16${endian}`, bom: true, repair: 'none', repairedFrom: null, lineEndings: 'crlf' });
    assert.deepEqual(result.problems, []);
  });
}

test('UTF-16 with an odd trailing byte does not throw; the lost byte becomes U+FFFD', () => {
  const result = decode(concat([0xff, 0xfe], utf16('ok', 'le'), [0x41]));
  assert.equal(result.text, 'ok\uFFFD');
});

test('UTF-16 without a BOM is taken for binary (NUL bytes), not misread', () => {
  const result = decode(Uint8Array.from(utf16('# Title\n', 'le')));
  assert.equal(result.binary, true);
});

test('an empty file is empty UTF-8 text with no line endings', () => {
  const result = decode(new Uint8Array(0));
  assert.equal(result.text, '');
  assert.deepEqual(result.encoding, { detected: 'utf-8', bom: false, repair: 'none', repairedFrom: null, lineEndings: 'none' });
  assert.equal(result.binary, false);
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decode } from '../../src/decode/index.js';
import { utf8 } from './make-mojibake.js';

const PNG_HEADER = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52];

function assertBinary(bytes: Uint8Array, reason: RegExp): void {
  const result = decode(bytes, 'img.md');
  assert.equal(result.binary, true);
  assert.equal(result.text, '');
  assert.equal(result.encoding.detected, 'binary');
  assert.equal(result.problems.length, 1);
  const [problem] = result.problems;
  assert.equal(problem?.ruleId, 'binary-file');
  assert.equal(problem?.severity, 'error');
  assert.equal(problem?.file, 'img.md');
  assert.match(problem?.message ?? '', /looks like a binary file, not Markdown/);
  assert.match(problem?.message ?? '', reason);
}

test('a PNG header is binary', () => {
  assertBinary(Uint8Array.from([...PNG_HEADER, 0x00, 0x00, 0x01, 0x00]), /NUL byte at offset 8/);
});

test('pseudo-random bytes with NULs are binary', () => {
  let seed = 42;
  const bytes = Uint8Array.from({ length: 4096 }, () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) >> 23);
  bytes[100] = 0;
  assertBinary(bytes, /NUL byte/);
});

test('many control characters without NUL are binary', () => {
  const bytes = Uint8Array.from({ length: 200 }, (_, i) => (i % 4 === 0 ? 0x01 + (i % 7) : 0x41));
  assertBinary(bytes, /control characters/);
});

test('a NUL after the first 8 KB does not make a text file binary', () => {
  const bytes = new Uint8Array([...utf8('a'.repeat(9000)), 0x00]);
  assert.equal(decode(bytes).binary, false);
});

test('tabs, form feeds, ESC and a few stray controls are still text', () => {
  const text = '# Title\f\n\tindented\n\u001b[1mbold\u001b[0m\n- [ ] item\u0007\n';
  const result = decode(utf8(text));
  assert.equal(result.binary, false);
  assert.equal(result.text, text);
});

test('UTF-16 with a BOM holding NUL characters is binary', () => {
  assertBinary(Uint8Array.from([0xff, 0xfe, 0x41, 0x00, 0x00, 0x00, 0x42, 0x00]), /NUL byte/);
});

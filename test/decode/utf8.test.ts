import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decode } from '../../src/decode/index.js';
import { scanUtf8 } from '../../src/decode/utf8.js';
import { utf8 } from './make-mojibake.js';

const concat = (...parts: ArrayLike<number>[]): Uint8Array => Uint8Array.from(parts.flatMap((part) => Array.from(part)));

test('invalid UTF-8: decoded with U+FFFD, one warning with count and first position', () => {
  // line 3 is "- ✅ caf" + E9 (a Latin-1 é) + " ok", in an otherwise UTF-8 file
  const bytes = concat(utf8('# Plan 🔄\r\n\n- ✅ caf'), [0xe9], utf8(' ok\n- [ ] x'), [0xff], utf8('\n'));
  const result = decode(bytes, 'docs/progress.md');
  assert.equal(result.text, '# Plan 🔄\r\n\n- ✅ caf\uFFFD ok\n- [ ] x\uFFFD\n');
  assert.equal(result.encoding.detected, 'utf-8');
  assert.equal(result.binary, false);
  assert.equal(result.problems.length, 1);
  const [problem] = result.problems;
  assert.ok(problem);
  assert.equal(problem.ruleId, 'invalid-utf8');
  assert.equal(problem.severity, 'warning');
  assert.equal(problem.file, 'docs/progress.md');
  assert.equal(problem.line, 3);
  assert.equal(problem.column, 8); // "- ✅ caf" is 7 UTF-16 units
  assert.match(problem.message, /2 invalid byte sequences/);
  assert.match(problem.message, /line 3, column 8/);
  assert.equal(problem.actual, 'E9');
});

test('file defaults to null in diagnostics', () => {
  const result = decode(concat(utf8('✅ '), [0xc3]));
  assert.equal(result.problems[0]?.file, null);
  assert.equal(result.problems[0]?.line, 1);
  assert.equal(result.problems[0]?.column, 3);
});

test('lone CR counts as a line break when locating the first invalid byte', () => {
  const result = decode(concat(utf8('a\rb\r\n→ '), [0x80]));
  assert.equal(result.problems[0]?.line, 3);
  assert.equal(result.problems[0]?.column, 3);
});

test('invalid-sequence count equals the U+FFFD TextDecoder emits (maximal subparts)', () => {
  const samples: number[][] = [
    [0xe2, 0x9c, 0x41], // cut short: 1
    [0xed, 0xa0, 0x80], // surrogate: 3
    [0xf0, 0x80, 0x80, 0x80], // overlong: 4
    [0xf4, 0x90, 0x80, 0x80], // past U+10FFFF: 4
    [0xc0, 0xaf], // overlong /: 2
    [0xf0, 0x9f, 0x94], // truncated at end: 1
    [0xe2, 0x9c, 0x85, 0xff, 0xfe], // valid ✅ then 2
  ];
  for (const sample of samples) {
    const bytes = Uint8Array.from(sample);
    const replacements = [...new TextDecoder().decode(bytes)].filter((char) => char === '\uFFFD').length;
    assert.equal(scanUtf8(bytes).invalidSequences, replacements, sample.map((b) => b.toString(16)).join(' '));
  }
});

test('legacy 8-bit file (Latin-1 "café", no UTF-8 sequence at all) is read as Windows-1252', () => {
  const bytes = concat(utf8('# Menu\n- caf'), [0xe9], utf8(' \u0022ok\u0022 '), [0x93, 0x71, 0x94], utf8(' 20'), [0xb0], utf8('C\n'));
  const result = decode(bytes, 'menu.md');
  assert.equal(result.text, '# Menu\n- café "ok" “q” 20°C\n');
  assert.equal(result.encoding.detected, 'windows-1252');
  assert.equal(result.encoding.repair, 'none');
  assert.equal(result.problems.length, 1);
  assert.equal(result.problems[0]?.ruleId, 'legacy-encoding');
  assert.equal(result.problems[0]?.severity, 'info');
  assert.equal(result.problems[0]?.line, 2);
  assert.equal(result.problems[0]?.column, 6);
});

test('one valid UTF-8 sequence makes the file UTF-8 with invalid bytes, not legacy', () => {
  const result = decode(concat(utf8('✅ caf'), [0xe9]));
  assert.equal(result.encoding.detected, 'utf-8');
  assert.equal(result.text, '✅ caf\uFFFD');
  assert.equal(result.problems[0]?.ruleId, 'invalid-utf8');
});

test('a genuine U+FFFD in valid UTF-8 is kept and is not a problem', () => {
  const text = '### \uFFFD 4.3 Serialization\n';
  const result = decode(utf8(text));
  assert.equal(result.text, text);
  assert.deepEqual(result.problems, []);
});

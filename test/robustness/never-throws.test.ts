/**
 * Whatever the bytes, `analyze` returns a report — no exception, and no `internal-error`
 * finding (a throw analyze caught is still a crash of ours) — and every line it points at is a
 * line of the document (1..doc.lines). PRODUCT.md: "Bad input … never a crash".
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { FULL_GRAMMAR, markdownDocument } from '../helpers/markdown-arbitrary.js';
import { analyzeText } from '../helpers/report.js';
import { linesOutOfRange } from '../helpers/spans.js';

/** Analyses the input and checks the report's lines; the property fast-check runs. */
function analyzesCleanly(input: string | Uint8Array): void {
  const report = analyzeText(input, 'fuzz.md');
  assert.ok(Number.isInteger(report.doc.lines) && report.doc.lines >= 1, `doc.lines = ${report.doc.lines}`);
  assert.deepEqual(linesOutOfRange(report), [], `lines outside 1..${report.doc.lines}`);
  assert.deepEqual(report.findings.filter((f) => f.ruleId === 'internal-error').map((f) => f.message), []);
}

/** Characters that make Markdown structure, so random strings reach the block and inline parsers. */
const MARKDOWN_CHARS = [...'-*+_[]xX >\t\n\r#|`~<!/0123456789.):\\', ' ', ' ', 'a', '✅', '🔄', '%', '\u00A0', '\uFEFF', '\u0000'];

test('never throws: random strings of any Unicode code point', () => {
  fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300, size: 'max' }), analyzesCleanly), { seed: 20261122, numRuns: 1500 });
});

test('never throws: random strings of Markdown punctuation', () => {
  fc.assert(fc.property(fc.string({ unit: fc.constantFrom(...MARKDOWN_CHARS), maxLength: 400, size: 'max' }), analyzesCleanly), { seed: 20261122, numRuns: 2000 });
});

test('never throws: random bytes', () => {
  fc.assert(fc.property(fc.uint8Array({ maxLength: 600, size: 'max' }), analyzesCleanly), { seed: 20261122, numRuns: 1500 });
});

test('never throws: random bytes after a UTF-8 or UTF-16 byte order mark', () => {
  const bom = fc.constantFrom([0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff]);
  fc.assert(fc.property(bom, fc.uint8Array({ maxLength: 300, size: 'max' }), (head, rest) => analyzesCleanly(new Uint8Array([...head, ...rest]))), { seed: 20261122, numRuns: 600 });
});

test('never throws: documents from the Markdown grammar', () => {
  fc.assert(fc.property(markdownDocument(FULL_GRAMMAR), analyzesCleanly), { seed: 20261122, numRuns: 1500 });
});

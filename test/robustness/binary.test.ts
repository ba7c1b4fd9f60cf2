/**
 * Binary files and invalid UTF-8 become findings, never exceptions and never items
 * (PRODUCT.md, "Bad input … gives a finding … naming the file and line").
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { analyzeText } from '../helpers/report.js';
import { itemsOf } from '../helpers/report.js';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
/** A PNG's first chunk header: length 13, `IHDR` — binary from byte 8 on (NUL bytes). */
const IHDR = [0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52];
const utf8 = (text: string): number[] => [...new TextEncoder().encode(text)];

test('binary: a PNG header and random bytes give a binary-file finding and no items', () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 2_000, size: 'max' }), (rest) => {
      const report = analyzeText(new Uint8Array([...PNG_SIGNATURE, ...IHDR, ...rest]), 'logo.png');
      assert.deepEqual(report.findings.map((f) => f.ruleId), ['binary-file']);
      assert.equal(report.findings[0]?.file, 'logo.png');
      assert.equal(report.doc.encoding.detected, 'binary');
      assert.deepEqual(itemsOf(report), []);
      assert.deepEqual({ ...report.progress.tasks }, { done: 0, total: 0 });
    }),
    { seed: 20261122, numRuns: 300 },
  );
});

test('binary: Markdown-looking text after a NUL byte is still binary, not tasks', () => {
  const report = analyzeText(new Uint8Array([...utf8('# Plan\n- [x] a\n'), 0x00, ...utf8('- [ ] b\n')]), 'plan.md');
  assert.deepEqual(report.findings.map((f) => f.ruleId), ['binary-file']);
  assert.deepEqual({ ...report.progress.tasks }, { done: 0, total: 0 });
});

test('invalid UTF-8: an invalid-utf8 finding with the line of the first bad byte; tasks still read', () => {
  // A valid multi-byte sequence (✅) makes the file UTF-8; 0xFF on line 4 is invalid in UTF-8.
  const bytes = new Uint8Array([...utf8('# Tâches ✅\n\n- [x] café\n- [ ] thé '), 0xff, ...utf8('\n- [ ] après\n')]);
  const report = analyzeText(bytes, 'todo.md');
  const finding = report.findings.find((f) => f.ruleId === 'invalid-utf8');
  assert.ok(finding, `no invalid-utf8 finding: ${report.findings.map((f) => f.ruleId).join(', ')}`);
  assert.equal(finding.line, 4);
  assert.equal(finding.file, 'todo.md');
  assert.deepEqual({ ...report.progress.tasks }, { done: 1, total: 3 });
});

test('invalid UTF-8: random bad bytes spliced into UTF-8 text never throw and always point at a line', () => {
  const line = fc.constantFrom('- [ ] tâche ✅', '- [x] done 🔄', '| a | ✅ Done |', '# Phase 1 ⏳', '');
  const bad = fc.constantFrom([0xff], [0xc3], [0xe2, 0x9c], [0xf0, 0x9f, 0x94], [0xed, 0xa0, 0x80], [0xc0, 0xaf], [0x80]);
  fc.assert(
    fc.property(fc.array(line, { minLength: 1, maxLength: 20, size: 'max' }), bad, fc.nat(), (lines, junk, at) => {
      // A ✅ at both ends: the junk can break one, and the other keeps the file UTF-8 (not legacy).
      const text = new TextEncoder().encode(`✅ start\n${lines.join('\n')}\n✅ end\n`);
      const cut = at % (text.length + 1);
      const report = analyzeText(new Uint8Array([...text.subarray(0, cut), ...junk, ...text.subarray(cut)]), 'x.md');
      const finding = report.findings.find((f) => f.ruleId === 'invalid-utf8');
      assert.ok(finding, `no invalid-utf8 finding: ${report.findings.map((f) => f.ruleId).join(', ')}`);
      assert.ok(finding.line !== null && finding.line >= 1 && finding.line <= report.doc.lines, `line ${finding.line} of ${report.doc.lines}`);
      // The only bad bytes are the junk (or a sequence it cut): both on the line it went into.
      const line = 1 + text.subarray(0, cut).filter((byte) => byte === 0x0a).length;
      assert.equal(finding.line, line);
    }),
    { seed: 20261122, numRuns: 500 },
  );
});

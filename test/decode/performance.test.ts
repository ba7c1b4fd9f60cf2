import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decode } from '../../src/decode/index.js';
import { utf8, viaWindows1252 } from './make-mojibake.js';

const FIVE_MB = 5 * 1024 * 1024;

/** Repeats `line` up to about `size` bytes of UTF-8. */
const documentOfSize = (line: string, size: number): Uint8Array => utf8(line.repeat(Math.ceil(size / utf8(line).length)));

const CASES: readonly (readonly [string, Uint8Array])[] = [
  ['clean UTF-8 with emoji and umlauts', documentOfSize('- [x] Übersicht ✅ fertig — 100% 🔄 “ok”\r\n', FIVE_MB)],
  ['Windows-1252 mojibake with dropped bytes', documentOfSize(viaWindows1252('- ⏳ **Phase 2** ✅ 🔍 ⚠️ — done\n'), FIVE_MB)],
  ['invalid UTF-8 everywhere', documentOfSize('caf\u00E9 ✅ \uFFFD\n', FIVE_MB).map((byte) => (byte === 0xbd ? 0xff : byte))],
  ['pathological: lead bytes only', documentOfSize('ðððððððð', FIVE_MB)],
];

for (const [name, bytes] of CASES) {
  test(`5 MB, ${name}: decodes in well under a second`, () => {
    const started = performance.now();
    const result = decode(bytes);
    const elapsed = performance.now() - started;
    assert.ok(result.text.length > 0);
    assert.ok(elapsed < 1000, `took ${elapsed.toFixed(0)} ms`);
  });
}

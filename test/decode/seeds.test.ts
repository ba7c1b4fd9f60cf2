import assert from 'node:assert/strict';
import { test, type TestContext } from 'node:test';
import { decode, type Decoded } from '../../src/decode/index.js';
import { listShared, readShared, sharedAvailable } from '../helpers/shared.js';

/** Decodes `../shared/seeds/<prefix>_*.txt`, or skips / fails when `../shared` is missing. */
function decodeSeed(t: TestContext, prefix: string): { result: Decoded; plain: string } | null {
  const name = listShared('seeds', '.txt').find((file) => file.startsWith(`${prefix}_`));
  if (sharedAvailable() && name === undefined) assert.fail(`../shared/seeds/${prefix}_*.txt not found`);
  const bytes = readShared(t, `seeds/${name ?? `${prefix}_*.txt`}`);
  return bytes === null ? null : { result: decode(bytes, name ?? null), plain: new TextDecoder().decode(bytes) };
}

const lineCount = (text: string): number => text.split(/\r\n|\r|\n/).length;

test('seeds/000: Windows-1252 mojibake with dropped bytes is repaired (best effort)', (t) => {
  const seed = decodeSeed(t, '000');
  if (seed === null) return;
  const { result, plain } = seed;
  assert.deepEqual(result.encoding, { detected: 'utf-8', bom: false, repair: 'best-effort', repairedFrom: 'windows-1252', lineEndings: 'lf' });
  for (const icon of ['⏳', '\u26A0\uFE0F', '🔍', '✅', '🔄', '📋']) assert.ok(result.text.includes(icon), `missing ${icon}`);
  for (const junk of ['â€', 'âœ', 'ðŸ', 'â³', 'Ã']) assert.ok(!result.text.includes(junk), `still holds ${junk}`);
  assert.equal(lineCount(result.text), lineCount(plain));
  const lines = result.text.split('\n');
  assert.equal(lines[10], '- 🔄 **Phase 1: Foundation Setup** (20% Complete - In Progress)');
  assert.ok(lines[11]?.startsWith('- ⏳ **Phase 2'), lines[11]);
  assert.ok(lines.includes('### Medium Risk Items ⚠️'));
  assert.ok(lines.includes('### Minor Considerations 🔍'));
  assert.ok(lines.includes('### Documentation & Planning ✅'));
  const problems = result.problems.map((problem) => problem.ruleId);
  assert.deepEqual(problems, ['mojibake-repaired']);
  assert.match(result.problems[0]?.message ?? '', /Windows-1252/);
  assert.match(result.problems[0]?.message ?? '', /20 sequences.*5 of them had lost a byte/);
});

test('seeds/003: Mac Roman mojibake is repaired losslessly (Mac Roman defines every byte)', (t) => {
  const seed = decodeSeed(t, '003');
  if (seed === null) return;
  const { result, plain } = seed;
  assert.deepEqual(result.encoding, { detected: 'utf-8', bom: false, repair: 'lossless', repairedFrom: 'macintosh', lineEndings: 'lf' });
  for (const icon of ['✅', '🔴', '🟡', '🔄', '📋', '🎯', '❌']) assert.ok(result.text.includes(icon), `missing ${icon}`);
  for (const junk of ['‚Ä', '‚úÖ', 'üî', '\uF8FF']) assert.ok(!result.text.includes(junk), `still holds ${junk}`);
  assert.equal(lineCount(result.text), lineCount(plain));
  assert.ok(result.text.split('\n').includes('### Phase 1 MVP Status: **95% Complete** ✅'));
  assert.deepEqual(
    result.problems.map((problem) => problem.ruleId),
    ['mojibake-repaired'],
  );
  assert.match(result.problems[0]?.message ?? '', /Mac Roman.*no byte was guessed/);
});

for (const prefix of ['001', '002', '004']) {
  test(`seeds/${prefix}: real UTF-8, left exactly as it is`, (t) => {
    const seed = decodeSeed(t, prefix);
    if (seed === null) return;
    assert.equal(seed.result.text, seed.plain);
    assert.equal(seed.result.encoding.repair, 'none');
    assert.equal(seed.result.encoding.repairedFrom, null);
    assert.deepEqual(seed.result.problems, []);
  });
}

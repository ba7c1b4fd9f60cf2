import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decode } from '../../src/decode/index.js';
import { listShared, readShared, sharedPath } from '../helpers/shared.js';

const files = listShared('corpus', '.md');

if (files.length === 0) {
  test('corpus: every ../shared/corpus/*.md is left as it is', (t) => {
    if (sharedPath(t, 'corpus') === null) return; // skipped (or failed in CI): ../shared missing
    assert.fail('../shared/corpus holds no .md file');
  });
}

for (const name of files) {
  test(`corpus/${name}: no false repair, text equals the plain UTF-8 decoding`, (t) => {
    const bytes = readShared(t, `corpus/${name}`);
    if (bytes === null) return;
    const result = decode(bytes, name);
    assert.equal(result.binary, false);
    assert.equal(result.encoding.repair, 'none');
    assert.equal(result.text, new TextDecoder().decode(bytes));
    assert.deepEqual(result.problems, []);
  });
}

test('corpus/042.md keeps its genuine U+FFFD heading', (t) => {
  const bytes = readShared(t, 'corpus/042.md');
  if (bytes === null) return;
  assert.ok(decode(bytes).text.includes('### \uFFFD 4.3 Serialization System'));
});

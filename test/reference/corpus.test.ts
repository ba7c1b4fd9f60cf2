/**
 * On every real document of `../shared` (seeds and corpus), Headway's GitHub task count equals
 * the reference's (micromark + GFM, test/helpers/reference.ts).
 *
 * The reference reads the bytes as GitHub does — plain UTF-8, mojibake and all — while Headway
 * reads its repaired text: the counts must agree anyway, since repairing mojibake must never
 * add or remove a task. The reference is also run on the repaired text, so a mismatch tells
 * which of the two moved.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { decode } from '../../src/decode/index.js';
import { referenceTasks } from '../helpers/reference.js';
import { analyzeText } from '../helpers/report.js';
import { corpusDocs, listShared, readShared, requireShared, SHARED_DIR, sharedDocs } from '../helpers/shared.js';

const docs = sharedDocs();

if (docs.length === 0) {
  test('reference: ../shared holds the seeds and the corpus', (t) => {
    if (!requireShared(t)) return; // skipped (or failed in CI): ../shared missing
    assert.fail(`${SHARED_DIR} holds neither seeds/*.txt nor corpus/MANIFEST.tsv`);
  });
}

test('reference: corpus/MANIFEST.tsv lists exactly the corpus files', (t) => {
  if (!requireShared(t)) return;
  const listed = corpusDocs().map((doc) => path.basename(doc.relative)).sort();
  assert.ok(listed.length > 0, 'corpus/MANIFEST.tsv lists no file');
  assert.deepEqual(listed, listShared('corpus', '.md'));
});

for (const doc of docs) {
  test(`reference: ${doc.relative} (${doc.kind}): tasks equal GitHub's count`, (t) => {
    const bytes = readShared(t, doc.relative);
    if (bytes === null) return;
    const headway = analyzeText(bytes, doc.relative).progress.tasks;
    const asGitHubShows = referenceTasks(new TextDecoder().decode(bytes));
    const asRepaired = referenceTasks(decode(bytes, doc.relative).text);
    assert.deepEqual(asRepaired, asGitHubShows, 'repairing the encoding changed the reference count');
    assert.deepEqual({ ...headway }, { ...asGitHubShows }, `${doc.relative}: Headway vs micromark`);
  });
}

/**
 * The same bytes give the same report, and an item keeps its id when an unrelated line is
 * added elsewhere in the file (PRODUCT.md: "a stable id that survives edits elsewhere").
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { decode } from '../../src/decode/index.js';
import type { Item } from '../../src/model/item.js';
import { FULL_GRAMMAR, markdownDocument } from '../helpers/markdown-arbitrary.js';
import { analyzeText, itemsOf } from '../helpers/report.js';
import { readSharedFile, requireShared, sharedDocs } from '../helpers/shared.js';

/** Every item of a report, in document order (counted items and the ones matched as claims). */
const allItems = (text: string): Item[] => [...itemsOf(analyzeText(text))].sort((a, b) => a.from - b.from);

/** What identifies an item to a reader: where it is relative to its neighbours, its text, kind, state. */
const identity = (item: Item) => ({ id: item.id, text: item.text, kind: item.kind, state: item.state });

test('determinism: the same bytes analysed twice give deep-equal reports', () => {
  fc.assert(
    fc.property(markdownDocument(FULL_GRAMMAR), (text) => {
      assert.deepEqual(analyzeText(text), analyzeText(text));
    }),
    { seed: 20261122, numRuns: 400 },
  );
});

test('determinism: every seed and corpus document analysed twice gives deep-equal reports', (t) => {
  if (!requireShared(t)) return;
  for (const doc of sharedDocs()) {
    const bytes = readSharedFile(doc.relative);
    assert.deepEqual(analyzeText(bytes, doc.relative), analyzeText(bytes, doc.relative), doc.relative);
  }
});

/** A line with no bearing on any item: a paragraph between blank lines. */
const UNRELATED = 'An unrelated note, added later.\n\n';

/**
 * Inserts the unrelated paragraph, between blank lines, before line `index` (0-based) of
 * `text`. Only before a heading, where a new block starts anyway; the blank line above keeps
 * the paragraph from joining a list item (lazy continuation) or a table (as a row).
 */
function insertBefore(text: string, index: number): string {
  const lines = text.split('\n');
  return [...lines.slice(0, index), '', UNRELATED.trim(), '', ...lines.slice(index)].join('\n');
}

test('identity: adding a paragraph above a heading leaves the ids of every item unchanged', (t) => {
  if (!requireShared(t)) return;
  const texts = sharedDocs().map((doc) => decode(readSharedFile(doc.relative), doc.relative).text);
  const cases = texts.flatMap((text, doc) =>
    text
      .split('\n')
      .map((line, index) => ({ line, index }))
      .filter(({ line }) => /^#{1,6} /.test(line))
      .map(({ index }) => ({ doc, index })),
  );
  assert.ok(cases.length > 0, 'no heading in ../shared');
  fc.assert(
    fc.property(fc.constantFrom(...cases), ({ doc, index }) => {
      const text = texts[doc]!;
      // A `#` line inside a code fence is no heading: the check holds there all the same.
      const before = allItems(text).map(identity);
      const after = allItems(insertBefore(text, index)).map(identity);
      assert.deepEqual(after, before);
    }),
    { seed: 20261122, numRuns: 40 },
  );
});

test('identity: a line added at the top of a document changes no item id', (t) => {
  if (!requireShared(t)) return;
  for (const doc of sharedDocs()) {
    const text = decode(readSharedFile(doc.relative), doc.relative).text;
    // After front matter, if any: a line above `---` would turn the front matter into Markdown.
    const front = /^---\n[\s\S]*?\n---\n/.exec(text)?.[0] ?? '';
    const edited = `${front}${UNRELATED}${text.slice(front.length)}`;
    assert.deepEqual(allItems(edited).map(identity), allItems(text).map(identity), doc.relative);
  }
});

test('identity: ids survive adding a paragraph at the top, on generated documents', () => {
  fc.assert(
    fc.property(markdownDocument(FULL_GRAMMAR), (body) => {
      const text = `# Plan\n\n${body}`;
      assert.deepEqual(allItems(`${UNRELATED}${text}`).map(identity), allItems(text).map(identity));
    }),
    { seed: 20261122, numRuns: 300 },
  );
});

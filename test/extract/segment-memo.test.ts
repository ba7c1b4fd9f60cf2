/**
 * The segment memo must be invisible: a document analysed with every segment remembered
 * (moved to new offsets and lines) equals the same document analysed from scratch.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { clearSegmentMemo } from '../../src/extract/segments.js';
import { analyzeText } from '../helpers/report.js';
import { readShared, sharedDocs } from '../helpers/shared.js';

const decoder = new TextDecoder();

/** An edit a history might hold: tick a box, insert or delete a line, change a word. */
const edits = (lineCount: number) =>
  fc.oneof(
    fc.record({ kind: fc.constant('tick' as const), line: fc.nat(lineCount) }),
    fc.record({ kind: fc.constant('insert' as const), line: fc.nat(lineCount), text: fc.constantFrom('- [ ] new task', '## New section', '', '- ✅ shipped', '| a | Done |', '**Progress**: 40%') }),
    fc.record({ kind: fc.constant('delete' as const), line: fc.nat(lineCount) }),
  );

function apply(text: string, edit: { kind: 'tick' | 'insert' | 'delete'; line: number; text?: string }): string {
  const lines = text.split('\n');
  const at = Math.min(edit.line, lines.length - 1);
  if (edit.kind === 'tick') lines[at] = lines[at]!.replace('[ ]', '[x]');
  else if (edit.kind === 'insert') lines.splice(at, 0, edit.text ?? '');
  else lines.splice(at, 1);
  return lines.join('\n');
}

function cold(text: string, path: string) {
  clearSegmentMemo();
  return analyzeText(text, path);
}

test('warm analysis of an edited document equals a cold one (every seed and corpus document)', (t) => {
  for (const doc of sharedDocs()) {
    const bytes = readShared(t, doc.relative);
    if (bytes === null) return;
    const text = decoder.decode(bytes);
    const lineCount = text.split('\n').length;
    fc.assert(
      fc.property(fc.array(edits(lineCount), { minLength: 1, maxLength: 3 }), (steps) => {
        let version = text;
        cold(version, doc.relative);
        for (const step of steps) {
          version = apply(version, step);
          const warm = analyzeText(version, doc.relative); // memo holds the previous version's segments
          assert.deepEqual(warm, cold(version, doc.relative));
          analyzeText(version, doc.relative); // warm the memo with this version again
        }
      }),
      { seed: 20261122, numRuns: 15 },
    );
  }
});

test('a document analysed twice in a row gives the same report (every segment re-used)', (t) => {
  for (const doc of sharedDocs()) {
    const bytes = readShared(t, doc.relative);
    if (bytes === null) return;
    const first = cold(decoder.decode(bytes), doc.relative);
    assert.deepEqual(analyzeText(bytes, doc.relative), first);
  }
});

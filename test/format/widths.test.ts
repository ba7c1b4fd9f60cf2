import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { percentText, progressBar } from '../../src/format/bar.js';
import { PLAIN } from '../../src/format/colors.js';
import { cell, layoutTable } from '../../src/format/table.js';
import { padEnd, textWidth, truncate } from '../../src/format/text-width.js';

describe('text width', () => {
  test('wide characters take two columns, joiners and selectors none', () => {
    assert.equal(textWidth('abc'), 3);
    assert.equal(textWidth('进度'), 4);
    assert.equal(textWidth('✅ done'), 7);
    assert.equal(textWidth('⚠️'), 1);
    assert.equal(textWidth('e\u0301'), 1);
    assert.equal(padEnd('进度', 6), '进度  ');
  });

  test('truncate keeps within the width and marks the cut', () => {
    assert.equal(truncate('Foundation', 20), 'Foundation');
    assert.equal(truncate('Foundation work', 8), 'Foundat…');
    assert.equal(textWidth(truncate('进度进度进度', 5)), 5);
  });
});

describe('bars and percents', () => {
  test('a bar is always its width; unfinished work is never drawn full, started work never empty', () => {
    for (const fraction of [0, 0.001, 0.33, 0.5, 0.999, 1]) assert.equal(textWidth(progressBar(fraction, 12, PLAIN)), 12);
    assert.equal(progressBar(1, 4, PLAIN), '████');
    assert.equal(progressBar(0, 4, PLAIN), '░░░░');
    assert.notEqual(progressBar(0.999, 4, PLAIN), '████');
    assert.notEqual(progressBar(0.001, 4, PLAIN), '░░░░');
    assert.equal(progressBar(null, 4, PLAIN), '····');
  });

  test('percent text never rounds to 100% or 0% falsely', () => {
    assert.deepEqual([0, 0.001, 0.333, 0.999, 1, null].map(percentText), ['0%', '1%', '33%', '99%', '100%', '—']);
  });
});

describe('table', () => {
  test('aligns by plain text, whatever the colour codes', () => {
    const red = (text: string) => `\u001b[31m${text}\u001b[39m`;
    const lines = layoutTable([
      [cell('a', red), cell('1', undefined, 'right'), cell('x')],
      [cell('bbb'), cell('22', red, 'right'), cell('')],
    ]);
    assert.deepEqual(lines, ['\u001b[31ma\u001b[39m     1  x', 'bbb  \u001b[31m22\u001b[39m']);
  });
});

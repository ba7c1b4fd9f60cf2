/**
 * Charts as drawn, kept in `test/fixtures/chart/<case>.<unicode|ascii>.txt`: `UPDATE=1` rewrites
 * them — `cat` them in a terminal before committing.
 */
import { test } from 'node:test';
import { PLAIN } from '../../../src/format/colors.js';
import { CASES } from './cases.js';
import { expectFixture } from './fixture.js';

for (const chart of CASES) {
  for (const unicode of [true, false]) {
    const mode = unicode ? 'unicode' : 'ascii';
    test(`chart fixture: ${chart.name} (${mode})`, () => {
      expectFixture(`chart/${chart.name}.${mode}.txt`, chart.draw({ width: chart.width, height: chart.height, unicode, colors: PLAIN }));
    });
  }
}

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { lineChart } from '../../../src/format/chart/line-chart.js';
import { PLAIN, type Colors } from '../../../src/format/colors.js';
import { CASES } from './cases.js';
import { printableAscii, visibleWidth } from './fixture.js';

/** Colours that show as ANSI codes, as picocolors would print them. */
const ANSI: Colors = Object.fromEntries(
  (['bold', 'dim', 'underline', 'red', 'green', 'yellow', 'blue', 'cyan'] as const).map((name, index) => [name, (text: string) => `\x1b[${31 + index}m${text}\x1b[39m`]),
) as unknown as Colors;

const SIZES = [
  [1, 1],
  [3, 2],
  [12, 4],
  [20, 5],
  [33, 7],
  [80, 20],
] as const;

describe('charts keep to their size', () => {
  for (const chart of CASES) {
    test(`${chart.name}: exactly height lines of at most width columns, at every size and in both modes`, () => {
      for (const [width, height] of [[chart.width, chart.height] as const, ...SIZES]) {
        for (const unicode of [true, false]) {
          for (const colors of [PLAIN, ANSI]) {
            const lines = chart.draw({ width, height, unicode, colors }).split('\n');
            const where = `${width}×${height} ${unicode ? 'unicode' : 'ascii'}`;
            // A one-line chart (the forecast in words) is one line whatever the height.
            assert.equal(lines.length, chart.height === 1 ? 1 : height, where);
            for (const line of lines) assert.ok(visibleWidth(line) <= width, `${where}: ${JSON.stringify(line)} is wider than ${width}`);
          }
        }
      }
    });
  }
});

describe('modes and colours', () => {
  test('ASCII mode prints only printable ASCII', () => {
    for (const chart of CASES) {
      const output = chart.draw({ width: chart.width, height: chart.height, unicode: false, colors: PLAIN });
      assert.ok(printableAscii(output), `${chart.name}:\n${output}`);
    }
  });

  test('no colour codes with PLAIN; with colours, every code comes from the given colours', () => {
    for (const chart of CASES) {
      const plain = chart.draw({ width: chart.width, height: chart.height, unicode: true, colors: PLAIN });
      assert.doesNotMatch(plain, /\x1b/, chart.name);
      const painted = chart.draw({ width: chart.width, height: chart.height, unicode: true, colors: ANSI });
      assert.equal(painted.replace(/\x1b\[(3[1-8]|39)m/g, ''), plain, chart.name);
    }
  });

  test('Unicode mode draws lines in braille and the cone shaded', () => {
    const output = CASES.find((chart) => chart.name === 'burndown-cone')?.draw({ width: 64, height: 14, unicode: true, colors: PLAIN }) ?? '';
    assert.match(output, /[\u2801-\u28ff]/);
    assert.match(output, /░/);
    assert.match(output, /P50 2026-04-13 · P85 2026-04-24 · P95 2026-05-04/);
  });

  test('height 0 draws nothing; width 0 draws blank lines', () => {
    const data = { labels: ['a', 'b'], series: [{ name: 'x', values: [1, 2] }] };
    assert.equal(lineChart(data, { width: 40, height: 0, unicode: true, colors: PLAIN }), '');
    assert.equal(lineChart(data, { width: 0, height: 3, unicode: true, colors: PLAIN }), '\n\n');
  });
});

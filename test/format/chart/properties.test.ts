import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { barChart } from '../../../src/format/chart/bar-chart.js';
import { lineChart } from '../../../src/format/chart/line-chart.js';
import { PLAIN } from '../../../src/format/colors.js';
import { FORECAST } from './data.js';
import { printableAscii, visibleWidth } from './fixture.js';

const value = fc.oneof(
  fc.integer({ min: -5, max: 50 }),
  fc.integer({ min: 0, max: 1_000_000 }),
  fc.double({ noNaN: false }),
  fc.constant(null),
  fc.constant(0),
);
const label = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10)),
);
const size = fc.record({ width: fc.integer({ min: 0, max: 120 }), height: fc.integer({ min: 0, max: 30 }), unicode: fc.boolean() });

/** Every line within the width, exactly `height` lines, ASCII mode printable ASCII (for ASCII names). */
function assertBounds(output: string, { width, height, unicode }: { width: number; height: number; unicode: boolean }): void {
  const lines = output.split('\n');
  assert.equal(height === 0 ? output : lines.length, height === 0 ? '' : height);
  for (const line of lines) assert.ok(visibleWidth(line) <= Math.max(0, width), JSON.stringify(line));
  if (!unicode) assert.ok(printableAscii(output), output);
}

test('random line charts never throw and keep to their size', () => {
  fc.assert(
    fc.property(
      fc.array(label, { maxLength: 60 }),
      fc.array(fc.record({ name: fc.string({ unit: fc.constantFrom(...'abcdefgh xyz-'), maxLength: 10 }), values: fc.array(value, { maxLength: 80 }) }), { maxLength: 4 }),
      fc.option(fc.integer({ min: 0, max: 4 }), { nil: undefined }),
      size,
      (labels, series, cone, options) => {
        const data = cone === undefined ? { labels, series } : { labels, series, cone: { series: cone, forecast: FORECAST } };
        assertBounds(lineChart(data, { ...options, colors: PLAIN }), options);
      },
    ),
    { numRuns: 400 },
  );
});

test('sorted date series with thousands of points keep to their size', () => {
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 5000 }), fc.integer({ min: 0, max: 10_000 }), size, (count, top, options) => {
      const labels = Array.from({ length: count }, (_, index) => new Date(Date.UTC(2020, 0, 1 + index)).toISOString().slice(0, 10));
      const values = labels.map((_, index) => Math.max(0, top - index));
      assertBounds(lineChart({ labels, series: [{ name: 'remaining', values }], cone: { series: 0, forecast: FORECAST } }, { ...options, colors: PLAIN }), options);
    }),
    { numRuns: 60 },
  );
});

test('random bar charts never throw and keep to their size', () => {
  fc.assert(
    fc.property(
      fc.array(fc.record({ label: fc.string({ unit: fc.constantFrom(...'W0123456789-'), maxLength: 8 }), value: fc.oneof(fc.integer({ min: -3, max: 500 }), fc.double()) }), { maxLength: 120 }),
      size,
      (bars, options) => assertBounds(barChart({ bars, caption: ['items done per week', 'mean 3'] }, { ...options, colors: PLAIN }), options),
    ),
    { numRuns: 300 },
  );
});

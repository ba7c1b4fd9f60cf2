import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DotCanvas } from '../../../src/format/chart/canvas.js';
import { Grid } from '../../../src/format/chart/grid.js';
import { groupThousands, tickText } from '../../../src/format/chart/number.js';
import { valueScale } from '../../../src/format/chart/scale.js';
import { dayNumber, placeLabels, shortLabel, xScale } from '../../../src/format/chart/x-axis.js';
import { PLAIN } from '../../../src/format/colors.js';

describe('value scale', () => {
  test('round ticks from zero, whole steps for counts', () => {
    assert.deepEqual(valueScale([20, 11, 3], 10).ticks, [0, 5, 10, 15, 20]);
    assert.deepEqual(valueScale([0, 0], 5).ticks, [0, 1]);
    assert.deepEqual(valueScale([], 5).ticks, [0, 1]);
    assert.deepEqual(valueScale([-3, 4], 3).ticks, [-5, 0, 5]);
    assert.ok(valueScale([0.1, 0.8], 9).ticks.includes(0.2));
  });

  test('never more ticks than rows, and extreme values fall back to the ends', () => {
    for (const rows of [1, 2, 3, 7, 30]) assert.ok(valueScale([0, 137], rows).ticks.length <= Math.max(2, rows));
    assert.deepEqual(valueScale([-Number.MAX_VALUE, Number.MAX_VALUE], 5).ticks, [-Number.MAX_VALUE, Number.MAX_VALUE]);
  });

  test('tick labels stay short', () => {
    assert.deepEqual(
      [tickText(0, 0), tickText(2.5, 1), tickText(1500, 0), tickText(25_000, 0), tickText(1_200_000, 0), tickText(3e-7, 8)],
      ['0', '2.5', '1,500', '25k', '1.2M', '3.0e-7'],
    );
    assert.equal(groupThousands(10_000), '10,000');
    assert.equal(groupThousands(-1234567.5), '-1,234,567.5');
  });
});

describe('x-axis', () => {
  test('dates, date-times and weeks are days; anything else is an index axis', () => {
    assert.equal(dayNumber('1970-01-02'), 1);
    assert.equal(dayNumber('2026-03-02T23:30:00-05:00'), dayNumber('2026-03-02'));
    assert.equal(dayNumber('2026-W10'), dayNumber('2026-03-02'));
    assert.equal(dayNumber('2026-02-30'), null);
    assert.deepEqual(xScale(['2026-03-02', '2026-03-05'], 2), { time: true, xs: [20514, 20517] });
    assert.deepEqual(xScale(['2026-03-05', '2026-03-02'], 2), { time: false, xs: [0, 1] });
    assert.deepEqual(xScale(['a'], 3), { time: false, xs: [0, 1, 2] });
  });

  test('labels lose the year the first one gives', () => {
    assert.equal(shortLabel('2026-03-16', '2026'), '03-16');
    assert.equal(shortLabel('2027-01-04', '2026'), '2027-01-04');
    assert.equal(shortLabel('2026-W12', '2026'), 'W12');
    assert.equal(shortLabel('2026-03-16T10:00:00Z', null), '2026-03-16');
    assert.equal(shortLabel('v1.2', '2026'), 'v1.2');
  });

  test('labels never touch: the first wishes win', () => {
    const placed = placeLabels(
      [
        { col: 0, text: '2026-03-02' },
        { col: 29, text: '03-30' },
        { col: 8, text: '03-09' },
        { col: 15, text: '03-16' },
      ],
      30,
    );
    assert.deepEqual(
      placed.map((label) => [label.start, label.text]),
      [
        [0, '2026-03-02'],
        [13, '03-16'],
        [25, '03-30'],
      ],
    );
  });
});

describe('canvas and grid', () => {
  test('braille dots combine in a cell; ASCII shows the pen', () => {
    const canvas = new DotCanvas(2, 1, true);
    canvas.line(0, 0, 3, 3, 0);
    const grid = new Grid(2, 1);
    canvas.drawInto(grid, 0, 0, [{ paint: null, ascii: '*' }]);
    assert.deepEqual(grid.lines(PLAIN), ['⡠⠊']);
    const ascii = new DotCanvas(3, 2, false);
    ascii.line(0, 0, 2, 1, 0);
    const cells = new Grid(3, 2);
    ascii.drawInto(cells, 0, 0, [{ paint: null, ascii: 'o' }]);
    assert.deepEqual(cells.lines(PLAIN), [' oo', 'o']);
  });

  test('wide characters take two cells and are cut whole at the edge', () => {
    const grid = new Grid(5, 1);
    grid.write(0, 0, '进度进度', null);
    assert.deepEqual(grid.lines(PLAIN), ['进度']);
  });
});

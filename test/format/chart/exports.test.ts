import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as chart from '../../../src/format/chart/index.js';
import * as reports from '../../../src/format/reports/index.js';

test('the chart and report modules export exactly their formatters', () => {
  assert.deepEqual(Object.keys(chart).sort(), ['barChart', 'burndownChart', 'burnupChart', 'forecastCone', 'lineChart', 'throughputChart']);
  assert.deepEqual(Object.keys(reports).sort(), ['burndownReport', 'dailyReport', 'statusReport', 'weeklyReport']);
});

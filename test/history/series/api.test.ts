import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as series from '../../../src/history/series/index.js';

test('the public API of history/series', () => {
  assert.deepEqual(Object.keys(series).sort(), [
    'MAX_UNFINISHED_SHARE', 'PROJECT_PATH', 'addCounts', 'addDays', 'dayOf', 'dayRange', 'documentSeries', 'forecast',
    'inSection', 'instantOf', 'isoWeek', 'knownSections', 'parseDay', 'parseWeek', 'pointOf', 'seriesAcross', 'weekRange', 'weekStart', 'weeklyThroughput', 'weeksInYear',
  ]);
});

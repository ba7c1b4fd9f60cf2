/** Small fixed histories the chart tests draw: a milestone of 20 items over four weeks. */
import type { Forecast, SeriesPoint, WeeklyThroughput } from '../../../src/history/model.js';

const day = (offset: number): string => new Date(Date.UTC(2026, 2, 2 + offset)).toISOString().slice(0, 10);

/** Remaining / done / scope per day: steady work, 4 items added on day 10, a pause in week 3. */
export const DAYS: readonly SeriesPoint[] = (() => {
  const points: SeriesPoint[] = [];
  let [done, scope] = [0, 20];
  for (let offset = 0; offset < 26; offset++) {
    if (offset === 10) scope += 4;
    if (offset % 3 === 1 && !(offset >= 14 && offset <= 18)) done += 1;
    if (offset % 7 === 5) done += 1;
    points.push({ commit: `c${offset}`, at: day(offset), remaining: scope - done, done, scope, inProgress: 2, blocked: offset >= 14 && offset <= 18 ? 1 : 0, fraction: done / scope });
  }
  return points;
})();

/** Weekly throughput, 2026-W02 … 2026-W13. */
export const WEEKS: readonly WeeklyThroughput[] = [5, 7, 3, 0, 6, 4, 2, 8, 5, 1, 4, 6].map((done, index) => ({ week: `2026-W${String(index + 2).padStart(2, '0')}`, done }));

/** A forecast for what remains at the end of DAYS. */
export const FORECAST: Forecast = {
  status: 'forecast',
  remaining: 11,
  sample: WEEKS.map((week) => week.done),
  trials: 10_000,
  seed: 42,
  p50: '2026-04-13',
  p85: '2026-04-24',
  p95: '2026-05-04',
  reason: null,
};

/** The same milestone with too little history for a forecast. */
export const NO_FORECAST: Forecast = { ...FORECAST, status: 'not-enough-history', p50: null, p85: null, p95: null, sample: [3, 4], reason: 'only 2 weeks of history (need 4)' };

/** The milestone once finished. */
export const DONE: Forecast = { ...FORECAST, status: 'done', remaining: 0, p50: null, p85: null, p95: null, reason: null };

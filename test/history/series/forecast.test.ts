import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import type { Forecast } from '../../../src/history/model.js';
import { forecast, nearestRank } from '../../../src/history/series/forecast.js';
import { mulberry32 } from '../../../src/history/series/random.js';
import { dayRange } from '../../../src/history/series/weeks.js';

const FROM = '2026-03-06';
const HISTORY = [3, 0, 5, 2, 4, 1, 6, 2];

/** Weeks from `FROM` to a forecast date. */
const weeksTo = (date: string | null): number => {
  assert.ok(date !== null, 'expected a date');
  return (dayRange(FROM, date).length - 1) / 7;
};

test('forecast: exact P50 / P85 / P95 for a seed', () => {
  const result = forecast({ remaining: 30, weekly: HISTORY, from: FROM, seed: 42 });
  assert.deepEqual(result, {
    status: 'forecast', remaining: 30, sample: HISTORY, trials: 10_000, seed: 42,
    p50: '2026-05-22', p85: '2026-06-05', p95: '2026-06-19', reason: null,
  } satisfies Forecast);
});

test('forecast: the percentiles are the nearest-rank ones of a plain sort of the same trials', () => {
  const random = mulberry32(9);
  const results: number[] = [];
  for (let trial = 0; trial < 2_000; trial++) {
    let done = 0;
    let weeks = 0;
    while (done < 17) {
      done += HISTORY[Math.floor(random() * HISTORY.length)] ?? 0;
      weeks++;
    }
    results.push(weeks);
  }
  results.sort((a, b) => a - b);
  const result = forecast({ remaining: 17, weekly: HISTORY, from: FROM, seed: 9, trials: 2_000 });
  // Nearest rank: the ⌈p/100 × n⌉-th smallest, 1-based.
  assert.equal(weeksTo(result.p50), results[999]);
  assert.equal(weeksTo(result.p85), results[1699]);
  assert.equal(weeksTo(result.p95), results[1899]);
});

test('nearestRank on a small histogram', () => {
  // Results 1, 2, 2, 3, 5 (five trials).
  const histogram = [0, 1, 2, 1, 0, 1];
  assert.deepEqual([20, 40, 50, 60, 80, 81, 100].map((p) => nearestRank(histogram, 5, p)), [1, 2, 2, 2, 3, 5, 5]);
  assert.equal(nearestRank([0, 1, 1], 4, 95), null, 'two unfinished trials rank above every finished one');
});

test('forecast: a steady history gives one date for every percentile', () => {
  const result = forecast({ remaining: 5, weekly: [2, 2, 2, 2], from: FROM, seed: 1 });
  assert.deepEqual([result.p50, result.p85, result.p95], ['2026-03-27', '2026-03-27', '2026-03-27']);
});

test('forecast: done when nothing remains, with no dates', () => {
  const result = forecast({ remaining: 0, weekly: [], from: FROM, seed: 1 });
  assert.equal(result.status, 'done');
  assert.equal(result.trials, 0);
  assert.deepEqual([result.p50, result.p85, result.p95], [null, null, null]);
  assert.match(result.reason ?? '', /Nothing remains/);
});

test('forecast: not enough history below minWeeks', () => {
  const result = forecast({ remaining: 4, weekly: [1, 2, 3], from: FROM, seed: 1 });
  assert.equal(result.status, 'not-enough-history');
  assert.equal(result.reason, '3 weeks of history; a forecast needs at least 4.');
  assert.equal(forecast({ remaining: 4, weekly: [1, 2, 3], from: FROM, seed: 1, minWeeks: 3 }).status, 'forecast');
});

test('forecast: no convergence when no week did anything', () => {
  const result = forecast({ remaining: 4, weekly: [0, 0, 0, 0, 0], from: FROM, seed: 1 });
  assert.equal(result.status, 'no-convergence');
  assert.equal(result.reason, 'No item was done in the 5 weeks of history.');
  assert.equal(result.p50, null);
});

test('forecast: no convergence when more than 15 % of trials outlast the cap', () => {
  const result = forecast({ remaining: 100, weekly: [0, 0, 0, 0, 0, 0, 0, 0, 0, 1], from: FROM, seed: 7 });
  assert.equal(result.status, 'no-convergence');
  assert.equal(result.reason, '100 % of trials were still unfinished after 520 weeks.');
  assert.equal(result.trials, 10_000);
  // With a cap of 24 weeks, 16 % of these trials are unfinished; at 25, P50 and P85 stand but P95 lies beyond.
  assert.equal(forecast({ remaining: 10, weekly: [0, 1, 0, 1], from: FROM, seed: 7, maxWeeks: 24 }).status, 'no-convergence');
  const capped = forecast({ remaining: 10, weekly: [0, 1, 0, 1], from: FROM, seed: 7, maxWeeks: 25 });
  assert.deepEqual([capped.status, capped.p50, capped.p85, capped.p95], ['forecast', '2026-07-24', '2026-08-28', null]);
});

test('forecast: bad input is a bug in the caller', () => {
  assert.throws(() => forecast({ remaining: -1, weekly: [1, 1, 1, 1], from: FROM, seed: 1 }), /remaining/);
  assert.throws(() => forecast({ remaining: 1, weekly: [1, -1, 1, 1], from: FROM, seed: 1 }), /weekly/);
  assert.throws(() => forecast({ remaining: 1, weekly: [1, 1, 1, 1], from: '2026-02-30', seed: 1 }), /YYYY-MM-DD/);
  assert.throws(() => forecast({ remaining: 1, weekly: [1, 1, 1, 1], from: FROM, seed: 1, trials: 0 }), /trials/);
});

test('property: p50 ≤ p85 ≤ p95, all between the fewest and the most weeks possible; one seed, one result', () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 1, max: 200 }),
      fc.array(fc.integer({ min: 0, max: 12 }), { minLength: 4, maxLength: 30 }).filter((weekly) => weekly.some((done) => done > 0)),
      fc.integer(),
      (remaining, weekly, seed) => {
        const input = { remaining, weekly, from: FROM, seed, trials: 500 };
        const result = forecast(input);
        assert.deepEqual(forecast(input), result, 'same seed, same result');
        if (result.status !== 'forecast') {
          assert.equal(result.status, 'no-convergence');
          return;
        }
        const fewest = Math.ceil(remaining / Math.max(...weekly));
        const positive = weekly.filter((done) => done > 0);
        // With a quiet week in the sample a trial can draw it again and again, up to the cap.
        const most = positive.length === weekly.length ? Math.ceil(remaining / Math.min(...positive)) : 520;
        const weeks = [result.p50, result.p85, result.p95].filter((date) => date !== null).map(weeksTo);
        assert.ok(weeks.length >= 2, 'P50 and P85 always stand in a forecast');
        for (let index = 0; index < weeks.length; index++) {
          const current = weeks[index] ?? NaN;
          assert.ok(Number.isInteger(current) && current >= fewest && current <= most, `${current} weeks outside ${fewest}–${most}`);
          if (index > 0) assert.ok((weeks[index - 1] ?? NaN) <= current, 'percentiles never go back');
        }
      },
    ),
  );
});

test('forecast: 10,000 trials take a few milliseconds', (t) => {
  const input = { remaining: 120, weekly: [3, 0, 5, 2, 4, 1, 6, 2, 0, 3, 7, 2], from: FROM, seed: 2026 };
  forecast(input); // warm up the JIT
  const started = performance.now();
  const result = forecast(input);
  const elapsed = performance.now() - started;
  const mean = input.weekly.reduce((sum, done) => sum + done, 0) / input.weekly.length;
  t.diagnostic(`10,000 trials (${input.remaining} remaining, ~${Math.round(input.remaining / mean)} weeks each): ${elapsed.toFixed(2)} ms`);
  assert.equal(result.status, 'forecast');
});

import { ok as assert } from 'node:assert';
import type { Forecast } from '../model.js';
import { addDays } from './weeks.js';

/** What a forecast is made from. */
export interface ForecastInput {
  /** Items still to do. */
  readonly remaining: number;
  /** Items done per week, oldest first, quiet weeks as zeros (`weeklyThroughput`). */
  readonly weekly: readonly number[];
  /** The day (`YYYY-MM-DD`) the remaining count is from: the last snapshot's. */
  readonly from: string;
  readonly seed: number;
  /** Default 10,000. */
  readonly trials?: number;
  /** Fewer weeks of history than this give no forecast. Default 4. */
  readonly minWeeks?: number;
  /** A trial still unfinished after this many weeks gives up. Default 520 (ten years). */
  readonly maxWeeks?: number;
}

/** More trials than this share giving up at `maxWeeks` means the work does not converge. */
export const MAX_UNFINISHED_SHARE = 0.15;

/** Percentiles reported, by the nearest-rank definition (see `nearestRank`). */
const PERCENTILES = [50, 85, 95] as const;

/**
 * When the remaining items will be done: each trial draws past weeks at random (uniformly,
 * with replacement) until their items cover what remains; its result is how many weeks it
 * drew, and the date is `from` plus that many weeks. P50 / P85 / P95 are percentiles of
 * the trials' results: a range, never one confident date.
 *
 * No forecast (dates null, `reason` says why) when nothing remains (`done`), with fewer
 * than `minWeeks` weeks of history (`not-enough-history`), or when the history cannot
 * finish the work (`no-convergence`): every week done nothing, or more than 15 % of trials
 * were still unfinished after `maxWeeks`. Between 5 % and 15 % unfinished, P95 lies
 * beyond `maxWeeks` and is null while P50 and P85 stand. `trials` is how many were run
 * (0 when none was needed).
 */
export function forecast(input: ForecastInput): Forecast {
  const { remaining, weekly, from, seed, trials = 10_000, minWeeks = 4, maxWeeks = 520 } = input;
  assert(Number.isFinite(remaining) && remaining >= 0, `expected a remaining count ≥ 0, got ${remaining}`);
  assert(weekly.every((done) => Number.isFinite(done) && done >= 0), 'expected weekly throughputs ≥ 0');
  assert(Number.isInteger(trials) && trials >= 1 && Number.isInteger(maxWeeks) && maxWeeks >= 1, 'expected whole trials and maxWeeks ≥ 1');
  addDays(from, 0); // asserts `from` is a day, whatever the status
  const none = (status: Forecast['status'], reason: string): Forecast => ({
    status, remaining, sample: [...weekly], trials: 0, seed, p50: null, p85: null, p95: null, reason,
  });

  if (remaining === 0) return none('done', 'Nothing remains: the work is done.');
  if (weekly.length < minWeeks) {
    return none('not-enough-history', `${plural(weekly.length, 'week')} of history; a forecast needs at least ${minWeeks}.`);
  }
  if (weekly.every((done) => done === 0)) return none('no-convergence', `No item was done in the ${plural(weekly.length, 'week')} of history.`);

  const { finishedIn, unfinished } = runTrials(remaining, weekly, trials, maxWeeks, seed);
  if (unfinished > trials * MAX_UNFINISHED_SHARE) {
    const share = Math.round((unfinished / trials) * 100);
    return { ...none('no-convergence', `${share} % of trials were still unfinished after ${maxWeeks} weeks.`), trials };
  }
  const [p50, p85, p95] = PERCENTILES.map((percent) => {
    const weeks = nearestRank(finishedIn, trials, percent);
    return weeks === null ? null : addDays(from, weeks * 7);
  });
  return { status: 'forecast', remaining, sample: [...weekly], trials, seed, p50: p50 ?? null, p85: p85 ?? null, p95: p95 ?? null, reason: null };
}

/**
 * Runs the trials into a histogram, `finishedIn[w]` = trials that took `w` weeks: one
 * array for all trials, no sorting, so 10,000 trials take a few milliseconds.
 */
function runTrials(remaining: number, weekly: readonly number[], trials: number, maxWeeks: number, seed: number) {
  const sample = Float64Array.from(weekly);
  const size = sample.length;
  const finishedIn = new Uint32Array(maxWeeks + 1);
  let unfinished = 0;
  // mulberry32 (random.ts) inlined: the draw is the whole cost, and a closure call per draw doubles it.
  let state = seed >>> 0;
  for (let trial = 0; trial < trials; trial++) {
    let done = 0;
    let weeks = 0;
    while (done < remaining && weeks < maxWeeks) {
      state = (state + 0x6d2b79f5) | 0;
      let t = Math.imul(state ^ (state >>> 15), 1 | state);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      done += sample[Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * size)]!;
      weeks++;
    }
    if (done < remaining) unfinished++;
    else finishedIn[weeks]!++;
  }
  return { finishedIn, unfinished };
}

/**
 * The nearest-rank percentile: the smallest result with at least `percent` % of the trials
 * at or below it, i.e. the ⌈percent/100 × trials⌉-th smallest. Unfinished trials rank above
 * every finished one, so a percentile falling among them is null.
 */
export function nearestRank(histogram: ArrayLike<number>, trials: number, percent: number): number | null {
  const rank = Math.max(1, Math.ceil((percent * trials) / 100));
  let seen = 0;
  for (let weeks = 0; weeks < histogram.length; weeks++) {
    seen += histogram[weeks] ?? 0;
    if (seen >= rank) return weeks;
  }
  return null;
}

const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;

import type { Counts, Series, SeriesPoint } from '../model.js';
import { dayRange, isoWeek, weekRange } from './weeks.js';

/**
 * A state in history before it is bucketed: the counts after one commit, or null where a
 * section did not exist at that commit, with the day it counts on.
 */
export interface Step {
  readonly commit: string;
  /** The commit's own date, as `SeriesPoint.at` of a by-commit point. */
  readonly date: string;
  /** Its calendar day, never before the previous step's (see `monotoneDays`). */
  readonly day: string;
  readonly counts: Counts | null;
}

/** The point a state draws: burndown (`remaining`) and burn-up (`done` under `scope`) alike. */
export function pointOf(commit: string, at: string, counts: Counts): SeriesPoint {
  return {
    commit,
    at,
    remaining: counts.total - counts.done,
    done: counts.done,
    scope: counts.total,
    inProgress: counts.states['in-progress'],
    blocked: counts.states.blocked,
    fraction: counts.total > 0 ? counts.sum / counts.total : null,
  };
}

/**
 * Commit order is the truth and dates only label it: a commit dated before its predecessor
 * (a rebase, a skewed clock) counts on its predecessor's day, so every period holds a
 * contiguous run of commits and "the last snapshot of a day" is well defined.
 *
 *     days     03-02  03-01  03-04      (second commit's clock was behind)
 *     counted  03-02  03-02  03-04
 */
export function monotoneDays(days: readonly string[]): string[] {
  let latest = '';
  return days.map((day) => (latest = day > latest ? day : latest));
}

/**
 * The state at the end of each period: the last step whose period is not after it. Periods
 * with no commit repeat the previous state (and its commit), so the x-axis is regular; a
 * period ending with the section absent has no point.
 */
function byPeriod(steps: readonly Step[], periods: readonly string[], periodOf: (day: string) => string): SeriesPoint[] {
  const points: SeriesPoint[] = [];
  let next = 0;
  let current: Step | undefined;
  for (const period of periods) {
    // Fixed-width `YYYY-MM-DD` and `YYYY-Www` compare as strings in time order.
    for (let step = steps[next]; step !== undefined && periodOf(step.day) <= period; step = steps[++next]) current = step;
    if (current?.counts) points.push(pointOf(current.commit, period, current.counts));
  }
  return points;
}

/** A series from steps in commit order: every step, then the end of every day and ISO week from the first to the last. */
export function seriesOf(scope: Series['scope'], path: string, section: string | null, steps: readonly Step[]): Series {
  const first = steps[0];
  const last = steps[steps.length - 1];
  const byCommit = steps.flatMap((step) => (step.counts ? [pointOf(step.commit, step.date, step.counts)] : []));
  if (first === undefined || last === undefined) return { scope, path, section, byCommit, byDay: [], byWeek: [] };
  return {
    scope,
    path,
    section,
    byCommit,
    byDay: byPeriod(steps, dayRange(first.day, last.day), (day) => day),
    byWeek: byPeriod(steps, weekRange(isoWeek(first.day), isoWeek(last.day)), isoWeek),
  };
}

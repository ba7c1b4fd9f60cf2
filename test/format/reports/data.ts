/**
 * A Phase 5 plan like seeds/004's, as history would give it: two documents at their latest
 * snapshot, a week of item events, a day's log and a milestone's day series.
 */
import type { Counts, ItemEvent, ItemSnapshot, SectionSnapshot, Series, Snapshot } from '../../../src/history/model.js';
import type { ItemState } from '../../../src/model/item.js';
import { DAYS, FORECAST } from '../chart/data.js';

const PHASE = 'Phase 5: Infrastructure Layer';
/** Section keys of the plan. */
export const M51 = `${PHASE} › Milestone 5.1: Database Foundation`;
export const M52 = `${PHASE} › Milestone 5.2: Repository Layer`;
export const M53 = `${PHASE} › Milestone 5.3: Caching`;
export const M54 = `${PHASE} › Milestone 5.4: Monitoring`;
export const PLAN = 'docs/PHASE_5_IMPLEMENTATION_CHECKLIST.md';
export const ROADMAP = 'ROADMAP.md';

let line = 10;
function item(section: string, state: ItemState, text: string, extra: Partial<ItemSnapshot> = {}): ItemSnapshot {
  line += 1;
  return { id: `${section}#${text}`, kind: 'task', state, percent: null, text, section, counted: state !== 'cancelled', line, reason: null, ...extra };
}

function countsOf(items: readonly ItemSnapshot[]): Counts {
  const states: Record<ItemState, number> = { done: 0, 'in-progress': 0, open: 0, blocked: 0, cancelled: 0, deferred: 0 };
  let [done, total, sum] = [0, 0, 0];
  for (const entry of items) {
    states[entry.state]++;
    if (!entry.counted) continue;
    total++;
    if (entry.state === 'done') done++;
    sum += entry.percent !== null ? entry.percent / 100 : entry.state === 'done' ? 1 : 0;
  }
  return { done, total, sum, states };
}

function snapshot(path: string, items: readonly ItemSnapshot[], sections: readonly [key: string, milestone: boolean, claimed: number | null][]): Snapshot {
  const sectionSnapshots: SectionSnapshot[] = sections.map(([key, milestone, claimed]) => ({
    key,
    title: key.split(' › ').at(-1) ?? key,
    depth: key.split(' › ').length,
    milestone,
    counts: countsOf(items.filter((entry) => entry.section === key || entry.section.startsWith(`${key} › `))),
    claimed,
  }));
  return { commit: 'f00dfeed'.repeat(5), date: '2026-03-27T17:00:00+01:00', path, blob: 'b'.repeat(40), counts: countsOf(items), claimed: null, sections: sectionSnapshots, items };
}

const planItems = [
  ...['PostgreSQL connection pool', 'Alembic migrations', 'Base repository class', 'Unit of work', 'Transaction decorator', 'Health check query', 'Index review'].map((text) => item(M51, 'done', text)),
  item(M51, 'in-progress', 'Read replicas'),
  item(M51, 'open', 'Connection retry with back-off'),
  item(M52, 'done', 'User repository'),
  item(M52, 'in-progress', 'Order repository', { percent: 50 }),
  item(M52, 'blocked', 'Event store repository'),
  item(M52, 'open', 'Repository | query builder'),
  item(M52, 'open', 'Soft deletes'),
  item(M53, 'blocked', 'Redis cluster setup'),
  item(M53, 'blocked', 'Cache invalidation on write'),
  item(M53, 'deferred', 'Write-behind cache'),
  item(M54, 'open', 'Prometheus exporter'),
  item(`${M54} › Metrics`, 'open', 'Request latency histogram'),
  item(`${M54} › Metrics`, 'open', 'Pool saturation gauge'),
  item(M54, 'cancelled', 'StatsD bridge'),
];

/** The plan: milestones inside a Phase, a claim that overstates 5.1. */
export const PLAN_SNAPSHOT = snapshot(PLAN, planItems, [
  [PHASE, true, null],
  [M51, true, 90],
  [M52, true, 30],
  [M53, true, null],
  [M54, true, null],
  [`${M54} › Metrics`, false, null],
]);

/** A roadmap with no milestones: one title heading over plain sections. */
export const ROADMAP_SNAPSHOT = snapshot(
  ROADMAP,
  [item('Headway › Core', 'done', 'Parse with Lezer'), item('Headway › Core', 'done', 'Extract items'), item('Headway › CLI', 'in-progress', '`status` command'), item('Headway › CLI', 'open', 'watch mode')],
  [
    ['Headway', false, null],
    ['Headway › Core', false, 100],
    ['Headway › CLI', false, null],
    ['Headway › Notes', false, null],
  ],
);

const sha = (n: number): string => `${n.toString(16).padStart(2, '0')}c0ffee${'0'.repeat(30)}`.slice(0, 40);

function event(kind: ItemEvent['kind'], date: string, section: string, text: string, from: ItemState | null, to: ItemState | null, commit = sha(date.length + text.length), path = PLAN): ItemEvent {
  return { item: `${section}#${text}`, kind, commit, date, path, section, text, from, to };
}

/** The events of 2026-W11 (Monday 2026-03-09). */
export const WEEK_EVENTS: readonly ItemEvent[] = [
  event('done', '2026-03-09T10:12:00+01:00', M51, 'Transaction decorator', 'in-progress', 'done'),
  event('started', '2026-03-09T15:40:00+01:00', M51, 'Read replicas', 'open', 'in-progress'),
  event('appeared', '2026-03-10T09:00:00+01:00', M52, 'Soft deletes', null, 'open'),
  event('appeared', '2026-03-10T09:00:00+01:00', M52, 'Repository | query builder', null, 'open'),
  event('done', '2026-03-10T16:05:00+01:00', M52, 'User repository', 'in-progress', 'done'),
  event('blocked', '2026-03-11T11:30:00+01:00', M53, 'Redis cluster setup', 'open', 'blocked'),
  event('appeared', '2026-03-11T12:00:00+01:00', M53, 'Cache warm-up script', null, 'open'),
  event('done', '2026-03-12T09:45:00+01:00', M51, 'Health check query', 'open', 'done'),
  event('done', '2026-03-12T14:20:00+01:00', M51, 'Index review', 'open', 'done'),
  event('reopened', '2026-03-13T10:00:00+01:00', M51, 'Index review', 'done', 'open'),
  event('removed', '2026-03-13T11:00:00+01:00', M53, 'Cache warm-up script', 'open', null),
  event('cancelled', '2026-03-13T17:30:00+01:00', M54, 'StatsD bridge', 'open', 'cancelled'),
];

/** What was logged on 2026-03-12, with an edit that kept the state and an event of another day. */
export const DAY_EVENTS: readonly ItemEvent[] = [
  event('started', '2026-03-12T09:05:00+01:00', M51, 'Health check query', 'open', 'in-progress', sha(1)),
  event('done', '2026-03-12T09:45:00+01:00', M51, 'Health check query', 'in-progress', 'done', sha(2)),
  event('changed', '2026-03-12T10:00:00+01:00', M51, 'Index review (composite keys)', 'open', 'open', sha(3)),
  event('done', '2026-03-12T14:20:00+01:00', M51, 'Index review (composite keys)', 'open', 'done', sha(4)),
  event('blocked', '2026-03-12T15:00:00+01:00', M52, 'Event store repository', 'in-progress', 'blocked', sha(5)),
  event('appeared', '2026-03-12T16:30:00+01:00', 'Headway › CLI', 'watch mode', null, 'open', sha(6), ROADMAP),
  event('removed', '2026-03-12T16:30:00+01:00', 'Headway › CLI', '`serve` command', 'open', null, sha(6), ROADMAP),
  event('done', '2026-03-12T23:10:00+01:00', 'Headway › Core', 'Extract items', 'in-progress', 'done', 'working-tree', ROADMAP),
  event('done', '2026-03-13T08:00:00+01:00', M52, 'User repository', 'in-progress', 'done', sha(7)),
];

/** Milestone 5.1 day by day (the chart tests' history). */
export const M51_SERIES: Series = { scope: 'milestone', path: PLAN, section: M51, byCommit: DAYS, byDay: DAYS, byWeek: [] };

/** The events behind M51_SERIES: done items on the days done rose, four items added on day 10, a blocker for five days. */
export const M51_EVENTS: readonly ItemEvent[] = (() => {
  const events: ItemEvent[] = [];
  DAYS.forEach((point, index) => {
    const previous = DAYS[index - 1];
    const date = `${point.at}T12:00:00+01:00`;
    for (let n = 0; n < point.done - (previous?.done ?? 0); n++) events.push(event('done', date, M51, `Task ${point.done - n}`, 'open', 'done'));
    if (previous !== undefined && point.scope > previous.scope) {
      for (let n = 0; n < point.scope - previous.scope; n++) events.push(event('appeared', date, M51, `Added task ${n + 1}`, null, 'open'));
    }
    if (index === 14) events.push(event('blocked', date, `${M51} › Setup`, 'Redis setup', 'open', 'blocked'));
    if (index === 16) events.push(event('blocked', date, M51, 'Staging database access', 'open', 'blocked'));
    if (index === 19) events.push(event('unblocked', date, `${M51} › Setup`, 'Redis setup', 'blocked', 'open'), event('unblocked', date, M51, 'Staging database access', 'blocked', 'open'));
  });
  events.push(event('done', '2026-03-05T12:00:00+01:00', M52, 'Not this milestone', 'open', 'done'));
  return events;
})();

export { FORECAST };

/** The reports the fixture and GFM tests generate. */
import { burndownReport } from '../../../src/format/reports/burndown-report.js';
import { dailyReport } from '../../../src/format/reports/daily-report.js';
import { statusReport } from '../../../src/format/reports/status-report.js';
import { weeklyReport } from '../../../src/format/reports/weekly-report.js';
import { DAYS, NO_FORECAST } from '../chart/data.js';
import { DAY_EVENTS, FORECAST, M51, M51_EVENTS, M51_SERIES, M52, M53, PLAN, PLAN_SNAPSHOT, ROADMAP_SNAPSHOT, WEEK_EVENTS } from './data.js';

/** A report by name: its expected text is `test/fixtures/reports/<name>.md`. */
export const REPORTS: Readonly<Record<string, () => string>> = {
  'status-one-document': () =>
    statusReport([PLAN_SNAPSHOT], {
      now: '2026-03-27T17:00:00+01:00',
      title: 'Phase 5 Implementation Status',
      milestones: [
        { path: PLAN, section: M51, started: '2026-03-02', completed: null, forecast: FORECAST },
        { path: PLAN, section: M52, started: '2026-03-10', completed: null, forecast: NO_FORECAST },
      ],
    }),
  'status-two-documents': () => statusReport([PLAN_SNAPSHOT, ROADMAP_SNAPSHOT], { now: '2026-03-27T16:00:00Z' }),
  'status-empty': () => statusReport([], { now: '2026-03-27' }),
  weekly: () =>
    weeklyReport({
      week: '2026-W11',
      milestones: [
        { title: 'Milestone 5.1', done: 7, total: 9, before: { done: 5, total: 9 } },
        { title: 'Milestone 5.2', done: 1, total: 5, before: { done: 0, total: 3 } },
        { title: 'Milestone 5.3', done: 0, total: 3 },
      ],
      overall: { title: 'Overall Phase 5', done: 8, total: 20, before: { done: 5, total: 18 } },
      events: WEEK_EVENTS,
      blocked: [
        { text: 'Redis cluster setup', path: PLAN, section: M53, since: '2026-03-11', reason: 'waiting for ops to open port 6379', impact: ['Milestone 5.3', 'Milestone 5.4'] },
        { text: 'Event store repository', path: PLAN, section: M52, since: null, reason: null },
      ],
      forecast: FORECAST,
    }),
  'weekly-quiet': () => weeklyReport({ week: '2026-W01', milestones: [], events: [], blocked: [] }),
  'burndown-changes': () => burndownReport(M51_SERIES, M51_EVENTS, { forecast: FORECAST }),
  'burndown-every-day': () => burndownReport({ ...M51_SERIES, byDay: DAYS.slice(12, 22) }, M51_EVENTS, { days: 'every', title: 'Milestone 5.1' }),
  'burndown-no-events': () => burndownReport({ ...M51_SERIES, byDay: DAYS.slice(0, 8) }, []),
  daily: () => dailyReport({ date: '2026-03-12', events: DAY_EVENTS }),
  'daily-empty': () => dailyReport({ date: '2026-03-15', events: DAY_EVENTS }),
};

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { inSection, weeklyThroughput } from '../../../src/history/series/throughput.js';
import { event } from './build.js';

test('weekly throughput counts done events per ISO week, with quiet weeks as zeros', () => {
  const weekly = weeklyThroughput([
    event('a', 'appeared', '2026-02-23T10:00:00Z'),
    event('a', 'done', '2026-02-24T10:00:00Z'),
    event('b', 'done', '2026-03-01T23:30:00-05:00'), // Sunday in its own zone: still W09
    event('c', 'started', '2026-03-03T10:00:00Z'),
    event('c', 'done', '2026-03-18T10:00:00Z'),
  ]);
  assert.deepEqual(weekly, [
    { week: '2026-W09', done: 2 },
    { week: '2026-W10', done: 0 },
    { week: '2026-W11', done: 0 },
    { week: '2026-W12', done: 1 },
  ]);
});

test('a reopen in the same week cancels the done; a later reopen leaves the past week alone', () => {
  const weekly = weeklyThroughput([
    event('a', 'done', '2026-03-02T10:00:00Z'),
    event('a', 'reopened', '2026-03-04T10:00:00Z'), // same week: ticked by mistake
    event('b', 'done', '2026-03-03T10:00:00Z'),
    event('b', 'reopened', '2026-03-10T10:00:00Z'), // next week: W10 keeps it
    event('b', 'done', '2026-03-11T10:00:00Z'), // done again: counts in W11
    event('c', 'reopened', '2026-03-12T10:00:00Z'), // done before the history began: nothing to cancel
    event('d', 'done', '2026-03-12T10:00:00Z'),
    event('d', 'removed', '2026-03-12T11:00:00Z'), // done, then cleaned up: still done
  ]);
  assert.deepEqual(weekly, [
    { week: '2026-W10', done: 1 },
    { week: '2026-W11', done: 2 },
  ]);
});

test('a reopen cancels only the same item of the same document', () => {
  const weekly = weeklyThroughput([
    event('a', 'done', '2026-03-02T10:00:00Z', { path: 'ROADMAP.md' }),
    event('a', 'done', '2026-03-02T10:00:00Z', { path: 'tasks.md' }),
    event('a', 'reopened', '2026-03-03T10:00:00Z', { path: 'tasks.md' }),
  ]);
  assert.deepEqual(weekly, [{ week: '2026-W10', done: 1 }]);
});

test('scoped to a document, a section and its subsections, and run until a day', () => {
  const events = [
    event('a', 'done', '2026-03-02T10:00:00Z', { section: 'Roadmap › Phase 1' }),
    event('b', 'done', '2026-03-09T10:00:00Z', { section: 'Roadmap › Phase 1 › Storage' }),
    event('c', 'done', '2026-03-09T10:00:00Z', { section: 'Roadmap › Phase 10' }),
    event('d', 'done', '2026-03-16T10:00:00Z', { section: 'Roadmap › Phase 1', path: 'other.md' }),
  ];
  assert.deepEqual(weeklyThroughput(events, { path: 'ROADMAP.md', section: 'Roadmap › Phase 1' }), [
    { week: '2026-W10', done: 1 },
    { week: '2026-W11', done: 1 },
  ]);
  assert.deepEqual(weeklyThroughput(events, { section: 'Roadmap › Phase 1', until: '2026-03-31' }).map((week) => week.done), [1, 1, 1, 0, 0]);
  assert.deepEqual(weeklyThroughput(events, { section: 'Nothing here' }), []);
  assert.deepEqual(weeklyThroughput([]), []);
  assert.ok(inSection('Roadmap › Phase 1 › Storage', 'Roadmap › Phase 1'));
  assert.ok(!inSection('Roadmap › Phase 10', 'Roadmap › Phase 1'));
});

test('weeks run across a year end, W53 included', () => {
  const weekly = weeklyThroughput([event('a', 'done', '2020-12-21T10:00:00Z'), event('b', 'done', '2021-01-04T10:00:00Z')]);
  assert.deepEqual(weekly.map((week) => week.week), ['2020-W52', '2020-W53', '2021-W01']);
});

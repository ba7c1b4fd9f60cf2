import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Series } from '../../../src/history/model.js';
import { documentSeries, PROJECT_PATH, seriesAcross } from '../../../src/history/series/series.js';
import { counts, section, snapshot } from './build.js';

/** `at → commit:done/scope` of each point: the shape of a series at a glance. */
const shape = (points: Series['byDay']): string[] => points.map((point) => `${point.at} ${point.commit}:${point.done}/${point.scope}`);

test('byCommit has every snapshot; a point carries burndown and burn-up figures', () => {
  const { document } = documentSeries([
    snapshot('c1', '2026-03-02T10:00:00+01:00', counts(0, 4)),
    snapshot('c2', '2026-03-02T18:00:00+01:00', counts(1, 4)),
    snapshot('c3', '2026-03-05T09:00:00+01:00', { ...counts(2, 5, { 'in-progress': 1, blocked: 1, open: 1 }), sum: 2.5 }),
  ]);
  assert.deepEqual(
    document.byCommit.map((point) => point.commit),
    ['c1', 'c2', 'c3'],
  );
  assert.deepEqual(document.byCommit[2], {
    commit: 'c3', at: '2026-03-05T09:00:00+01:00', remaining: 3, done: 2, scope: 5, inProgress: 1, blocked: 1, fraction: 0.5,
  });
  assert.equal(document.scope, 'document');
  assert.equal(document.section, null);
  assert.equal(document.path, 'ROADMAP.md');
});

test('byDay and byWeek: the last snapshot of each period, quiet periods carry the previous values', () => {
  const { document } = documentSeries([
    snapshot('c1', '2026-03-02T10:00:00+01:00', counts(0, 4)),
    snapshot('c2', '2026-03-02T18:00:00+01:00', counts(1, 4)),
    snapshot('c3', '2026-03-05T09:00:00+01:00', counts(2, 5)),
    snapshot('c4', '2026-03-20T09:00:00+01:00', counts(4, 5)),
  ]);
  assert.deepEqual(shape(document.byDay).slice(0, 5), ['2026-03-02 c2:1/4', '2026-03-03 c2:1/4', '2026-03-04 c2:1/4', '2026-03-05 c3:2/5', '2026-03-06 c3:2/5']);
  assert.equal(document.byDay.length, 19, 'every day from the 2nd to the 20th');
  assert.deepEqual(shape(document.byWeek), ['2026-W10 c3:2/5', '2026-W11 c3:2/5', '2026-W12 c4:4/5']);
});

test('days are the commits’ own, weeks cross the year end', () => {
  const { document } = documentSeries([
    // Sunday evening in New York (already Monday in UTC): still 2024-W52.
    snapshot('a', '2024-12-29T23:30:00-05:00', counts(1, 10)),
    // Monday morning in Tokyo (still Sunday in UTC): 2025-W01.
    snapshot('b', '2024-12-30T00:30:00+09:00', counts(2, 10)),
    snapshot('c', '2025-01-06T08:00:00Z', counts(3, 10)),
  ]);
  assert.deepEqual(shape(document.byWeek), ['2024-W52 a:1/10', '2025-W01 b:2/10', '2025-W02 c:3/10']);
  assert.deepEqual(shape(document.byDay).slice(0, 3), ['2024-12-29 a:1/10', '2024-12-30 b:2/10', '2024-12-31 b:2/10']);
  assert.equal(document.byDay.at(-1)?.at, '2025-01-06');
  assert.equal(document.byDay.length, 9);
});

test('a commit dated before its predecessor counts on the predecessor’s day: commit order wins', () => {
  const { document } = documentSeries([
    snapshot('c1', '2026-03-02T10:00:00Z', counts(1, 4)),
    snapshot('c2', '2026-03-01T10:00:00Z', counts(2, 4)),
    snapshot('c3', '2026-03-04T10:00:00Z', counts(3, 4)),
  ]);
  assert.deepEqual(shape(document.byDay), ['2026-03-02 c2:2/4', '2026-03-03 c2:2/4', '2026-03-04 c3:3/4']);
  assert.equal(document.byCommit[1]?.at, '2026-03-01T10:00:00Z', 'a commit point keeps its real date');
});

test('a section that disappears has no point while absent, and picks up again when it reappears', () => {
  const phase = 'Roadmap › Phase 1';
  const notes = 'Roadmap › Notes';
  const { sections } = documentSeries([
    snapshot('s1', '2026-03-02T10:00:00Z', counts(1, 5), [section(phase, counts(1, 3), true), section(notes, counts(0, 2))]),
    snapshot('s2', '2026-03-03T10:00:00Z', counts(1, 3), [section(phase, counts(1, 3), true)]),
    snapshot('s3', '2026-03-10T10:00:00Z', counts(3, 6), [section(phase, counts(2, 3), true), section(notes, counts(1, 3))]),
  ]);
  assert.deepEqual(sections.map((series) => [series.section, series.scope]), [[phase, 'milestone'], [notes, 'section']]);
  const [phaseSeries, notesSeries] = sections;
  assert.ok(phaseSeries && notesSeries);
  assert.deepEqual(notesSeries.byCommit.map((point) => point.commit), ['s1', 's3']);
  assert.deepEqual(shape(notesSeries.byDay), ['2026-03-02 s1:0/2', '2026-03-10 s3:1/3']);
  assert.deepEqual(shape(notesSeries.byWeek), ['2026-W11 s3:1/3'], 'absent at the end of W10: no W10 point');
  assert.equal(phaseSeries.byDay.length, 9, 'a section present throughout has every day');
  assert.deepEqual(shape(phaseSeries.byWeek), ['2026-W10 s2:1/3', '2026-W11 s3:2/3']);
  assert.equal(notesSeries.path, 'ROADMAP.md');
});

test('milestones: a section is a milestone when its latest appearance says so; same-key siblings add up', () => {
  const { sections } = documentSeries([
    snapshot('s1', '2026-03-02T10:00:00Z', counts(0, 4), [section('Sprint 3', counts(0, 2)), section('Notes', counts(0, 1)), section('Notes', counts(0, 1))]),
    snapshot('s2', '2026-03-03T10:00:00Z', counts(1, 4), [section('Sprint 3', counts(1, 2), true), section('Notes', counts(0, 1)), section('Notes', counts(1, 1))]),
  ]);
  assert.deepEqual(sections.map((series) => `${series.section}:${series.scope}`), ['Sprint 3:milestone', 'Notes:section']);
  assert.deepEqual(shape(sections[1]?.byDay ?? []), ['2026-03-02 s1:0/2', '2026-03-03 s2:1/2']);
});

test('a final working-tree snapshot is the last point; a renamed document keeps its latest path', () => {
  const { document } = documentSeries([
    snapshot('c1', '2026-03-02T10:00:00Z', counts(0, 2), [], 'TODO.md'),
    snapshot('working-tree', '2026-03-04T12:00:00+01:00', counts(1, 2), [], 'docs/ROADMAP.md'),
  ]);
  assert.equal(document.path, 'docs/ROADMAP.md');
  assert.deepEqual(shape(document.byDay), ['2026-03-02 c1:0/2', '2026-03-03 c1:0/2', '2026-03-04 working-tree:1/2']);
});

test('documentSeries needs a snapshot', () => {
  assert.throws(() => documentSeries([]), /at least one snapshot/);
});

test('seriesAcross sums documents: each counts with its latest state, one point per commit', () => {
  const roadmap = [
    snapshot('c1', '2026-03-02T10:00:00Z', counts(1, 3)),
    snapshot('c3', '2026-03-04T10:00:00Z', counts(2, 3)),
    snapshot('working-tree', '2026-03-05T10:00:00Z', counts(3, 3)),
  ];
  const tasks = [
    // 09:00 in New York is 14:00 UTC, after c1: tasks.md enters the project second.
    snapshot('c2', '2026-03-02T09:00:00-05:00', { ...counts(0, 2, { blocked: 1, open: 1 }), sum: 0.5 }, [], 'tasks.md'),
    snapshot('c3', '2026-03-04T10:00:00Z', counts(1, 2), [], 'tasks.md'),
    snapshot('working-tree', '2026-03-05T10:00:00Z', counts(1, 2), [], 'tasks.md'),
  ];
  const project = seriesAcross([roadmap, tasks]);
  assert.equal(project.path, PROJECT_PATH);
  assert.equal(project.scope, 'document');
  assert.deepEqual(
    project.byCommit.map((point) => `${point.commit}:${point.done}/${point.scope}`),
    ['c1:1/3', 'c2:1/5', 'c3:3/5', 'working-tree:4/5'],
  );
  assert.equal(project.byCommit[1]?.blocked, 1);
  assert.equal(project.byCommit[1]?.fraction, 1.5 / 5);
  assert.deepEqual(shape(project.byDay), ['2026-03-02 c2:1/5', '2026-03-03 c2:1/5', '2026-03-04 c3:3/5', '2026-03-05 working-tree:4/5']);
  assert.deepEqual(shape(project.byWeek), ['2026-W10 working-tree:4/5']);
});

test('seriesAcross of one document equals its document series; of none is empty', () => {
  const snapshots = [snapshot('c1', '2026-03-02T10:00:00Z', counts(1, 3)), snapshot('c2', '2026-03-09T10:00:00Z', counts(2, 3))];
  const { document } = documentSeries(snapshots);
  assert.deepEqual(seriesAcross([snapshots]), { ...document, path: PROJECT_PATH });
  assert.deepEqual(seriesAcross([]), { scope: 'document', path: PROJECT_PATH, section: null, byCommit: [], byDay: [], byWeek: [] });
  assert.deepEqual(seriesAcross([[], snapshots]).byCommit, document.byCommit);
});

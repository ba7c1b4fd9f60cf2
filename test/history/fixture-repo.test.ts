/**
 * Acceptance: a repository built by the test, with known ticks, additions, removals, a rename,
 * a re-worded item and a merge, gives exactly the expected snapshots, series, item histories
 * and identities (fixture-repo.ts tells the story).
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { analyzeHistory } from '../../src/history/analysis.js';
import type { DocumentHistory, ItemEvent } from '../../src/history/model.js';
import { readProjectHistory, type ProjectHistory } from '../../src/history/project.js';
import { defaultAnalyzeOptions } from '../../src/pipeline/options.js';
import { DEFAULT_INCLUDE } from '../../src/scan/defaults.js';
import type { TestRepo } from '../helpers/git-repo.js';
import { makeFixtureRepo } from './fixture-repo.js';

const NOW = new Date('2026-03-20T12:00:00Z');
const M1 = 'Plan › Milestone 1: Core';
const M2 = 'Plan › Milestone 2: History';

let repo: TestRepo;
before(async () => {
  repo = await makeFixtureRepo();
});
after(async () => {
  await repo.cleanup();
});

function read(options: { allParents?: boolean; cwd?: string; paths?: string[] } = {}): Promise<ProjectHistory> {
  return readProjectHistory({
    cwd: options.cwd ?? repo.root,
    paths: options.paths ?? [],
    globs: { include: DEFAULT_INCLUDE, exclude: [] },
    analyze: defaultAnalyzeOptions(NOW),
    now: NOW,
    cache: false,
    ...(options.allParents === undefined ? {} : { allParents: options.allParents }),
  });
}

function documentAt(history: ProjectHistory, path: string): DocumentHistory {
  const found = history.documents.find((document) => document.path === path);
  assert.ok(found, `expected a history of ${path}`);
  return found;
}

/** Snapshots as `message done/total` with the states that are not zero. */
function story(document: DocumentHistory): string[] {
  const message = new Map(repo.commits.map((sha) => [sha, repo.git('log', '-1', '--format=%s', sha)]));
  return document.snapshots.map((s) => {
    const states = Object.entries(s.counts.states).filter(([, n]) => n > 0).map(([state, n]) => `${state} ${n}`).join(', ');
    return `${message.get(s.commit) ?? s.commit} ${s.path} ${s.counts.done}/${s.counts.total} (${states})`;
  });
}

/** Events as `kind message "text" from→to`, with the item's id replaced by the text it first had. */
function lives(document: DocumentHistory): string[] {
  const firstText = new Map<string, string>();
  for (const event of document.events) if (!firstText.has(event.item)) firstText.set(event.item, event.text);
  const message = (event: ItemEvent): string => repo.git('log', '-1', '--format=%s', event.commit);
  return document.events.map((e) => `${firstText.get(e.item)}: ${e.kind} at ${message(e)} in ${e.section.replace('Plan › ', '')} "${e.text}" ${e.from}→${e.to}`);
}

describe('the fixture repository, first-parent', () => {
  test('one history per document, a rename followed', async () => {
    const history = await read();
    assert.deepEqual(history.documents.map((d) => [d.path, d.paths]), [
      ['TODO.md', ['TODO.md']],
      ['docs/roadmap.md', ['docs/plan.md', 'docs/roadmap.md']],
    ]);
    assert.equal(history.commits, 8, 'the side branch commit is not on the first-parent line');
    assert.equal(history.repository?.head, repo.sha('block'));
    assert.equal(history.repository?.shallow, false);
  });

  test('a snapshot for every commit that touched the document, with the counts of that version', async () => {
    const history = await read();
    assert.deepEqual(story(documentAt(history, 'docs/roadmap.md')), [
      'plan docs/plan.md 0/5 (open 5)',
      'tick docs/plan.md 1/5 (done 1, open 4)',
      'scope docs/plan.md 1/6 (done 1, in-progress 1, open 4)',
      'extract docs/plan.md 2/6 (done 2, open 4)',
      'merge docs/plan.md 2/6 (done 2, open 4)',
      'drop docs/plan.md 3/5 (done 3, open 2)',
      'rename docs/roadmap.md 3/5 (done 3, open 2)',
      'block docs/roadmap.md 3/5 (done 3, open 1, blocked 1)',
    ]);
    assert.deepEqual(story(documentAt(history, 'TODO.md')), ['scope TODO.md 1/2 (done 1, open 1)', 'block TODO.md 2/2 (done 2)']);
    const sections = documentAt(history, 'docs/roadmap.md').snapshots.map((s) => s.sections.map((x) => `${x.key} ${x.counts.done}/${x.counts.total}${x.milestone ? ' M' : ''}`));
    assert.deepEqual(sections[0], ['Plan 0/5', `${M1} 0/3 M`, `${M2} 0/2 M`]);
    assert.deepEqual(sections[6], ['Plan 3/5', `${M1} 3/4 M`, `${M2} 0/1 M`], 'Replay versions moved to milestone 1');
  });

  test('item identities survive re-wording, moving and renaming; scope added and removed is told apart', async () => {
    const roadmap = documentAt(await read(), 'docs/roadmap.md');
    assert.deepEqual(lives(roadmap), [
      'Parse documents: appeared at plan in Milestone 1: Core "Parse documents" null→open',
      'Extract items: appeared at plan in Milestone 1: Core "Extract items" null→open',
      'Compute progress: appeared at plan in Milestone 1: Core "Compute progress" null→open',
      'Read git log: appeared at plan in Milestone 2: History "Read git log" null→open',
      'Replay versions: appeared at plan in Milestone 2: History "Replay versions" null→open',
      'Parse documents: done at tick in Milestone 1: Core "Parse documents" open→done',
      'Extract items: started at scope in Milestone 1: Core "Extract items" open→in-progress',
      'Cache results: appeared at scope in Milestone 2: History "Cache results" null→open',
      'Extract items: done at extract in Milestone 1: Core "Extract items" in-progress→done',
      'Read git log: changed at merge in Milestone 2: History "Read the git log" open→open',
      'Compute progress: done at drop in Milestone 1: Core "Compute progress" open→done',
      'Cache results: removed at drop in Milestone 2: History "Cache results" open→null',
      'Read git log: blocked at block in Milestone 2: History "Read the git log" open→blocked',
    ]);
    const last = roadmap.snapshots.at(-1)!;
    assert.ok(roadmap.snapshots.slice(0, -1).every((s) => s.items.length === 0), 'only the last snapshot keeps its items');
    const appeared = new Map(roadmap.events.filter((e) => e.kind === 'appeared').map((e) => [e.text, e.item]));
    assert.deepEqual(
      last.items.map((item) => [item.text, item.state, item.section.replace('Plan › ', ''), item.id === (appeared.get(item.text) ?? appeared.get('Read git log'))]),
      [
        ['Parse documents', 'done', 'Milestone 1: Core', true],
        ['Extract items', 'done', 'Milestone 1: Core', true],
        ['Compute progress', 'done', 'Milestone 1: Core', true],
        ['Replay versions', 'open', 'Milestone 1: Core', true],
        ['Read the git log', 'blocked', 'Milestone 2: History', true],
      ],
    );
    assert.equal(new Set(last.items.map((item) => item.id)).size, 5, 'ids are distinct');
  });

  test('series by commit, day and week, throughput and the forecast', async () => {
    const history = await read();
    const analysis = analyzeHistory(history, { today: '2026-03-20', seed: 1, sectionForecasts: true });
    const project = analysis.project!;
    const message = (sha: string): string => repo.git('log', '-1', '--format=%s', sha);
    assert.deepEqual(project.series.byCommit.map((p) => `${message(p.commit)} ${p.done}/${p.scope} remaining ${p.remaining}`), [
      'plan 0/5 remaining 5',
      'tick 1/5 remaining 4',
      'scope 2/8 remaining 6',
      'extract 3/8 remaining 5',
      'merge 3/8 remaining 5',
      'drop 4/7 remaining 3',
      'rename 4/7 remaining 3',
      'block 5/7 remaining 2',
    ]);
    assert.deepEqual(project.series.byWeek.map((p) => `${p.at} ${p.done}/${p.scope}`), ['2026-W10 2/8', '2026-W11 4/7', '2026-W12 5/7']);
    assert.equal(project.series.byDay.length, 16, 'every day from 03-02 to 03-17');
    assert.deepEqual(project.series.byDay.slice(0, 5).map((p) => `${p.at} ${p.done}/${p.scope}`), ['2026-03-02 0/5', '2026-03-03 1/5', '2026-03-04 1/5', '2026-03-05 2/8', '2026-03-06 2/8']);
    assert.deepEqual(project.throughput, [
      { week: '2026-W10', done: 1 },
      { week: '2026-W11', done: 2 },
      { week: '2026-W12', done: 1 },
    ]);
    assert.equal(project.forecast.status, 'not-enough-history', 'three weeks of throughput are too few');
    assert.deepEqual(project.current && [project.current.done, project.current.scope, project.current.blocked], [5, 7, 1]);

    const roadmap = analysis.documents.find((d) => d.path === 'docs/roadmap.md')!;
    const m1 = roadmap.sections.find((s) => s.key === M1)!;
    assert.equal(m1.milestone, true);
    assert.deepEqual(m1.series?.byCommit.map((p) => `${message(p.commit)} ${p.done}/${p.scope}`), ['plan 0/3', 'tick 1/3', 'scope 1/3', 'extract 2/3', 'merge 2/3', 'drop 3/3', 'rename 3/4', 'block 3/4']);
    assert.deepEqual(m1.throughput, [
      { week: '2026-W10', done: 1 },
      { week: '2026-W11', done: 2 },
      { week: '2026-W12', done: 0 },
    ]);
    const items = new Map(roadmap.items.map((item) => [item.text, item]));
    assert.deepEqual(items.get('Read the git log')?.events.map((e) => e.kind), ['appeared', 'changed', 'blocked']);
    assert.deepEqual(items.get('Cache results')?.events.map((e) => e.kind), ['appeared', 'removed']);
    assert.equal(items.get('Cache results')?.state, null, 'a removed item has no state now');
  });

  test('named paths narrow the history; a document keeps its history from before a rename, and its old name finds it', async () => {
    const todo = await read({ paths: ['TODO.md'] });
    assert.deepEqual(todo.documents.map((d) => d.path), ['TODO.md']);
    for (const paths of [['docs'], ['docs/roadmap.md'], ['docs/plan.md']]) {
      const found = await read({ paths });
      assert.deepEqual(found.documents.map((d) => [d.path, d.snapshots.length]), [['docs/roadmap.md', 8]], `named ${paths.join(' ')}`);
    }
  });
});

describe('the fixture repository, all parents', () => {
  test('the side branch commit is a point too, and the end state is the same', async () => {
    const [first, all] = [await read(), await read({ allParents: true })];
    const roadmap = documentAt(all, 'docs/roadmap.md');
    assert.ok(roadmap.snapshots.some((s) => s.commit === repo.sha('reword')), 'the reword commit is replayed');
    assert.deepEqual(roadmap.snapshots.at(-1)?.counts, documentAt(first, 'docs/roadmap.md').snapshots.at(-1)?.counts);
    assert.deepEqual(roadmap.snapshots.at(-1)?.items.map((i) => [i.text, i.state]), documentAt(first, 'docs/roadmap.md').snapshots.at(-1)?.items.map((i) => [i.text, i.state]));
  });
});

describe('the working tree', () => {
  test('uncommitted changes are a last point, dated now', async () => {
    await repo.write({ 'TODO.md': '# TODO\n\n- [x] Write README\n- [x] Set up CI\n- [ ] Release\n', 'NOTES.md': '- [ ] untracked note\n' });
    try {
      const history = await read();
      const todo = documentAt(history, 'TODO.md');
      const last = todo.snapshots.at(-1)!;
      assert.equal(last.commit, 'working-tree');
      assert.equal(last.blob, 'working-tree:TODO.md');
      assert.deepEqual([last.counts.done, last.counts.total], [2, 3]);
      assert.ok(last.date.startsWith('2026-03-2'), `dated now, got ${last.date}`);
      assert.deepEqual(todo.events.at(-1)?.kind, 'appeared');
      const notes = documentAt(history, 'NOTES.md');
      assert.deepEqual(notes.snapshots.map((s) => s.commit), ['working-tree'], 'an untracked document has only the working-tree point');
    } finally {
      repo.git('checkout', '--', 'TODO.md');
      repo.git('clean', '-fq');
    }
  });
});

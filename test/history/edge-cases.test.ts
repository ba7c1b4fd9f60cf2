/**
 * History at the edges, through `readProjectHistory` and through the CLI (`runCli` in this
 * process, fixed clock): no git, a shallow clone, a document deleted and re-added, binary and
 * ill-encoded versions, an empty repository, documents never committed, paths outside the
 * repository, --since / --until around a rename, and a corrupt cache. None of them crashes;
 * only a real usage error exits 2.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { runCli } from '../../src/cli/cli.js';
import type { CliIo } from '../../src/cli/io.js';
import type { DocumentHistory, Snapshot } from '../../src/history/model.js';
import { localDateTime, readProjectHistory, type HistoryRequest, type ProjectHistory } from '../../src/history/project.js';
import { defaultAnalyzeOptions } from '../../src/pipeline/options.js';
import { DEFAULT_INCLUDE } from '../../src/scan/defaults.js';
import { gitIn, makeRepo, type TestRepo } from '../helpers/git-repo.js';

// "Today" and the working tree's date are local (`todayOf`, `localDateTime`): one zone for every
// machine, so the fixed clock falls on the same day everywhere. Each test file runs in its own process.
process.env.TZ = 'UTC';

const NOW = new Date('2026-01-20T12:00:00Z');

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `headway …args` in `cwd` with captured streams (not terminals) and the clock at NOW. */
async function headway(cwd: string, args: readonly string[]): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: { write: (text) => void (stdout += text), isTTY: false, columns: undefined },
    stderr: { write: (text) => void (stderr += text), isTTY: false, columns: undefined },
    env: {},
    cwd,
    now: () => NOW,
  };
  const code = await runCli(args, io);
  return { code, stdout, stderr };
}

/** stdout of a run that must succeed quietly. */
async function ok(cwd: string, args: readonly string[]): Promise<string> {
  const run = await headway(cwd, args);
  assert.equal(run.stderr, '', args.join(' '));
  assert.equal(run.code, 0, args.join(' '));
  return run.stdout;
}

/** `history --json`, parsed. */
async function historyJson(cwd: string, args: readonly string[] = []): Promise<HistoryJson> {
  return JSON.parse(await ok(cwd, ['history', '--json', ...args])) as HistoryJson;
}

interface PointJson {
  commit: string;
  at: string;
  done: number;
  scope: number;
  remaining: number;
  fraction: number | null;
}
interface HistoryJson {
  schemaVersion: number;
  repository: { root: string; head: string | null; shallow: boolean; startsAt: string | null } | null;
  message: string | null;
  commits: number;
  project: { byCommit: PointJson[]; throughput: { week: string; done: number }[] } | null;
  documents: {
    path: string;
    paths: string[];
    versions: number;
    byCommit: PointJson[];
    items: { text: string; state: string | null; events: { kind: string; commit: string; from: string | null; to: string | null }[] }[];
    notes: { commit: string; path: string; kind: string; message: string; count: number }[];
  }[];
}

/** Reads a history with the default globs and options, without the cache unless asked. */
function read(cwd: string, options: Partial<HistoryRequest> = {}): Promise<ProjectHistory> {
  return readProjectHistory({ cwd, paths: [], globs: { include: DEFAULT_INCLUDE, exclude: [] }, analyze: defaultAnalyzeOptions(NOW), now: NOW, cache: false, ...options });
}

/** `sha done/total` per snapshot, `-` for a deleted version, to compare a history at a glance. */
const story = (document: DocumentHistory): string[] => document.snapshots.map((s) => `${s.commit.slice(0, 7)} ${s.blob === '' ? '-' : `${s.counts.done}/${s.counts.total}`}`);

const ZERO_STATES = { done: 0, 'in-progress': 0, open: 0, blocked: 0, cancelled: 0, deferred: 0 };

/** A temporary folder (not a repository) removed after the tests. */
function tempFolder(prefix: string): string {
  return realpathSync(mkdtempSync(join(tmpdir(), prefix)));
}

describe('a folder that is not a git repository', () => {
  let folder: string;
  let ceiling: string | undefined;
  before(() => {
    folder = tempFolder('headway-nogit-');
    writeFileSync(join(folder, 'progress.md'), '# P\n\n## Phase 1: A\n\n- [x] a\n- [ ] b\n');
    // Whatever holds the temporary folder, git must not find a repository above it.
    ceiling = process.env.GIT_CEILING_DIRECTORIES;
    process.env.GIT_CEILING_DIRECTORIES = realpathSync(tmpdir());
  });
  after(() => {
    if (ceiling === undefined) delete process.env.GIT_CEILING_DIRECTORIES;
    else process.env.GIT_CEILING_DIRECTORIES = ceiling;
    rmSync(folder, { recursive: true, force: true });
  });

  test('readProjectHistory: no repository, no documents, no error', async () => {
    assert.deepEqual(await read(folder, { cache: true }), { repository: null, documents: [], commits: 0, replayed: 0, cached: 0 });
  });

  test('history --json: repository null and a message', async () => {
    assert.deepEqual(await historyJson(folder), { schemaVersion: 1, repository: null, message: 'not a git repository: no history', commits: 0, project: null, documents: [] });
  });

  test('history and burndown say there is no history; nothing is written', async () => {
    const said = 'No history: this folder is not in a git repository (`headway status` reads it as it is).\n';
    assert.equal(await ok(folder, ['history']), said);
    assert.equal(await ok(folder, ['burndown', '--by', 'week']), said);
    assert.deepEqual(readdirSync(folder), ['progress.md'], 'no .headway/ outside git');
  });

  test('report status reads the working tree', async () => {
    assert.equal(
      await ok(folder, ['report', 'status']),
      `# Implementation Status

*Last Updated: 2026-01-20 12:00 UTC*

## Overall Progress

| Metric             | Count | Percentage |
|--------------------|------:|-----------:|
| Total items        |     2 |       100% |
| Completed          |     1 |        50% |
| In progress        |     0 |         0% |
| Blocked            |     0 |         0% |
| Not started (open) |     1 |        50% |

## Milestone Status

### Phase 1: A
- **Status**: In Progress
- **Progress**: 1/2 items (50%)
`,
    );
  });

  test('report weekly, daily and burndown are usage errors that point at report status', async () => {
    for (const kind of ['weekly', 'daily', 'burndown']) {
      assert.deepEqual(await headway(folder, ['report', kind]), {
        code: 2,
        stdout: '',
        stderr: `headway: a ${kind} report needs git history, and ${folder} is not in a git repository ('headway report status' works without one)\n`,
      });
    }
  });
});

describe('a shallow clone', () => {
  const doc = (done: number): string => `# P\n\n${Array.from({ length: 6 }, (_, i) => `- [${i < done ? 'x' : ' '}] task ${i}\n`).join('')}`;
  let origin: TestRepo;
  let parent: string;
  let clone: string;
  before(async () => {
    origin = await makeRepo(Array.from({ length: 6 }, (_, i) => ({ date: `2026-01-0${i + 1}T10:00:00Z`, message: `c${i}`, files: { 'progress.md': doc(i) } })));
    parent = tempFolder('headway-shallow-');
    gitIn(parent, ['clone', '-q', '--depth', '3', `file://${origin.root}`, 'clone']);
    clone = join(parent, 'clone');
  });
  after(async () => {
    await origin.cleanup();
    rmSync(parent, { recursive: true, force: true });
  });

  test('readProjectHistory: the fetched commits, and where history starts', async () => {
    const history = await read(clone);
    assert.deepEqual(history.repository, { root: clone, head: origin.sha('c5'), shallow: true, startsAt: origin.sha('c3') });
    assert.equal(history.commits, 3);
    assert.deepEqual(story(history.documents[0]!), ['c3', 'c4', 'c5'].map((m, i) => `${origin.sha(m).slice(0, 7)} ${3 + i}/6`));
  });

  test('history --json: shallow true and startsAt the boundary commit, run after run', async () => {
    const json = await historyJson(clone);
    assert.deepEqual(json.repository, { root: clone, head: origin.sha('c5'), shallow: true, startsAt: origin.sha('c3') });
    assert.deepEqual(json.documents[0]?.byCommit.map((p) => [p.commit, p.done]), [[origin.sha('c3'), 3], [origin.sha('c4'), 4], [origin.sha('c5'), 5]]);
    assert.deepEqual(await historyJson(clone), json, 'the same with what the first run cached');
  });

  test('history and burndown say where history starts', async () => {
    for (const command of ['history', 'burndown']) {
      const lines = (await ok(clone, [command])).split('\n');
      assert.equal(lines[0], `History | 1 document | 3 commits | 2026-01-04 -> 2026-01-06 | HEAD ${origin.sha('c5').slice(0, 7)}`);
      assert.equal(lines[1], `Shallow clone: history starts at ${origin.sha('c3').slice(0, 7)}; earlier commits were not fetched (git fetch --unshallow for all of it).`);
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Documents whose history has holes:
//
//   docs/plan.md   added (1/2) → deleted → added again (2/3)
//   notes.md       binary → other binary → Markdown (0/1) → one bad byte (1/2) → fixed (1/2)
// ---------------------------------------------------------------------------------------------

/** Deterministic bytes that are no text: a NUL every seventh byte, high bytes between. */
function garbage(length: number, seed: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let state = seed;
  for (let i = 0; i < length; i++) {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    bytes[i] = i % 7 === 3 ? 0 : 128 + (state % 128);
  }
  return bytes;
}

const BAD_UTF8 = Buffer.concat([Buffer.from('# Notes\n\n- [x] café\n- [ ] n'), Buffer.from([0xff]), Buffer.from('2\n')]);

describe('deleted and re-added, binary and ill-encoded versions', () => {
  let repo: TestRepo;
  let root: string;
  let history: ProjectHistory;
  const sha = (message: string): string => repo.sha(message);
  const short = (message: string): string => repo.sha(message).slice(0, 7);
  before(async () => {
    repo = await makeRepo([
      { date: '2026-01-05T10:00:00Z', message: 'add', files: { 'docs/plan.md': '# Plan\n\n- [x] a\n- [ ] b\n' } },
      { date: '2026-01-06T10:00:00Z', message: 'delete', files: { 'docs/plan.md': null } },
      { date: '2026-01-07T10:00:00Z', message: 'add again', files: { 'docs/plan.md': '# Plan\n\n- [x] a\n- [x] b\n- [ ] c\n' } },
      { date: '2026-01-08T10:00:00Z', message: 'binary', files: { 'notes.md': garbage(300, 1) } },
      { date: '2026-01-09T10:00:00Z', message: 'binary again', files: { 'notes.md': garbage(400, 2) } },
      { date: '2026-01-12T10:00:00Z', message: 'markdown', files: { 'notes.md': '# Notes\n\n- [ ] café\n' } },
      { date: '2026-01-13T10:00:00Z', message: 'bad byte', files: { 'notes.md': BAD_UTF8 } },
      { date: '2026-01-14T10:00:00Z', message: 'fixed', files: { 'notes.md': '# Notes\n\n- [x] café\n- [ ] n2\n' } },
    ]);
    root = realpathSync(repo.root);
    history = await read(root);
  });
  after(() => repo.cleanup());

  const documentOf = (path: string): DocumentHistory => {
    const found = history.documents.find((document) => document.path === path);
    assert.ok(found !== undefined, `a history of ${path}`);
    return found;
  };

  test('a deleted and re-added document is one history; the deletion is an empty version', () => {
    assert.deepEqual(history.documents.map((document) => document.path), ['docs/plan.md', 'notes.md']);
    const plan = documentOf('docs/plan.md');
    assert.deepEqual(plan.paths, ['docs/plan.md']);
    assert.deepEqual(plan.notes, []);
    const blob = (message: string): string => repo.git('rev-parse', `${sha(message)}:docs/plan.md`);
    const points = plan.snapshots.map((s: Snapshot) => ({ commit: s.commit, path: s.path, blob: s.blob, done: s.counts.done, total: s.counts.total }));
    assert.deepEqual(points, [
      { commit: sha('add'), path: 'docs/plan.md', blob: blob('add'), done: 1, total: 2 },
      { commit: sha('delete'), path: 'docs/plan.md', blob: '', done: 0, total: 0 },
      { commit: sha('add again'), path: 'docs/plan.md', blob: blob('add again'), done: 2, total: 3 },
    ]);
    const deleted = plan.snapshots[1]!;
    assert.deepEqual(deleted.counts, { done: 0, total: 0, sum: 0, states: ZERO_STATES });
    assert.deepEqual(deleted.sections, []);
  });

  test('its items are removed at the deletion and appear again at the re-addition, under their first ids', () => {
    const plan = documentOf('docs/plan.md');
    const events = plan.events.map((e) => `${e.kind} ${e.text} ${e.from}→${e.to} @${repo.git('log', '-1', '--format=%s', e.commit)}`);
    assert.deepEqual(events, [
      'appeared a null→done @add',
      'appeared b null→open @add',
      'removed a done→null @delete',
      'removed b open→null @delete',
      'appeared a null→done @add again',
      'appeared b null→done @add again',
      'appeared c null→open @add again',
    ]);
    const ids = (text: string): Set<string> => new Set(plan.events.filter((e) => e.text === text).map((e) => e.item));
    assert.equal(ids('a').size, 1, 'a keeps one id across the gap');
    assert.equal(ids('b').size, 1, 'b keeps one id across the gap');
  });

  test('the JSON shows the gap: a zero point, and each item removed then back', async () => {
    const json = await historyJson(root, ['docs/plan.md']);
    const plan = json.documents[0]!;
    assert.equal(json.documents.length, 1);
    assert.equal(plan.versions, 3);
    assert.deepEqual(plan.byCommit.map((p) => [p.commit, p.done, p.scope, p.fraction]), [
      [sha('add'), 1, 2, 0.5],
      [sha('delete'), 0, 0, null],
      [sha('add again'), 2, 3, 2 / 3],
    ]);
    assert.deepEqual(plan.items.map((item) => [item.text, item.state, item.events.map((e) => `${e.kind}:${e.from}→${e.to}`)]), [
      ['a', 'done', ['appeared:null→done', 'removed:done→null', 'appeared:null→done']],
      ['b', 'done', ['appeared:null→open', 'removed:open→null', 'appeared:null→done']],
      ['c', 'open', ['appeared:null→open']],
    ]);
  });

  test('binary versions count zero and leave one note with how many versions were binary', () => {
    const notes = documentOf('notes.md');
    assert.deepEqual(story(notes), [
      `${short('binary')} 0/0`,
      `${short('binary again')} 0/0`,
      `${short('markdown')} 0/1`,
      `${short('bad byte')} 1/2`,
      `${short('fixed')} 1/2`,
    ]);
    assert.deepEqual(notes.snapshots[0]!.counts, { done: 0, total: 0, sum: 0, states: ZERO_STATES });
    assert.deepEqual(notes.snapshots[0]!.sections, []);
    assert.deepEqual(notes.notes, [
      { commit: sha('binary'), path: 'notes.md', kind: 'binary-file', message: 'looks like a binary file, not Markdown (a NUL byte at offset 3)', count: 2 },
      { commit: sha('bad byte'), path: 'notes.md', kind: 'invalid-utf8', message: 'invalid UTF-8: 1 invalid byte sequence, replaced with U+FFFD; the first (FF) is at line 4, column 8', count: 1 },
    ]);
    // Nothing appeared before the first Markdown version.
    assert.equal(notes.events[0]?.commit, sha('markdown'));
  });

  test('the text output prints each note; only the binary one is counted as empty', async () => {
    const lines = (await ok(root, ['history'])).split('\n');
    assert.equal(lines[0], `History | 2 documents | 8 commits | 2026-01-05 -> 2026-01-14 | HEAD ${short('fixed')}`);
    assert.deepEqual(lines.slice(1, 3), [
      `notes.md at ${short('binary')}: looks like a binary file, not Markdown (a NUL byte at offset 3) (and 1 more version); counted as empty`,
      `notes.md at ${short('bad byte')}: invalid UTF-8: 1 invalid byte sequence, replaced with U+FFFD; the first (FF) is at line 4, column 8`,
    ]);
    assert.equal(lines[3], '');
  });

  test('the JSON carries the notes; burndown and every report run', async () => {
    const json = await historyJson(root, ['notes.md']);
    assert.deepEqual(json.documents[0]?.notes.map((note) => [note.kind, note.commit, note.count]), [['binary-file', sha('binary'), 2], ['invalid-utf8', sha('bad byte'), 1]]);
    assert.match(await ok(root, ['burndown']), /^History \| 2 documents/);
    for (const kind of ['status', 'weekly', 'burndown', 'daily']) assert.ok((await ok(root, ['report', kind])).length > 0, kind);
  });
});

describe('an empty repository, then a document never committed', () => {
  let repo: TestRepo;
  let root: string;
  before(async () => {
    repo = await makeRepo([]);
    root = realpathSync(repo.root);
  });
  after(() => repo.cleanup());

  test('no commit: a repository without head, no documents, and sensible output everywhere', async () => {
    const history = await read(root);
    assert.deepEqual(history, { repository: { root, head: null, shallow: false, startsAt: null }, documents: [], commits: 0, replayed: 0, cached: 0 });
    assert.deepEqual(await historyJson(root), {
      schemaVersion: 1,
      repository: { root, head: null, shallow: false, startsAt: null },
      message: 'no progress document in the history of these paths',
      commits: 0,
      project: null,
      documents: [],
    });
    const said = 'No history: no progress document was ever committed here (`headway status` reads the working tree).\n';
    assert.equal(await ok(root, ['history']), said);
    assert.equal(await ok(root, ['burndown']), said);
    assert.match(await ok(root, ['report', 'status']), /\n\| Total items +\| +0 \| +— \|\n[^]*\n## Milestone Status\n\nNo milestones or sections with items\.\n$/);
    assert.equal(await ok(root, ['report', 'burndown']), 'No history yet.\n');
    assert.equal(await ok(root, ['report', 'daily']), '## 2026-01-20 — Daily Log\n\nNo item changed state.\n');
    assert.match(await ok(root, ['report', 'weekly']), /^## Week of 2026-01-19 — Weekly Summary\n/);
  });

  test('an untracked document is the working-tree point: one version, its items appeared uncommitted', async () => {
    await repo.write({ 'progress.md': '# P\n\n- [x] a\n- [ ] b\n' });
    try {
      const history = await read(root);
      assert.equal(history.commits, 0);
      assert.equal(history.documents.length, 1);
      const [snapshot] = history.documents[0]!.snapshots;
      assert.deepEqual([history.documents[0]!.snapshots.length, snapshot?.commit, snapshot?.date, snapshot?.counts.done, snapshot?.counts.total], [1, 'working-tree', localDateTime(NOW), 1, 2]);

      const json = await historyJson(root);
      assert.equal(json.message, null);
      assert.equal(json.commits, 0);
      assert.deepEqual(json.documents[0]?.byCommit.map((p) => [p.commit, p.at, p.done, p.scope]), [['working-tree', localDateTime(NOW), 1, 2]]);
      assert.deepEqual(json.documents[0]?.items.map((item) => [item.text, item.events.map((e) => `${e.kind}@${e.commit}`)]), [['a', ['appeared@working-tree']], ['b', ['appeared@working-tree']]]);

      const lines = (await ok(root, ['history'])).split('\n');
      assert.match(lines[0]!, /^History \| 1 document \| 0 commits \| (\d{4}-\d\d-\d\d) -> \1$/);
      assert.ok(lines.some((line) => /^\d{4}-\d\d-\d\d {2}uncommitted {2}appeared {2}a {2}progress\.md$/.test(line)), lines.join('\n'));
      assert.match(await ok(root, ['report', 'daily', '--date', localDateTime(NOW).slice(0, 10)]), /\n- a: new → done \(uncommitted\)\n- b: new → open \(uncommitted\)\n$/);

      // Without the working tree there is nothing.
      const committedOnly = await historyJson(root, ['--no-working-tree']);
      assert.equal(committedOnly.message, 'no progress document in the history of these paths');
      assert.deepEqual(committedOnly.documents, []);
      // The cache never shows in git status: only the document does.
      assert.equal(repo.git('status', '--porcelain', '--untracked-files=all'), '?? progress.md');
    } finally {
      await repo.write({ 'progress.md': null });
    }
  });
});

describe('paths', () => {
  let repo: TestRepo;
  let root: string;
  let outside: string;
  before(async () => {
    repo = await makeRepo([{ date: '2026-01-05T10:00:00Z', message: 'start', files: { 'docs/progress.md': '- [ ] a\n' } }]);
    root = realpathSync(repo.root);
    outside = tempFolder('headway-outside-');
  });
  after(async () => {
    await repo.cleanup();
    rmSync(outside, { recursive: true, force: true });
  });

  test('a path outside the repository is a usage error naming it, in every command', async () => {
    for (const args of [['history', outside], ['burndown', 'docs', outside], ['history', '--json', '..'], ['report', 'weekly', outside]]) {
      const named = args.at(-1)!;
      assert.deepEqual(await headway(root, args), { code: 2, stdout: '', stderr: `headway: ${named} is outside the git repository at ${root}\n` }, args.join(' '));
    }
    await assert.rejects(read(root, { paths: [outside] }), { name: 'PathError', message: `${outside} is outside the git repository at ${root}` });
  });

  test('a path inside the repository with no history is no error', async () => {
    const json = await historyJson(root, ['docs/never.md']);
    assert.equal(json.message, 'no progress document in the history of these paths');
    assert.deepEqual(json.documents, []);
    assert.equal((await historyJson(join(root, 'docs'))).documents[0]?.path, 'progress.md', 'paths shown from the working folder');
  });
});

describe('--since and --until around a rename', () => {
  // Long enough that git sees the rename with an edit as a rename.
  const body = (done: number): string => `# Plan\n\n${Array.from({ length: 10 }, (_, i) => `- [${i < done ? 'x' : ' '}] task ${i}\n`).join('')}`;
  let repo: TestRepo;
  let root: string;
  const sha = (message: string): string => repo.sha(message);
  before(async () => {
    repo = await makeRepo([
      { date: '2026-01-05T10:00:00Z', message: 'start', files: { 'old.md': body(1) } },
      { date: '2026-01-06T10:00:00Z', message: 'tick', files: { 'old.md': body(2) } },
      { date: '2026-01-08T10:00:00Z', message: 'rename', rename: ['old.md', 'docs/plan.md'] },
      { date: '2026-01-09T10:00:00Z', message: 'tick 2', files: { 'docs/plan.md': body(3) } },
      { date: '2026-01-12T10:00:00Z', message: 'tick 3', files: { 'docs/plan.md': body(4) } },
    ]);
    await repo.write({ 'docs/plan.md': body(5) });
    root = realpathSync(repo.root);
  });
  after(() => repo.cleanup());

  /** `message done` per point of the only document. */
  async function points(args: readonly string[]): Promise<{ paths: string[]; points: string[]; commits: number }> {
    const json = await historyJson(root, args);
    assert.equal(json.documents.length, 1, args.join(' '));
    const subject = (commit: string): string => (commit === 'working-tree' ? 'working tree' : repo.git('log', '-1', '--format=%s', commit));
    return { paths: json.documents[0]!.paths, points: json.documents[0]!.byCommit.map((p) => `${subject(p.commit)} ${p.done}`), commits: json.commits };
  }

  test('the whole history follows the rename and ends with the working tree', async () => {
    assert.deepEqual(await points([]), { paths: ['old.md', 'docs/plan.md'], points: ['start 1', 'tick 2', 'rename 2', 'tick 2 3', 'tick 3 4', 'working tree 5'], commits: 5 });
    assert.deepEqual((await points(['old.md'])).paths, ['old.md', 'docs/plan.md'], 'named by its old name');
  });

  test('--since cuts the history: it starts at the rename, under the new name', async () => {
    assert.deepEqual(await points(['--since', '2026-01-07']), { paths: ['docs/plan.md'], points: ['rename 2', 'tick 2 3', 'tick 3 4', 'working tree 5'], commits: 3 });
  });

  test('--until leaves the working tree out and ends throughput on that day', async () => {
    assert.deepEqual(await points(['--until', '2026-01-10']), { paths: ['old.md', 'docs/plan.md'], points: ['start 1', 'tick 2', 'rename 2', 'tick 2 3'], commits: 4 });
    const json = await historyJson(root, ['--until', '2026-01-10']);
    assert.deepEqual(json.project?.throughput, [{ week: '2026-W02', done: 2 }]);
    const text = await ok(root, ['history', '--until', '2026-01-10']);
    assert.ok(text.startsWith(`History | 1 document | 4 commits | 2026-01-05 -> 2026-01-09 | HEAD ${sha('tick 3').slice(0, 7)}\n`), text);
    assert.ok(!text.includes('uncommitted'));
  });

  test('--since with --until: the rename and the tick after it', async () => {
    assert.deepEqual(await points(['--since', '2026-01-07', '--until', '2026-01-10']), { paths: ['docs/plan.md'], points: ['rename 2', 'tick 2 3'], commits: 2 });
  });

  test('--no-working-tree: the commits only', async () => {
    assert.deepEqual((await points(['--no-working-tree'])).points, ['start 1', 'tick 2', 'rename 2', 'tick 2 3', 'tick 3 4']);
  });
});

describe('the cache in .headway/', () => {
  let repo: TestRepo;
  let root: string;
  let cacheFolder: string;
  before(async () => {
    repo = await makeRepo([
      { date: '2026-01-05T10:00:00Z', message: 'start', files: { 'plan.md': '# Plan\n\n- [x] a\n- [ ] b\n- [ ] c\n', 'todo.md': '- [ ] x\n' } },
      { date: '2026-01-13T10:00:00Z', message: 'tick', files: { 'plan.md': '# Plan\n\n- [x] a\n- [x] b\n- [ ] c\n' } },
    ]);
    root = realpathSync(repo.root);
    cacheFolder = join(root, '.headway', 'history');
  });
  after(() => repo.cleanup());

  /** Every file of the cache, rewritten by `corrupt`. */
  function corruptAll(corrupt: (text: string, index: number) => string | Uint8Array): void {
    const files = readdirSync(cacheFolder);
    assert.ok(files.length > 0, 'something to corrupt');
    files.forEach((file, index) => writeFileSync(join(cacheFolder, file), corrupt(readFileSync(join(cacheFolder, file), 'utf8'), index)));
  }

  test('--no-cache writes nothing; a cached run writes .headway/ with a .gitignore that keeps it out of git status', async () => {
    const fresh = await ok(root, ['history', '--json', '--no-cache']);
    assert.ok(!existsSync(join(root, '.headway')), '--no-cache leaves no .headway/');
    assert.equal(await ok(root, ['history', '--json']), fresh);
    assert.equal(readFileSync(join(root, '.headway', '.gitignore'), 'utf8'), '# Headway cache: safe to delete\n*\n');
    assert.ok(readdirSync(cacheFolder).every((file) => file.endsWith('.json')), 'no temporary file left');
    assert.equal(repo.git('status', '--porcelain', '--untracked-files=all', '--ignored=no'), '', 'the cache never shows in git status');
    assert.equal(await ok(root, ['history', '--json']), fresh, 'read back from the cache');
  });

  test('a second read takes every version from the cache', async () => {
    await read(root, { cache: true });
    const again = await read(root, { cache: true });
    assert.deepEqual([again.replayed, again.cached], [0, 3]);
    assert.equal(JSON.stringify(again.documents), JSON.stringify((await read(root)).documents));
  });

  const CORRUPTIONS: readonly [string, (text: string, index: number) => string | Uint8Array][] = [
    ['truncated JSON', (text) => text.slice(0, Math.floor(text.length / 2))],
    ['garbage bytes', (_, index) => garbage(64, index + 7)],
    ['an empty file', () => ''],
    ['JSON null', () => 'null'],
    ['JSON of another shape', (_, index) => ['[]', '42', '"x"', '{"layout":1}', '{"layout":1,"key":7,"snapshots":{}}'][index % 5]!],
  ];

  for (const [name, corrupt] of CORRUPTIONS) {
    test(`cache files holding ${name} are ignored: the output equals a --no-cache run, and the cache is rewritten`, async () => {
      const fresh = await ok(root, ['history', '--json', '--no-cache']);
      await ok(root, ['history', '--json']);
      corruptAll(corrupt);
      const reread = await read(root, { cache: true });
      assert.deepEqual([reread.replayed, reread.cached], [3, 0], 'nothing taken from a corrupt file');
      assert.equal(JSON.stringify(reread.documents), JSON.stringify((await read(root)).documents));
      corruptAll(corrupt);
      assert.equal(await ok(root, ['history', '--json']), fresh);
      assert.equal(await ok(root, ['history', '--json']), fresh, 'after the rewrite');
      const last = await read(root, { cache: true });
      assert.deepEqual([last.replayed, last.cached], [0, 3], 'the rewritten cache is used again');
    });
  }

  test('an existing .headway/.gitignore is left as it is', async () => {
    rmSync(join(root, '.headway'), { recursive: true, force: true });
    mkdirSync(join(root, '.headway'));
    writeFileSync(join(root, '.headway', '.gitignore'), 'history/\n');
    await ok(root, ['history']);
    assert.equal(readFileSync(join(root, '.headway', '.gitignore'), 'utf8'), 'history/\n');
    assert.ok(readdirSync(cacheFolder).length > 0);
  });
});

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { openRepository, readHistory, type GitRepository } from '../../../src/history/git/index.js';
import type { HistoryCommit } from '../../../src/history/model.js';
import { makeRepo, type TestRepo } from '../../helpers/git-repo.js';

const doc = (title: string, ...lines: string[]): string => `# ${title}\n\n${lines.map((line) => `${line}\n`).join('')}${'- [ ] filler\n'.repeat(12)}`;

let repo: TestRepo;
let git: GitRepository;

//   main:  start ── main edits b ── merge side ── main edits b again ── merge side2 ── merge notes
//             └─ side edits a ── side adds c ┘└─ side2 edits b, renames c ┘   └ notes only ┘
before(async () => {
  repo = await makeRepo([
    { message: 'start', files: { 'docs/a.md': doc('A', '- [ ] a1'), 'docs/b.md': doc('B', '- [ ] b1') } },
    { branch: 'side' },
    { message: 'side edits a', files: { 'docs/a.md': doc('A', '- [x] a1') } },
    { message: 'side adds c', files: { 'docs/c.md': doc('C', '- [ ] c1') } },
    { checkout: 'main' },
    { message: 'main edits b', files: { 'docs/b.md': doc('B', '- [/] b1') } },
    { merge: 'side', message: 'merge side' },
    { branch: 'side2' },
    { message: 'side2 edits b, renames c', rename: ['docs/c.md', 'docs/d.md'], files: { 'docs/b.md': doc('B', '- [x] b1 (side2)') } },
    { checkout: 'main' },
    { message: 'main edits b again', files: { 'docs/b.md': doc('B', '- [x] b1 (main)') } },
    // Conflict on b.md, resolved to main's version: against its first parent the merge changes
    // only the rename; against side2 it also changes b.md back.
    { merge: 'side2', message: 'merge side2', files: { 'docs/b.md': doc('B', '- [x] b1 (main)') } },
    { branch: 'notes' },
    { message: 'notes only', files: { 'notes.txt': 'n\n' } },
    { checkout: 'main' },
    { merge: 'notes', message: 'merge notes' },
  ]);
  git = (await openRepository(repo.root)) as GitRepository;
});
after(() => repo.cleanup());

const subjects = (commits: readonly HistoryCommit[]): string[] => commits.map((commit) => commit.subject);
const blob = (message: string, path: string): string => repo.git('rev-parse', `${repo.sha(message)}:${path}`);

/** The documents after each commit, replaying the changes in the order given. */
function replay(commits: readonly HistoryCommit[]): Map<string, Map<string, string>> {
  const state = new Map<string, string>();
  const after = new Map<string, Map<string, string>>();
  for (const commit of commits) {
    for (const change of commit.changes) {
      if (change.from !== null) state.delete(change.from);
      if (change.blob === null) state.delete(change.path);
      else state.set(change.path, change.blob);
    }
    after.set(commit.sha, new Map([...state].sort(([a], [b]) => (a < b ? -1 : 1))));
  }
  return after;
}

const documentsAt = (sha: string): Map<string, string> => new Map([...repo.tree(sha)].filter(([path]) => path.endsWith('.md')));

test('first parent (default): the main line, each merge showing what it brought in against its first parent', async () => {
  const { commits } = await readHistory(git);
  assert.deepEqual(subjects(commits), ['start', 'main edits b', 'merge side', 'main edits b again', 'merge side2']);
  const merge = commits[2];
  assert.deepEqual(merge?.parents, [repo.sha('main edits b'), repo.sha('side adds c')]);
  assert.deepEqual(merge?.changes, [
    { status: 'modified', path: 'docs/a.md', from: null, blob: blob('side edits a', 'docs/a.md') },
    { status: 'added', path: 'docs/c.md', from: null, blob: blob('side adds c', 'docs/c.md') },
  ]);
  assert.deepEqual(commits[4]?.changes, [{ status: 'renamed', path: 'docs/d.md', from: 'docs/c.md', blob: blob('merge side2', 'docs/d.md') }]);
});

test('first parent: replaying in order gives every commit its own documents', async () => {
  const { commits } = await readHistory(git);
  for (const [sha, documents] of replay(commits)) assert.deepEqual(documents, documentsAt(sha), sha);
});

test('all parents: every commit that changed a document, parents before children', async () => {
  const { commits } = await readHistory(git, { allParents: true });
  assert.deepEqual(new Set(subjects(commits)), new Set(['start', 'side edits a', 'side adds c', 'main edits b', 'merge side', 'side2 edits b, renames c', 'main edits b again', 'merge side2']));
  assert.equal(commits.length, 8);
  const position = new Map(commits.map((commit, index) => [commit.sha, index]));
  for (const [index, commit] of commits.entries()) {
    for (const parent of commit.parents) assert.ok((position.get(parent) ?? -1) < index, `${commit.subject} comes after its parent`);
  }
  assert.deepEqual(commits.find((commit) => commit.subject === 'side edits a')?.changes, [
    { status: 'modified', path: 'docs/a.md', from: null, blob: blob('side edits a', 'docs/a.md') },
  ]);
});

test('all parents: a merge shows the union of its diffs against each parent, the first parent first', async () => {
  const { commits } = await readHistory(git, { allParents: true });
  const merge = commits.find((commit) => commit.subject === 'merge side2');
  assert.deepEqual(merge?.changes, [
    { status: 'renamed', path: 'docs/d.md', from: 'docs/c.md', blob: blob('merge side2', 'docs/d.md') },
    // Unchanged against main, but side2 had its own b.md: named so a replay that saw side2 last is right.
    { status: 'modified', path: 'docs/b.md', from: null, blob: blob('main edits b again', 'docs/b.md') },
  ]);
});

test('all parents: replaying in topological order ends every merge, and the history, in the right state', async () => {
  const { commits } = await readHistory(git, { allParents: true });
  const states = replay(commits);
  for (const commit of commits.filter((c) => c.parents.length > 1)) assert.deepEqual(states.get(commit.sha), documentsAt(commit.sha), commit.subject);
  assert.deepEqual([...states.values()].at(-1), documentsAt('HEAD'));
});

test('a fast-forward merge adds no commit of its own', async () => {
  const ff = await makeRepo([
    { message: 'one', files: { 'a.md': '- [ ] a\n' } },
    { branch: 'topic' },
    { message: 'two', files: { 'a.md': '- [x] a\n' } },
    { checkout: 'main' },
    { merge: 'topic', fastForward: true },
  ]);
  try {
    const repository = (await openRepository(ff.root)) as GitRepository;
    assert.deepEqual(subjects((await readHistory(repository)).commits), ['one', 'two']);
  } finally {
    await ff.cleanup();
  }
});

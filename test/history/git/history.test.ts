import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { openRepository, readHistory, type GitRepository } from '../../../src/history/git/index.js';
import type { FileChange } from '../../../src/history/model.js';
import { makeRepo, type TestRepo } from '../../helpers/git-repo.js';

// Long enough that a small edit keeps a rename above git's 50% similarity.
const body = (title: string, extra = ''): string => `# ${title}\n\n${Array.from({ length: 20 }, (_, i) => `- [ ] task ${i}\n`).join('')}${extra}`;
const UNICODE = 'docs/ünïcödé 文档.md';
const QUOTED = 'docs/"quoted" \\ name.md';
const NEWLINE = process.platform === 'win32' ? 'docs/plain.md' : 'docs/new\nline\ttab.md';

let repo: TestRepo;
let git: GitRepository;

before(async () => {
  repo = await makeRepo([
    { date: '2026-01-05T10:00:00Z', message: 'start', author: 'Ada Lovelace', files: { 'docs/progress.md': body('P'), 'docs/with space.md': body('S'), 'notes.txt': 'n\n' } },
    { date: '2026-01-06T10:00:00+01:00', message: 'weird names', files: { [UNICODE]: body('U'), [QUOTED]: body('Q'), [NEWLINE]: body('N'), 'docs/progress.md': body('P', '- [x] done\n') } },
    { date: '2026-01-07T10:00:00Z', message: 'not documents', files: { 'notes.txt': 'm\n', 'node_modules/pkg/README.md': '# pkg\n', 'dir.md/inner.txt': 'x\n', 'vendor/lib/TODO.md': '- [ ] v\n' } },
    { date: '2026-01-08T10:00:00Z', message: 'rename', rename: ['docs/progress.md', 'docs/plan.md'] },
    { date: '2026-01-09T10:00:00Z', message: 'delete', files: { 'docs/with space.md': null } },
    { date: '2026-01-10T10:00:00-05:00', message: 'rename and edit', rename: [UNICODE, 'docs/renamed ü.md'], files: { 'docs/renamed ü.md': body('U', '- [x] one more\n') } },
    { date: '2026-01-11T10:00:00Z', message: 'out of vendor', rename: ['vendor/lib/TODO.md', 'docs/TODO.md'] },
  ]);
  git = (await openRepository(repo.root)) as GitRepository;
});
after(() => repo.cleanup());

const blob = (message: string, path: string): string => repo.git('rev-parse', `${repo.sha(message)}:${path}`);
const byPath = (changes: readonly FileChange[]): FileChange[] => [...changes].sort((a, b) => (a.path < b.path ? -1 : 1));

test('commits come oldest first with sha, parents, committer date as git prints it, author and subject', async () => {
  const { commits, startsAt } = await readHistory(git);
  assert.deepEqual(commits.map((commit) => commit.subject), ['start', 'weird names', 'rename', 'delete', 'rename and edit', 'out of vendor']);
  assert.deepEqual(commits.map((commit) => commit.sha), ['start', 'weird names', 'rename', 'delete', 'rename and edit', 'out of vendor'].map((m) => repo.sha(m)));
  assert.deepEqual(commits.map((commit) => commit.parents), [[], [repo.sha('start')], [repo.sha('not documents')], [repo.sha('rename')], [repo.sha('delete')], [repo.sha('rename and edit')]]);
  assert.deepEqual(commits.map((commit) => commit.date).slice(0, 2), ['2026-01-05T10:00:00+00:00', '2026-01-06T10:00:00+01:00']);
  assert.equal(commits[4]?.date, '2026-01-10T10:00:00-05:00');
  assert.equal(commits[0]?.author, 'Ada Lovelace');
  assert.equal(commits[1]?.author, 'Test Author');
  assert.equal(startsAt, null);
});

test('each commit lists its document changes with exact paths: added, modified, renamed, deleted', async () => {
  const { commits } = await readHistory(git);
  const [start, weird, rename, removal, renameEdit, unvendor] = commits;
  assert.deepEqual(byPath(start?.changes ?? []), [
    { status: 'added', path: 'docs/progress.md', from: null, blob: blob('start', 'docs/progress.md') },
    { status: 'added', path: 'docs/with space.md', from: null, blob: blob('start', 'docs/with space.md') },
  ]);
  assert.deepEqual(byPath(weird?.changes ?? []), byPath([
    { status: 'added', path: UNICODE, from: null, blob: blob('weird names', UNICODE) },
    { status: 'added', path: QUOTED, from: null, blob: blob('weird names', QUOTED) },
    { status: 'added', path: NEWLINE, from: null, blob: blob('weird names', NEWLINE) },
    { status: 'modified', path: 'docs/progress.md', from: null, blob: blob('weird names', 'docs/progress.md') },
  ]));
  assert.deepEqual(rename?.changes, [{ status: 'renamed', path: 'docs/plan.md', from: 'docs/progress.md', blob: blob('rename', 'docs/plan.md') }]);
  assert.deepEqual(removal?.changes, [{ status: 'deleted', path: 'docs/with space.md', from: null, blob: null }]);
  assert.deepEqual(renameEdit?.changes, [{ status: 'renamed', path: 'docs/renamed ü.md', from: UNICODE, blob: blob('rename and edit', 'docs/renamed ü.md') }]);
  // Out of an ignored folder: the document appears, it was not a document before.
  assert.deepEqual(unvendor?.changes, [{ status: 'added', path: 'docs/TODO.md', from: null, blob: blob('out of vendor', 'docs/TODO.md') }]);
});

test('explicit pathspecs replace the default and are not filtered', async () => {
  const { commits } = await readHistory(git, { paths: ['vendor', 'docs/TODO.md', 'notes.txt'] });
  assert.deepEqual(commits.map((commit) => commit.subject), ['start', 'not documents', 'out of vendor']);
  assert.deepEqual(commits[2]?.changes, [{ status: 'renamed', path: 'docs/TODO.md', from: 'vendor/lib/TODO.md', blob: blob('out of vendor', 'docs/TODO.md') }]);
  assert.deepEqual((await readHistory(git, { paths: ['docs/plan.md'] })).commits.map((commit) => commit.subject), ['rename']);
  assert.deepEqual((await readHistory(git, { paths: [] })).commits, []);
});

test('since and until are passed to git', async () => {
  const { commits } = await readHistory(git, { since: '2026-01-07T00:00:00Z', until: '2026-01-09T23:00:00Z' });
  assert.deepEqual(commits.map((commit) => commit.subject), ['rename', 'delete']);
});

test('progress is reported while the log is read, ending at the number of commits read', async () => {
  const seen: number[] = [];
  await readHistory(git, { onProgress: (count) => seen.push(count) });
  assert.ok(seen.length > 0);
  assert.deepEqual([...seen].sort((a, b) => a - b), seen);
  // Git also lists 'not documents' (its paths match `*.md`): read, then left out.
  assert.equal(seen.at(-1), 7);
});

test('replaying the changes in order ends with the documents at HEAD', async () => {
  const { commits } = await readHistory(git);
  const state = new Map<string, string>();
  for (const commit of commits) {
    for (const change of commit.changes) {
      if (change.from !== null) state.delete(change.from);
      if (change.blob === null) state.delete(change.path);
      else state.set(change.path, change.blob);
    }
  }
  const documents = [...repo.tree()].filter(([path]) => path.startsWith('docs/'));
  assert.deepEqual(new Map([...state].sort()), new Map(documents));
});

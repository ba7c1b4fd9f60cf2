import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { openRepository, readWorkingTree, workingTreeBlob, type GitRepository } from '../../../src/history/git/index.js';
import { parseStatus } from '../../../src/history/git/status-parse.js';
import type { FileChange } from '../../../src/history/model.js';
import { makeRepo, type TestRepo } from '../../helpers/git-repo.js';

let repo: TestRepo;
let git: GitRepository;

before(async () => {
  repo = await makeRepo([{
    message: 'start',
    files: {
      'docs/progress.md': '- [ ] a\n', 'docs/done.md': '- [x] b\n', 'docs/staged.md': '- [ ] s\n', 'docs/moved.md': '- [ ] m\n',
      'README.md': '# r\n', 'main.c': 'int main;\n', '.gitignore': 'drafts/\n*.local.md\n',
    },
  }]);
  git = (await openRepository(repo.root)) as GitRepository;
});
after(() => repo.cleanup());

const byPath = (changes: readonly FileChange[]): FileChange[] => [...changes].sort((a, b) => (a.path < b.path ? -1 : 1));

test('a clean working tree has no changes', async () => {
  assert.deepEqual(await readWorkingTree(git), { changes: [] });
});

test('modified, deleted, staged, renamed and untracked documents are reported; ignored files and non-documents are not', async () => {
  await repo.write({
    'docs/progress.md': '- [x] a\n',         // modified, not staged
    'docs/done.md': null,                      // deleted
    'docs/staged.md': '- [x] s\n',           // modified and staged
    'docs/new file ü.md': '- [ ] n\n',       // untracked
    'notes/deep/idea.md': '- [ ] i\n',       // untracked, in an untracked folder
    'drafts/secret.md': '- [ ] hidden\n',    // ignored folder
    'plan.local.md': '- [ ] hidden\n',       // ignored pattern
    'node_modules/pkg/README.md': '# pkg\n', // a folder a scan skips
    'main.c': 'int main(void);\n',           // not a document
  });
  repo.git('add', 'docs/staged.md');
  repo.git('mv', 'docs/moved.md', 'docs/renamed.md');
  const { changes } = await readWorkingTree(git);
  assert.deepEqual(byPath(changes), byPath([
    { status: 'modified', path: 'docs/progress.md', from: null, blob: 'working-tree:docs/progress.md' },
    { status: 'deleted', path: 'docs/done.md', from: null, blob: null },
    { status: 'modified', path: 'docs/staged.md', from: null, blob: 'working-tree:docs/staged.md' },
    { status: 'renamed', path: 'docs/renamed.md', from: 'docs/moved.md', blob: 'working-tree:docs/renamed.md' },
    { status: 'added', path: 'docs/new file ü.md', from: null, blob: 'working-tree:docs/new file ü.md' },
    { status: 'added', path: 'notes/deep/idea.md', from: null, blob: 'working-tree:notes/deep/idea.md' },
  ]));
  assert.deepEqual((await readWorkingTree(git, ['notes'])).changes.map((change) => change.path), ['notes/deep/idea.md']);
  assert.deepEqual((await readWorkingTree(git, [])).changes, []);
  assert.equal(workingTreeBlob('a b.md'), 'working-tree:a b.md');
});

test('porcelain records become changes against HEAD', () => {
  const records = [
    ' M mod.md', 'M  staged.md', 'MM both.md', ' D gone.md', 'D  removed.md', 'A  added.md', 'AM added-edited.md', 'AD added-then-gone.md',
    'R  to.md', 'from.md', 'RD moved-then-gone.md', 'src.md', 'C  copy.md', 'orig.md',
    'D  kept-on-disk.md', '?? kept-on-disk.md', '?? untracked.md',
  ];
  const wt = (path: string): FileChange => ({ status: 'modified', path, from: null, blob: workingTreeBlob(path) });
  assert.deepEqual(parseStatus(`${records.join('\0')}\0`), [
    wt('mod.md'), wt('staged.md'), wt('both.md'),
    { status: 'deleted', path: 'gone.md', from: null, blob: null },
    { status: 'deleted', path: 'removed.md', from: null, blob: null },
    { status: 'added', path: 'added.md', from: null, blob: workingTreeBlob('added.md') },
    { status: 'added', path: 'added-edited.md', from: null, blob: workingTreeBlob('added-edited.md') },
    { status: 'renamed', path: 'to.md', from: 'from.md', blob: workingTreeBlob('to.md') },
    { status: 'deleted', path: 'src.md', from: null, blob: null },
    { status: 'added', path: 'copy.md', from: null, blob: workingTreeBlob('copy.md') },
    wt('kept-on-disk.md'),
    { status: 'added', path: 'untracked.md', from: null, blob: workingTreeBlob('untracked.md') },
  ]);
  assert.deepEqual(parseStatus(''), []);
});

import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { GitError, openRepository, readHistory, readWorkingTree, type GitRepository } from '../../../src/history/git/index.js';
import { gitIn, makeRepo } from '../../helpers/git-repo.js';

/** Runs `body` with an environment variable set, then puts it back. */
async function withEnv<T>(name: string, value: string, body: () => Promise<T>): Promise<T> {
  const before = process.env[name];
  process.env[name] = value;
  try {
    return await body();
  } finally {
    if (before === undefined) delete process.env[name];
    else process.env[name] = before;
  }
}

test('a repository opened from a subfolder has its top folder as root and HEAD', async () => {
  const repo = await makeRepo([{ message: 'one', files: { 'docs/deep/a.md': '- [ ] a\n' } }]);
  try {
    const opened = await openRepository(path.join(repo.root, 'docs', 'deep'));
    assert.deepEqual(opened, { root: repo.git('rev-parse', '--show-toplevel'), shallow: false, head: repo.sha('one') });
  } finally {
    await repo.cleanup();
  }
});

test('a folder outside any repository has no history, and that is not an error', async () => {
  const folder = await mkdtemp(path.join(tmpdir(), 'headway-plain-'));
  try {
    await mkdir(path.join(folder, 'docs'));
    // The ceiling stops git from finding a repository above the temporary folder.
    const opened = await withEnv('GIT_CEILING_DIRECTORIES', path.dirname(folder), () => openRepository(path.join(folder, 'docs')));
    assert.equal(opened, null);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
});

test('an empty repository opens with head null, an empty history and its untracked documents', async () => {
  const repo = await makeRepo();
  try {
    const opened = (await openRepository(repo.root)) as GitRepository;
    assert.equal(opened.head, null);
    assert.equal(opened.shallow, false);
    assert.deepEqual(await readHistory(opened), { commits: [], startsAt: null });
    await repo.write({ 'todo.md': '- [ ] first\n' });
    assert.deepEqual((await readWorkingTree(opened)).changes, [{ status: 'added', path: 'todo.md', from: null, blob: 'working-tree:todo.md' }]);
  } finally {
    await repo.cleanup();
  }
});

test('git missing from PATH is a GitError that says so', async () => {
  const empty = await mkdtemp(path.join(tmpdir(), 'headway-nopath-'));
  try {
    await withEnv('PATH', empty, async () => {
      await assert.rejects(openRepository(empty), (error: unknown) => {
        assert.ok(error instanceof GitError);
        assert.equal(error.code, 'git-not-found');
        assert.match(error.message, /git is not installed or not on PATH/);
        return true;
      });
    });
  } finally {
    await rm(empty, { recursive: true, force: true });
  }
});

test('a folder that does not exist is a GitError naming it', async () => {
  const missing = path.join(tmpdir(), 'headway-no-such-folder-4242');
  await assert.rejects(openRepository(missing), (error: unknown) => error instanceof GitError && error.code === 'command-failed' && error.message.includes(missing));
});

test('a shallow clone is shallow, and its history starts at the boundary, whose documents all appear added', async () => {
  const source = await makeRepo(Array.from({ length: 5 }, (_, i) => ({ message: `c${i + 1}`, files: { 'plan.md': `- [x] ${i}\n`, [`step-${i + 1}.md`]: 'x\n' } })));
  const target = await mkdtemp(path.join(tmpdir(), 'headway-shallow-'));
  try {
    gitIn(tmpdir(), ['clone', '-q', '--depth', '3', `file://${source.root}`, target]);
    const opened = (await openRepository(target)) as GitRepository;
    assert.equal(opened.shallow, true);
    assert.equal(opened.head, source.sha('c5'));
    const { commits, startsAt } = await readHistory(opened);
    assert.equal(startsAt, source.sha('c3'));
    assert.deepEqual(commits.map((commit) => commit.subject), ['c3', 'c4', 'c5']);
    assert.deepEqual(commits[0]?.parents, []);
    assert.deepEqual(commits[0]?.changes.map((change) => `${change.status} ${change.path}`), ['added plan.md', 'added step-1.md', 'added step-2.md', 'added step-3.md']);
  } finally {
    await source.cleanup();
    await rm(target, { recursive: true, force: true });
  }
});

test('a shallow boundary with no document is still where the history starts, though not a commit of it', async () => {
  const source = await makeRepo([
    { message: 'code', files: { 'main.c': 'int main;\n' } },
    { message: 'more code', files: { 'main.c': 'int main(void);\n' } },
    { message: 'plan', files: { 'plan.md': '- [ ] a\n' } },
  ]);
  const target = await mkdtemp(path.join(tmpdir(), 'headway-shallow-'));
  try {
    gitIn(tmpdir(), ['clone', '-q', '--depth', '2', `file://${source.root}`, target]);
    const { commits, startsAt } = await readHistory((await openRepository(target)) as GitRepository);
    assert.equal(startsAt, source.sha('more code'));
    assert.deepEqual(commits.map((commit) => commit.subject), ['plan']);
  } finally {
    await source.cleanup();
    await rm(target, { recursive: true, force: true });
  }
});

test('a clone deeper than the history is not shallow', async () => {
  const source = await makeRepo([{ message: 'one', files: { 'a.md': 'a\n' } }, { message: 'two', files: { 'a.md': 'b\n' } }]);
  const target = await mkdtemp(path.join(tmpdir(), 'headway-shallow-'));
  try {
    gitIn(tmpdir(), ['clone', '-q', '--depth', '10', `file://${source.root}`, target]);
    const opened = (await openRepository(target)) as GitRepository;
    assert.equal(opened.shallow, false);
    assert.equal((await readHistory(opened)).startsAt, null);
  } finally {
    await source.cleanup();
    await rm(target, { recursive: true, force: true });
  }
});

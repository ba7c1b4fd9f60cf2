import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { after, before, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import path from 'node:path';
import { GitError, openBlobReader, openRepository, readHistory, type GitRepository } from '../../../src/history/git/index.js';
import { REPO_ROOT } from '../../helpers/shared.js';
import { makeRepo, type TestRepo } from '../../helpers/git-repo.js';
import { countSpawns } from './spawn-counter.js';

const BINARY = Uint8Array.from({ length: 1024 }, (_, i) => (i * 37) % 256); // NULs, LFs, every byte
const LARGE = new TextEncoder().encode('- [ ] a large document line\n'.repeat(80_000)); // ~2 MB: many pipe chunks
const DOCS = 300; // more than the reader keeps in flight

let repo: TestRepo;
let git: GitRepository;
const contents = new Map<string, Uint8Array>();

before(async () => {
  const files: Record<string, string | Uint8Array> = { 'binary.md': BINARY, 'large.md': LARGE, 'empty.md': '' };
  for (let i = 0; i < DOCS; i++) files[`docs/doc-${i}.md`] = `# Doc ${i}\n- [ ] item ${i}\n`;
  repo = await makeRepo([{ message: 'all', files }]);
  git = (await openRepository(repo.root)) as GitRepository;
  const tree = repo.tree();
  for (const [file, content] of Object.entries(files)) contents.set(tree.get(file) as string, typeof content === 'string' ? new TextEncoder().encode(content) : content);
});
after(() => repo.cleanup());

const MISSING = '0123456789abcdef0123456789abcdef01234567';

test('readMany returns every blob in the order asked — binary, empty, 2 MB and repeats included — from one process', async () => {
  const shas = [...contents.keys()];
  const asked = [...shas, ...shas.slice(0, 50).reverse()];
  const { result, spawned } = await countSpawns(async () => {
    const reader = openBlobReader(git);
    const got: { sha: string; bytes: Uint8Array }[] = [];
    for await (const blob of reader.readMany(asked)) got.push(blob);
    got.push({ sha: shas[0] as string, bytes: await reader.read(shas[0] as string) });
    await reader.close();
    return got;
  });
  assert.deepEqual(spawned, ['git cat-file']);
  assert.deepEqual(result.map((blob) => blob.sha), [...asked, shas[0]]);
  for (const { sha, bytes } of result) assert.deepEqual(Buffer.from(bytes), Buffer.from(contents.get(sha) as Uint8Array), sha);
});

test('a missing object rejects its own read with a GitError, and the reader goes on', async () => {
  const reader = openBlobReader(git);
  try {
    const [first] = contents.keys();
    const pending = [reader.read(first as string), reader.read(MISSING), reader.read(first as string)];
    const [a, missing, b] = await Promise.allSettled(pending);
    assert.equal(a?.status, 'fulfilled');
    assert.equal(b?.status, 'fulfilled');
    assert.equal(missing?.status, 'rejected');
    const error = (missing as PromiseRejectedResult).reason as GitError;
    assert.ok(error instanceof GitError);
    assert.equal(error.code, 'missing-object');
    assert.equal(error.sha, MISSING);
  } finally {
    await reader.close();
  }
});

test('readMany yields up to a missing object, throws there, and leaves the reader usable', async () => {
  const reader = openBlobReader(git);
  try {
    const shas = [...contents.keys()].slice(0, 5);
    const got: string[] = [];
    await assert.rejects(async () => {
      for await (const { sha } of reader.readMany([...shas.slice(0, 3), MISSING, ...shas.slice(3)])) got.push(sha);
    }, (error: unknown) => error instanceof GitError && error.code === 'missing-object');
    assert.deepEqual(got, shas.slice(0, 3));
    assert.deepEqual(Buffer.from(await reader.read(shas[4] as string)), Buffer.from(contents.get(shas[4] as string) as Uint8Array));
  } finally {
    await reader.close();
  }
});

test('a tree is not a blob; a non-id is refused before it reaches git', async () => {
  const reader = openBlobReader(git);
  try {
    const tree = repo.git('rev-parse', 'HEAD^{tree}');
    await assert.rejects(reader.read(tree), (error: unknown) => error instanceof GitError && error.code === 'not-a-blob');
    await assert.rejects(reader.read('working-tree:docs/doc-1.md'), /not a git object id/);
    await assert.rejects(reader.read(`${MISSING}\n${MISSING}`), /not a git object id/);
  } finally {
    await reader.close();
  }
});

test('a closed reader refuses reads; closing twice, or a reader never used, is fine', async () => {
  const reader = openBlobReader(git);
  const [sha] = contents.keys();
  await reader.read(sha as string);
  await reader.close();
  await reader.close();
  await assert.rejects(reader.read(sha as string), (error: unknown) => error instanceof GitError && error.code === 'reader-closed');
  await openBlobReader(git).close();
});

test('without git on PATH a read rejects with GitError git-not-found', async () => {
  const before = process.env['PATH'];
  process.env['PATH'] = path.join(repo.root, 'no-such-bin');
  const reader = openBlobReader(git);
  try {
    const [sha] = contents.keys();
    await assert.rejects(reader.read(sha as string), (error: unknown) => error instanceof GitError && error.code === 'git-not-found');
  } finally {
    process.env['PATH'] = before;
    await reader.close();
  }
});

test('a reader left open does not keep the process from exiting', () => {
  const module = pathToFileURL(path.join(REPO_ROOT, 'dist/src/history/git/index.js')).href;
  const [sha] = contents.keys();
  const script = `const git = await import(${JSON.stringify(module)});
const reader = git.openBlobReader(await git.openRepository(${JSON.stringify(repo.root)}));
process.stdout.write(String((await reader.read(${JSON.stringify(sha)})).length));`;
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', timeout: 20_000 });
  assert.equal(out, String(contents.get(sha as string)?.length));
});

test('reading a history is one git log however many commits', async () => {
  const many = await makeRepo(Array.from({ length: 12 }, (_, i) => ({ message: `c${i}`, files: { [`d${i % 3}.md`]: `- [x] ${i}\n` } })));
  try {
    const opened = (await openRepository(many.root)) as GitRepository;
    const { result, spawned } = await countSpawns(() => readHistory(opened, { allParents: true }));
    assert.equal(result.commits.length, 12);
    assert.deepEqual(spawned, ['git log']);
  } finally {
    await many.cleanup();
  }
});

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { writeAtomically } from '../../src/edit/atomic-write.js';
import { LockTimeoutError, WriteConflictError } from '../../src/edit/errors.js';
import { contentHash } from '../../src/edit/hash.js';
import { lockPathOf } from '../../src/edit/lock.js';

const root = mkdtempSync(join(tmpdir(), 'headway-edit-'));
after(() => rmSync(root, { recursive: true, force: true }));
let counter = 0;

/** A fresh folder holding `doc.md` with `content`. */
function fixture(content: string): { dir: string; file: string; hash: string } {
  const dir = join(root, `case-${counter++}`);
  mkdirSync(dir);
  const file = join(dir, 'doc.md');
  writeFileSync(file, content);
  return { dir, file, hash: contentHash(Buffer.from(content)) };
}

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('writeAtomically', () => {
  test('replaces the content, keeps the mode, and leaves no temp or lock file', async () => {
    const { dir, file, hash } = fixture('- [ ] a\n');
    chmodSync(file, 0o640);
    await writeAtomically(file, bytes('- [x] a\n'), { expectedHash: hash });
    assert.equal(readFileSync(file, 'utf8'), '- [x] a\n');
    assert.equal(statSync(file).mode & 0o777, 0o640);
    assert.deepEqual(readdirSync(dir), ['doc.md']);
  });

  test('refuses when the file changed since it was read, and leaves it as it is', async () => {
    const { dir, file, hash } = fixture('- [ ] a\n');
    writeFileSync(file, '- [ ] a\n- [ ] b\n');
    await assert.rejects(writeAtomically(file, bytes('- [x] a\n'), { expectedHash: hash, display: 'doc.md' }), (error: unknown) => {
      assert.ok(error instanceof WriteConflictError);
      assert.equal(error.actualHash, contentHash(bytes('- [ ] a\n- [ ] b\n')));
      assert.match(error.message, /^doc\.md changed since it was read/);
      return true;
    });
    assert.equal(readFileSync(file, 'utf8'), '- [ ] a\n- [ ] b\n');
    assert.deepEqual(readdirSync(dir), ['doc.md']);
  });

  test('refuses when the file was removed', async () => {
    const { file, hash } = fixture('x\n');
    unlinkSync(file);
    await assert.rejects(writeAtomically(file, bytes('y\n'), { expectedHash: hash }), (error: unknown) => error instanceof WriteConflictError && error.actualHash === null);
  });

  test('writes through a symbolic link: the link stays a link', async () => {
    const { dir, file, hash } = fixture('- [ ] a\n');
    const link = join(dir, 'link.md');
    symlinkSync(file, link);
    await writeAtomically(link, bytes('- [x] a\n'), { expectedHash: hash });
    assert.ok(lstatSync(link).isSymbolicLink());
    assert.equal(readFileSync(file, 'utf8'), '- [x] a\n');
  });

  test('writers of one process take turns: of 20 racing with the same hash, exactly one wins', async () => {
    const { dir, file, hash } = fixture('v0\n');
    const results = await Promise.allSettled(Array.from({ length: 20 }, (_, i) => writeAtomically(file, bytes(`v${i + 1}\n`), { expectedHash: hash })));
    assert.equal(results.filter((r) => r.status === 'fulfilled').length, 1);
    for (const r of results) if (r.status === 'rejected') assert.ok(r.reason instanceof WriteConflictError);
    assert.match(readFileSync(file, 'utf8'), /^v\d+\n$/);
    assert.deepEqual(readdirSync(dir), ['doc.md']);
  });

  test('waits for a live lock of another process, and gives up with LockTimeoutError', async () => {
    const { file, hash } = fixture('a\n');
    writeFileSync(lockPathOf(file), `1@another-host token`);
    await assert.rejects(writeAtomically(file, bytes('b\n'), { expectedHash: hash, lock: { timeoutMs: 150 } }), (error: unknown) => error instanceof LockTimeoutError);
    assert.equal(readFileSync(file, 'utf8'), 'a\n');
  });

  test('breaks a lock left by a process that is gone, at once', async () => {
    const { file, hash } = fixture('a\n');
    const gone = spawnSync(process.execPath, ['-e', '']).pid!;
    writeFileSync(lockPathOf(file), `${gone}@${hostname()} token`);
    const started = performance.now();
    await writeAtomically(file, bytes('b\n'), { expectedHash: hash, lock: { timeoutMs: 5_000 } });
    assert.ok(performance.now() - started < 1_000);
    assert.equal(readFileSync(file, 'utf8'), 'b\n');
  });

  test('breaks a lock older than the stale limit', async () => {
    const { dir, file, hash } = fixture('a\n');
    const lock = lockPathOf(file);
    writeFileSync(lock, '1@another-host token');
    const old = new Date(Date.now() - 60_000);
    utimesSync(lock, old, old);
    await writeAtomically(file, bytes('b\n'), { expectedHash: hash });
    assert.equal(readFileSync(file, 'utf8'), 'b\n');
    assert.deepEqual(readdirSync(dir), ['doc.md']);
  });
});

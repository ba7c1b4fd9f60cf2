import { randomBytes } from 'node:crypto';
import type { Stats } from 'node:fs';
import { open, readFile, realpath, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { IoError, errorCode } from '../pipeline/io-error.js';
import { LockTimeoutError, WriteConflictError } from './errors.js';
import { contentHash } from './hash.js';
import { withFileLock, type LockOptions } from './lock.js';

/** What a write is checked against, and how it is shown. */
export interface WriteOptions {
  /** sha256 hex of the bytes the caller read: the write happens only while the file still holds them. */
  readonly expectedHash: string;
  /** The path as shown in messages (cwd-relative); the path itself when absent. */
  readonly display?: string;
  readonly lock?: LockOptions;
}

/**
 * Replaces a file's content atomically, only if it is still the content the caller read:
 *
 *     lock → hash check → temp file beside it (same mode), write, fsync → hash check → rename → fsync folder → unlock
 *
 * A reader sees the old file or the new one, never a torn or truncated one (rename replaces
 * the name in one step; the temp file is complete and on disk before it). The hash is checked
 * last right before the rename, under the lock, so a Headway writer that read an older version
 * is refused (WriteConflictError) rather than overwrite a newer one; a writer outside Headway
 * can still slip into the microseconds between that check and the rename — no file system
 * offers a compare-and-swap rename. A symbolic link is followed: the file it points to is
 * replaced, the link stays.
 */
export async function writeAtomically(path: string, bytes: Uint8Array, options: WriteOptions): Promise<void> {
  const display = options.display ?? path;
  try {
    const target = await realpath(path);
    await withFileLock(target, async () => {
      await checkUnchanged(target, options.expectedHash, display);
      const info = await stat(target);
      const temp = join(dirname(target), `.${basename(target)}.headway-${process.pid}-${randomBytes(6).toString('hex')}.tmp`);
      try {
        await writeTemp(temp, bytes, info);
        await checkUnchanged(target, options.expectedHash, display);
        await rename(temp, target);
      } catch (error) {
        await rm(temp, { force: true });
        throw error;
      }
      await syncFolder(dirname(target));
    }, options.lock);
  } catch (error) {
    if (error instanceof WriteConflictError || error instanceof LockTimeoutError) throw error;
    const code = errorCode(error);
    if (code === 'ENOENT') throw new WriteConflictError(display, options.expectedHash, null);
    if (code === 'EUNKNOWN') throw error;
    throw new IoError(display, code, 'write');
  }
}

/** Refuses the write when the file no longer holds the bytes the caller read. */
async function checkUnchanged(target: string, expectedHash: string, display: string): Promise<void> {
  const actual = contentHash(await readFile(target));
  if (actual !== expectedHash) throw new WriteConflictError(display, expectedHash, actual);
}

/** Writes the whole content to a new file with the target's permissions (and owner, where allowed), on disk before it returns. */
async function writeTemp(temp: string, bytes: Uint8Array, info: Stats): Promise<void> {
  const handle = await open(temp, 'wx', info.mode & 0o777);
  try {
    await handle.writeFile(bytes);
    // `open`'s mode passes through the umask; the target's mode must not.
    await handle.chmod(info.mode & 0o7777);
    if (process.getuid?.() === 0) await handle.chown(info.uid, info.gid);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Makes the rename itself durable. Some platforms cannot open or sync a folder; the rename is done either way. */
async function syncFolder(folder: string): Promise<void> {
  try {
    const handle = await open(folder, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Windows and some network file systems: nothing more can be done.
  }
}

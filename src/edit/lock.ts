import { randomUUID } from 'node:crypto';
import { link, open, readFile, rename, stat, unlink } from 'node:fs/promises';
import { hostname } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { errorCode } from '../pipeline/io-error.js';
import { LockTimeoutError } from './errors.js';

/** How long to wait for a file's lock, and when a lock left behind is broken. */
export interface LockOptions {
  /** A lock file older than this was left by a writer that died (a write holds it for milliseconds). Default 10 s. */
  readonly staleMs?: number;
  /** Give up (LockTimeoutError) after waiting this long. Default 15 s. */
  readonly timeoutMs?: number;
}

/**
 * Headway's writers of one file take turns. Two layers, because they solve different problems:
 *
 * - In this process, a queue per file (a promise chain): the server and the MCP tool may edit
 *   the same file from many requests at once, and a queue serialises them in arrival order,
 *   without polling and without a waiter ever seeing its own process's lock as taken.
 * - Across processes (`headway set` in a terminal while `headway serve` runs), a lock file
 *   beside the target, `.<name>.headway-lock`, created with O_CREAT|O_EXCL: the file system
 *   grants it to exactly one creator. It holds `pid@host` and a random token; it is released
 *   only by the holder whose token it still holds. A lock left by a crashed process is broken
 *   at once when its pid is gone on this host, else once older than `staleMs`; breaking moves
 *   it aside first (rename: one breaker wins) and puts it back if what was moved turns out to
 *   be a fresh lock taken in between.
 *
 * The lock only orders Headway's own writers. Editors and other tools do not take it: against
 * them the content hash check right before the rename is what refuses a stale write.
 */
export async function withFileLock<T>(file: string, work: () => Promise<T>, options: LockOptions = {}): Promise<T> {
  const previous = queues.get(file) ?? Promise.resolve();
  let done!: () => void;
  const turn = new Promise<void>((resolve) => {
    done = resolve;
  });
  const tail = previous.then(() => turn);
  queues.set(file, tail);
  await previous;
  try {
    const token = await acquire(lockPathOf(file), file, options);
    try {
      return await work();
    } finally {
      await release(lockPathOf(file), token);
    }
  } finally {
    done();
    if (queues.get(file) === tail) queues.delete(file);
  }
}

/** The lock file of `file`: hidden, beside it (same folder, so same file system and permissions). */
export function lockPathOf(file: string): string {
  return join(dirname(file), `.${basename(file)}.headway-lock`);
}

const queues = new Map<string, Promise<void>>();

async function acquire(lockPath: string, file: string, options: LockOptions): Promise<string> {
  const staleMs = options.staleMs ?? 10_000;
  const timeoutMs = options.timeoutMs ?? 15_000;
  const token = `${process.pid}@${hostname()} ${randomUUID()}`;
  const started = performance.now();
  let delay = 1;
  for (;;) {
    try {
      const handle = await open(lockPath, 'wx');
      try {
        await handle.writeFile(token);
      } finally {
        await handle.close();
      }
      return token;
    } catch (error) {
      if (errorCode(error) !== 'EEXIST') throw error;
    }
    if (await breakIfStale(lockPath, staleMs)) continue;
    const waited = performance.now() - started;
    if (waited > timeoutMs) throw new LockTimeoutError(file, lockPath, waited);
    await sleep(delay + Math.random() * delay);
    delay = Math.min(delay * 2, 40);
  }
}

/** Removes the lock if it is still ours (a lock held past `staleMs` may have been broken and re-taken). */
async function release(lockPath: string, token: string): Promise<void> {
  const held = await readFile(lockPath, 'utf8').catch(() => null);
  if (held === token) await unlink(lockPath).catch(() => undefined);
}

/** True when the lock is gone or was broken (try again at once); false when it is live. */
async function breakIfStale(lockPath: string, staleMs: number): Promise<boolean> {
  let content: string;
  let age: number;
  try {
    const first = await stat(lockPath);
    content = await readFile(lockPath, 'utf8');
    const second = await stat(lockPath);
    // Released and taken again while we looked: look again.
    if (first.ino !== second.ino || first.mtimeMs !== second.mtimeMs) return true;
    age = Date.now() - first.mtimeMs;
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return true;
    throw error;
  }
  if (age < staleMs && !holderIsGone(content)) return false;
  const aside = `${lockPath}.${process.pid}-${randomUUID()}.stale`;
  try {
    await rename(lockPath, aside);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return true;
    throw error;
  }
  const moved = await readFile(aside, 'utf8').catch(() => null);
  // Someone took the lock between our look and our move: give it back (link fails if a third took it since).
  if (moved !== content) await link(aside, lockPath).catch(() => undefined);
  await unlink(aside).catch(() => undefined);
  return true;
}

/** True when the lock names a process of this host that no longer exists. */
function holderIsGone(content: string): boolean {
  const match = /^(\d+)@(\S+) /.exec(content);
  if (match === null || match[2] !== hostname()) return false;
  const pid = Number(match[1]);
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return errorCode(error) === 'ESRCH';
  }
}

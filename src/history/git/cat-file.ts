import { ok as assert } from 'node:assert';
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { type BatchAnswer, BatchParser } from './batch-parse.js';
import { gitEnvironment, NEUTRAL_CONFIG } from './environment.js';
import { GitError } from './errors.js';
import type { GitRepository } from './repository.js';
import { commandFailure, spawnFailure } from './run.js';

/** Reads blobs (document versions) from one long-lived `git cat-file --batch` process. */
export interface BlobReader {
  /** The blob's bytes. Rejects with GitError `missing-object` or `not-a-blob`; the reader stays usable. */
  read(sha: string): Promise<Uint8Array>;
  /** The blobs in the order asked, requests pipelined ahead of the consumer. Throws where a sha is missing. */
  readMany(shas: readonly string[]): AsyncIterable<{ sha: string; bytes: Uint8Array }>;
  /** Ends the process once it has answered what was asked. */
  close(): Promise<void>;
}

/** A full object id: SHA-1 (40 hex) or SHA-256 (64). Anything else would break the line protocol. */
const OBJECT_ID = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;

/** Requests `readMany` keeps in flight: enough that git never waits for us, few enough to bound memory. */
const READ_AHEAD = 128;

/** Opens a reader; the process starts at the first request. Close it when done. */
export function openBlobReader(repo: GitRepository): BlobReader {
  return new CatFileReader(repo.root);
}

interface Request {
  readonly sha: string;
  readonly resolve: (bytes: Uint8Array) => void;
  readonly reject: (error: Error) => void;
}

/** Node handles that can stop holding the event loop open. */
interface Holder {
  ref(): void;
  unref(): void;
}

/**
 * Requests are written as they come and answered in order, so they are kept in a queue and
 * matched one for one. While nothing is pending the process and its pipes are unreferenced:
 * a reader someone forgot to close never keeps Headway from exiting (git sees EOF and quits).
 */
class CatFileReader implements BlobReader {
  readonly #root: string;
  readonly #queue: Request[] = [];
  #child: ChildProcessWithoutNullStreams | null = null;
  #exited: Promise<void> = Promise.resolve();
  #failure: Error | null = null;
  #closed = false;

  constructor(root: string) {
    this.#root = root;
  }

  async read(sha: string): Promise<Uint8Array> {
    assert(OBJECT_ID.test(sha), `not a git object id: ${JSON.stringify(sha)}`);
    if (this.#failure !== null) throw this.#failure;
    if (this.#closed) throw new GitError('reader-closed', 'the blob reader is closed');
    const child = this.#child ?? this.#start();
    return new Promise((resolve, reject) => {
      if (this.#queue.push({ sha, resolve, reject }) === 1) this.#hold(true);
      child.stdin.write(`${sha}\n`);
    });
  }

  async *readMany(shas: readonly string[]): AsyncIterable<{ sha: string; bytes: Uint8Array }> {
    const window: { sha: string; bytes: Promise<Uint8Array> }[] = [];
    let next = 0;
    const fill = (): void => {
      for (; next < shas.length && window.length < READ_AHEAD; next++) {
        const sha = shas[next] as string;
        const bytes = this.read(sha);
        bytes.catch(() => undefined); // awaited below, in order; this only stops an early "unhandled"
        window.push({ sha, bytes });
      }
    };
    fill();
    for (let ahead = window.shift(); ahead !== undefined; ahead = window.shift()) {
      const bytes = await ahead.bytes;
      fill();
      yield { sha: ahead.sha, bytes };
    }
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    if (this.#child === null) return;
    this.#hold(true);
    this.#child.stdin.end();
    await this.#exited;
  }

  #start(): ChildProcessWithoutNullStreams {
    const child = spawn('git', ['-C', this.#root, ...NEUTRAL_CONFIG, 'cat-file', '--batch'], {
      env: gitEnvironment(),
      stdio: 'pipe',
      windowsHide: true,
    });
    this.#child = child;
    const parser = new BatchParser();
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      try {
        for (const answer of parser.push(chunk)) this.#answer(answer);
      } catch (error) {
        // Answers we cannot match to requests: nothing after them can be trusted.
        this.#fail(error instanceof Error ? error : new Error(String(error)));
        child.kill();
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.stdin.on('error', () => undefined); // EPIPE after git died: 'close' reports why
    this.#exited = new Promise((resolve) => {
      child.on('error', (error) => {
        this.#fail(spawnFailure(error));
        resolve();
      });
      child.on('close', (code, signal) => {
        const gone = this.#closed && code === 0
          ? new GitError('reader-closed', 'the blob reader is closed')
          : commandFailure(['cat-file'], this.#root, stderr.trim(), signal ?? `exit code ${code ?? '?'}`);
        this.#fail(gone);
        this.#hold(false);
        resolve();
      });
    });
    this.#hold(false);
    return child;
  }

  #answer(answer: BatchAnswer): void {
    const request = this.#queue.shift();
    assert(request !== undefined && request.sha === answer.sha, `git cat-file answered ${answer.sha} out of turn`);
    if (answer.kind === 'missing') request.reject(new GitError('missing-object', `no object ${answer.sha} in ${this.#root} (${answer.reason})`, answer.sha));
    else if (answer.type !== 'blob') request.reject(new GitError('not-a-blob', `object ${answer.sha} is a ${answer.type}, not a blob`, answer.sha));
    else request.resolve(answer.bytes);
    if (this.#queue.length === 0 && !this.#closed) this.#hold(false);
  }

  /** Rejects what is pending with the first failure; later requests get it too. */
  #fail(error: Error): void {
    this.#failure ??= error;
    for (const request of this.#queue.splice(0)) request.reject(this.#failure);
  }

  /** References the process and its pipes while answers are awaited, and only then. */
  #hold(hold: boolean): void {
    const child = this.#child;
    if (child === null) return;
    for (const handle of [child, child.stdin, child.stdout, child.stderr] as unknown as Holder[]) {
      if (hold) handle.ref();
      else handle.unref();
    }
  }
}

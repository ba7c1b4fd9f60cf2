import { ok as assert } from 'node:assert';

/** One answer of `git cat-file --batch`, in the order the requests were written. */
export type BatchAnswer =
  | { readonly kind: 'object'; readonly sha: string; readonly type: string; readonly bytes: Uint8Array }
  /** `missing` or `ambiguous`: git has no (single) object by that name. */
  | { readonly kind: 'missing'; readonly sha: string; readonly reason: string };

/** The object whose bytes are arriving. */
interface Pending {
  readonly sha: string;
  readonly type: string;
  readonly size: number;
}

const LF = 10;

/**
 * Reads the answer stream of `git cat-file --batch`, chunk by chunk:
 *
 *     <sha> blob <size>\n<size bytes>\n<sha> missing\n<sha> blob <size>\n…
 *
 * Chunks are kept in a list and never joined: a blob inside one chunk is a view of it, a blob
 * spread over several is copied once into its own array, so every byte is copied at most once.
 * A body is never scanned — its size says where it ends. Pure: the caller feeds the bytes.
 */
export class BatchParser {
  readonly #chunks: Uint8Array[] = [];
  /** Bytes of `#chunks[0]` already consumed. */
  #offset = 0;
  /** Bytes held and not yet consumed. */
  #held = 0;
  #pending: Pending | null = null;

  /** Takes the next chunk and returns the answers it completes. */
  push(chunk: Uint8Array): BatchAnswer[] {
    if (chunk.length > 0) {
      this.#chunks.push(chunk);
      this.#held += chunk.length;
    }
    const answers: BatchAnswer[] = [];
    for (;;) {
      if (this.#pending === null) {
        const line = this.#takeLine();
        if (line === null) break;
        const answer = this.#header(line);
        if (answer !== null) answers.push(answer);
      } else {
        const { sha, type, size } = this.#pending;
        if (this.#held < size + 1) break;
        const bytes = this.#take(size);
        this.#take(1);
        this.#pending = null;
        answers.push({ kind: 'object', sha, type, bytes });
      }
    }
    return answers;
  }

  /** True when no answer is partly read: the stream may end here. */
  get idle(): boolean {
    return this.#pending === null && this.#held === 0;
  }

  /** Reads `<sha> <type> <size>`, or returns the answer for `<name> missing`. */
  #header(line: string): BatchAnswer | null {
    const fields = line.split(' ');
    const [sha = '', second = '', third] = fields;
    if (fields.length === 2) return { kind: 'missing', sha, reason: second };
    const size = Number(third);
    assert(fields.length === 3 && Number.isSafeInteger(size) && size >= 0, `unexpected git cat-file answer ${JSON.stringify(line)}`);
    this.#pending = { sha, type: second, size };
    return null;
  }

  /** The next line without its LF (ASCII: shas, types, sizes), or null if it has not all arrived. */
  #takeLine(): string | null {
    let length = 0;
    for (let i = 0; i < this.#chunks.length; i++) {
      const chunk = this.#chunks[i] as Uint8Array;
      const from = i === 0 ? this.#offset : 0;
      const at = chunk.indexOf(LF, from);
      if (at >= 0) {
        const bytes = this.#take(length + at - from);
        this.#take(1);
        return String.fromCharCode(...bytes);
      }
      length += chunk.length - from;
    }
    return null;
  }

  /** Consumes `n` held bytes: a view when they lie in one chunk, else one copy. */
  #take(n: number): Uint8Array {
    const first = this.#chunks[0];
    if (n === 0 || first === undefined) return new Uint8Array(0);
    this.#held -= n;
    if (first.length - this.#offset >= n) {
      const view = first.subarray(this.#offset, this.#offset + n);
      this.#advance(first, n);
      return view;
    }
    const copy = new Uint8Array(n);
    for (let filled = 0; filled < n; ) {
      const chunk = this.#chunks[0] as Uint8Array;
      const count = Math.min(chunk.length - this.#offset, n - filled);
      copy.set(chunk.subarray(this.#offset, this.#offset + count), filled);
      filled += count;
      this.#advance(chunk, count);
    }
    return copy;
  }

  #advance(chunk: Uint8Array, count: number): void {
    this.#offset += count;
    if (this.#offset === chunk.length) {
      this.#chunks.shift();
      this.#offset = 0;
    }
  }
}

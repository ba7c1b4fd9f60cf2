import { ok as assert } from 'node:assert';
import type { FileChange, HistoryCommit } from '../model.js';
import { unionOfDiffs } from './merge-diffs.js';
import { parseRawEntry, pathCount, toChange, type RawEntry } from './raw-entry.js';

/** The `--format` the parser reads: one field a line, none of which can hold a newline. */
export const LOG_FORMAT = '%H%n%P%n%cI%n%an%n%s';

/** A commit being read: its fields and one list of changes per diff git printed for it. */
interface Reading {
  readonly header: Omit<HistoryCommit, 'changes'>;
  readonly diffs: FileChange[][];
}

/**
 * Reads `git log -z --raw --format=LOG_FORMAT` output chunk by chunk, in one pass: each chunk
 * is decoded once and split on NUL, and every token is classified by its first character.
 *
 *     <sha>\n<parents>\n<date>\n<author>\n<subject> \0 \n:<raw> \0 <path> \0 :<raw> \0 <from> \0 <to> \0 <sha>\n…
 *     └──────────────── header ───────────────────┘   └ entry ┘    └path┘   └ rename: two paths ┘  next commit
 *
 * Paths are taken by count after their entry, so a path may hold anything (spaces, newlines, a
 * leading `:`). A header that repeats the previous sha is another diff of the same merge
 * (`--diff-merges=separate`); the diffs are joined by `unionOfDiffs`. Commits come out in
 * git's order. Pure: no I/O, the caller feeds the bytes.
 */
export class LogParser {
  readonly #decoder = new TextDecoder();
  readonly #commits: HistoryCommit[] = [];
  /** The text after the last NUL: a token still arriving. */
  #carry = '';
  #reading: Reading | null = null;
  #entry: RawEntry | null = null;
  #paths: string[] = [];

  /** Commits read so far, the one still being read included. */
  get count(): number {
    return this.#commits.length + (this.#reading === null ? 0 : 1);
  }

  /** Reads the next piece of output; a chunk may end anywhere, even inside a character. */
  push(chunk: Uint8Array): void {
    const tokens = (this.#carry + this.#decoder.decode(chunk, { stream: true })).split('\0');
    this.#carry = tokens.pop() ?? '';
    for (const token of tokens) this.#token(token);
  }

  /** Ends the output and returns every commit, in git's order. */
  end(): HistoryCommit[] {
    const rest = this.#carry + this.#decoder.decode();
    this.#carry = '';
    if (rest !== '' && rest !== '\n') this.#token(rest);
    assert(this.#entry === null, 'git log output ended inside a raw entry');
    this.#finishCommit();
    return this.#commits;
  }

  #token(token: string): void {
    if (this.#entry !== null) {
      this.#paths.push(token);
      if (this.#paths.length === pathCount(this.#entry)) this.#finishEntry(this.#entry);
      return;
    }
    // The first entry after a header comes after the newline that ends the header.
    const start = token.charCodeAt(0) === 10 ? 1 : 0;
    if (token.charCodeAt(start) === 58 /* : */) {
      this.#entry = parseRawEntry(token.slice(start + 1));
      this.#paths = [];
    } else if (start < token.length) {
      this.#header(start === 0 ? token : token.slice(start));
    }
  }

  #header(text: string): void {
    const lines = text.split('\n');
    assert(lines.length >= 5, `expected a git log header, got ${JSON.stringify(text.slice(0, 200))}`);
    const [sha = '', parents = '', date = '', author = ''] = lines;
    const subject = lines.slice(4).join(' ');
    if (this.#reading?.header.sha === sha) {
      this.#reading.diffs.push([]);
      return;
    }
    this.#finishCommit();
    const header = { sha, parents: parents === '' ? [] : parents.split(' '), date, author, subject };
    this.#reading = { header, diffs: [[]] };
  }

  #finishEntry(entry: RawEntry): void {
    this.#entry = null;
    assert(this.#reading !== null, 'git log output has a raw entry before any commit');
    const change = toChange(entry, this.#paths);
    if (change !== null) this.#reading.diffs[this.#reading.diffs.length - 1]?.push(change);
  }

  #finishCommit(): void {
    if (this.#reading === null) return;
    this.#commits.push({ ...this.#reading.header, changes: unionOfDiffs(this.#reading.diffs) });
    this.#reading = null;
  }
}

/** Parses a whole `git log -z --raw --format=LOG_FORMAT` output (git's order). */
export function parseLog(output: Uint8Array): HistoryCommit[] {
  const parser = new LogParser();
  parser.push(output);
  return parser.end();
}

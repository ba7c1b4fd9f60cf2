import { ok as assert } from 'node:assert';
import type { FileChange } from '../model.js';

/**
 * One `--raw` line of `git log -z`, before its paths:
 *
 *     :100644 100644 f4b0bb3…2efb 0ad7a79…e21b M
 *      ^src   ^dst   ^src blob    ^dst blob    ^status (R100 / C075 carry a similarity score)
 */
export interface RawEntry {
  readonly srcMode: string;
  readonly dstMode: string;
  readonly dstBlob: string;
  /** The status letter: A, M, D, R, C, T (type change), U, X. */
  readonly status: string;
}

/** Splits a raw line (without its leading `:`). */
export function parseRawEntry(line: string): RawEntry {
  const fields = line.split(' ');
  assert(fields.length === 5, `expected a git --raw line, got ${JSON.stringify(line)}`);
  const [srcMode = '', dstMode = '', , dstBlob = '', status = ''] = fields;
  return { srcMode, dstMode, dstBlob, status: status.charAt(0) };
}

/** How many NUL-separated paths follow the entry: renames and copies name source and destination. */
export function pathCount(entry: RawEntry): 1 | 2 {
  return entry.status === 'R' || entry.status === 'C' ? 2 : 1;
}

/**
 * What the entry did to documents, or null when it touched none. A document is a regular file
 * (mode 100644 / 100755): a symlink or a submodule under a `.md` name is not one, so a type
 * change from a file to a symlink deletes the document and the reverse adds one. A copy adds
 * its destination and leaves the source alone. Mode 000000 (the other side of an add or a
 * delete) is not a file either, so added and deleted fall out of the same two questions.
 */
export function toChange(entry: RawEntry, paths: readonly string[]): FileChange | null {
  const before = isRegularFile(entry.srcMode);
  const after = isRegularFile(entry.dstMode);
  const [first = '', second = ''] = paths;
  if (entry.status === 'C') return after ? { status: 'added', path: second, from: null, blob: entry.dstBlob } : null;
  if (entry.status === 'R') {
    if (before && after) return { status: 'renamed', path: second, from: first, blob: entry.dstBlob };
    if (after) return { status: 'added', path: second, from: null, blob: entry.dstBlob };
    return before ? { status: 'deleted', path: first, from: null, blob: null } : null;
  }
  if (after) return { status: before ? 'modified' : 'added', path: first, from: null, blob: entry.dstBlob };
  return before ? { status: 'deleted', path: first, from: null, blob: null } : null;
}

/** Regular files are `100644`, `100755` (and the old group-writable `100664`). */
function isRegularFile(mode: string): boolean {
  return mode.startsWith('100');
}

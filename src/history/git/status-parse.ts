import type { FileChange } from '../model.js';

/** The `blob` of a document changed in the working tree: the caller reads the file itself. */
export function workingTreeBlob(path: string): string {
  return `working-tree:${path}`;
}

/** What one path looks like against HEAD, gathered over the status lines naming it. */
interface Seen {
  inHead: boolean;
  onDisk: boolean;
  /** The HEAD path it was renamed from (a staged `git mv`), else null. */
  from: string | null;
}

/**
 * Reads `git status --porcelain=v1 -z` into changes against HEAD. Each record is `XY path`, a
 * staged rename or copy adds its source as a second record; X is the index against HEAD, Y the
 * working tree against the index:
 *
 *     " M a.md\0"  "D  b.md\0"  "R  new.md\0old.md\0"  "?? c.md\0"  "AD d.md\0"
 *
 * Only "is it in HEAD?" and "is it on disk?" matter: both → modified (or renamed, for a staged
 * rename), HEAD only → deleted, disk only → added, neither (added, then deleted) → nothing. A
 * staged deletion of a file still on disk shows twice (`D ` and `??`): it is modified. Pure.
 */
export function parseStatus(output: string): FileChange[] {
  const records = output.split('\0');
  const seen = new Map<string, Seen>();
  const note = (path: string): Seen => {
    let entry = seen.get(path);
    if (entry === undefined) seen.set(path, (entry = { inHead: false, onDisk: false, from: null }));
    return entry;
  };
  for (let i = 0; i < records.length; i++) {
    const record = records[i] as string;
    if (record.length < 4) continue;
    const x = record.charAt(0);
    const y = record.charAt(1);
    const entry = note(record.slice(3));
    if (x === '?' || x === '!') {
      entry.onDisk = true;
      continue;
    }
    entry.onDisk ||= y !== 'D' && !(x === 'D' && y === ' ');
    if (x === 'R' || x === 'C') {
      const source = records[++i] ?? '';
      if (x === 'R') entry.from = source;
    } else {
      entry.inHead ||= x !== 'A';
    }
  }
  return [...seen].flatMap(([path, { inHead, onDisk, from }]) => toChange(path, inHead, onDisk, from));
}

function toChange(path: string, inHead: boolean, onDisk: boolean, from: string | null): FileChange[] {
  if (from !== null) {
    return onDisk ? [{ status: 'renamed', path, from, blob: workingTreeBlob(path) }] : [{ status: 'deleted', path: from, from: null, blob: null }];
  }
  if (inHead) return [onDisk ? { status: 'modified', path, from: null, blob: workingTreeBlob(path) } : { status: 'deleted', path, from: null, blob: null }];
  return onDisk ? [{ status: 'added', path, from: null, blob: workingTreeBlob(path) }] : [];
}

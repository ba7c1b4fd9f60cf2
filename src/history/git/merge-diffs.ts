import type { FileChange } from '../model.js';

/**
 * One list of changes from a merge diffed against each of its parents in turn
 * (`--diff-merges=separate`, first parent first), so that a replay in topological order ends
 * every merge in the merge's own state whichever branch it replayed last.
 *
 * A path keeps the entry of the first diff that names it. A later diff's rename that overlaps
 * what is already named keeps only its free half: its destination as added, or its source as
 * deleted — the source is gone from the merge's tree either way.
 *
 *     vs first parent:  M b.md           → M b.md
 *     vs second parent: R a.md → b.md    → D a.md   (b.md already named)
 */
export function unionOfDiffs(diffs: readonly (readonly FileChange[])[]): FileChange[] {
  if (diffs.length === 1) return [...(diffs[0] ?? [])];
  const named = new Set<string>();
  const union: FileChange[] = [];
  const accept = (change: FileChange): void => {
    named.add(change.path);
    if (change.from !== null) named.add(change.from);
    union.push(change);
  };
  for (const diff of diffs) {
    for (const change of diff) {
      if (change.status !== 'renamed' || change.from === null) {
        if (!named.has(change.path)) accept(change);
        continue;
      }
      const destinationFree = !named.has(change.path);
      const sourceFree = !named.has(change.from);
      if (destinationFree && sourceFree) accept(change);
      else if (destinationFree) accept({ ...change, status: 'added', from: null });
      else if (sourceFree) accept({ status: 'deleted', path: change.from, from: null, blob: null });
    }
  }
  return union;
}

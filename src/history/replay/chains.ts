import type { HistoryCommit } from '../model.js';

/** One version of a document: the commit that made it and the blob it holds (null once deleted). */
export interface DocumentVersion {
  readonly commit: HistoryCommit;
  readonly path: string;
  readonly blob: string | null;
}

/** A document followed through its history, across renames, deletion and re-addition. */
export interface DocumentChain {
  readonly versions: DocumentVersion[];
  /** Every path it had, oldest first; the last is its current name. */
  readonly paths: string[];
}

/**
 * Groups the commits' changes into one version chain per document. A rename continues the
 * chain under the new name; a deletion ends it with a version without blob; adding the same
 * path again continues it, so a document deleted and re-added keeps its history.
 * `tracked` says which paths are progress documents (a rename into a tracked name starts one).
 */
export function chainsOf(commits: readonly HistoryCommit[], tracked: (path: string) => boolean): DocumentChain[] {
  const byPath = new Map<string, DocumentChain>();
  const chains: DocumentChain[] = [];
  const chainFor = (path: string): DocumentChain => {
    let chain = byPath.get(path);
    if (!chain) {
      chain = { versions: [], paths: [path] };
      byPath.set(path, chain);
      chains.push(chain);
    }
    return chain;
  };
  for (const commit of commits) {
    for (const change of commit.changes) {
      if (change.status === 'renamed' && change.from !== null && byPath.has(change.from)) {
        const chain = byPath.get(change.from)!;
        byPath.delete(change.from);
        if (!tracked(change.path)) {
          chain.versions.push({ commit, path: change.from, blob: null });
          continue;
        }
        byPath.set(change.path, chain);
        chain.paths.push(change.path);
        chain.versions.push({ commit, path: change.path, blob: change.blob });
        continue;
      }
      if (!tracked(change.path)) continue;
      chainFor(change.path).versions.push({ commit, path: change.path, blob: change.status === 'deleted' ? null : change.blob });
    }
  }
  return chains.filter((chain) => chain.versions.length > 0);
}

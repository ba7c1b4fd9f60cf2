import type { FileChange } from '../model.js';
import { DOCUMENT_PATHSPECS, documentChanges } from './pathspecs.js';
import type { GitRepository } from './repository.js';
import { runGit } from './run.js';
import { parseStatus } from './status-parse.js';

/**
 * The documents that differ from HEAD in the working tree, staged or not: modified, deleted,
 * renamed with `git mv`, and untracked ones (files ignored by `.gitignore` are not reported).
 * A deleted document has `blob: null`; any other has `blob: 'working-tree:<path>'`, and the
 * caller reads the file. With the history's commits, this is the last point, `WORKING_TREE`.
 * `paths` as in `LogOptions.paths`. One `git status`, without optional locks: it never writes the index.
 */
export async function readWorkingTree(repo: GitRepository, paths?: readonly string[]): Promise<{ changes: readonly FileChange[] }> {
  const pathspecs = paths ?? DOCUMENT_PATHSPECS;
  if (pathspecs.length === 0) return { changes: [] };
  const args = ['status', '--porcelain=v1', '-z', '--untracked-files=all', '--renames', '--ignore-submodules=all', '--', ...pathspecs];
  const changes = parseStatus((await runGit(repo.root, args)).stdout.toString('utf8'));
  return { changes: paths === undefined ? documentChanges(changes) : changes };
}

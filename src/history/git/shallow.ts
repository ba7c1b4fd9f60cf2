import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { GitRepository } from './repository.js';
import { runGit } from './run.js';

/**
 * The commit where a shallow clone's history starts: the end of HEAD's first-parent line when
 * that commit is a shallow boundary (listed in `.git/shallow`, its parents not fetched). Null
 * for a full clone, and when the line reaches a true root commit although the clone is shallow
 * elsewhere. Two small processes, and only in a shallow clone.
 */
export async function shallowStart(repo: GitRepository): Promise<string | null> {
  if (!repo.shallow || repo.head === null) return null;
  // In a shallow clone a boundary commit has no parents, so `--max-parents=0` finds it.
  const [line, file] = await Promise.all([
    runGit(repo.root, ['rev-list', '--first-parent', '--max-parents=0', repo.head]),
    runGit(repo.root, ['rev-parse', '--git-path', 'shallow']),
  ]);
  const start = line.stdout.toString('utf8').trim();
  const boundaries = await readFile(path.resolve(repo.root, file.stdout.toString('utf8').trim()), 'utf8').catch(() => '');
  return start !== '' && boundaries.split('\n').includes(start) ? start : null;
}

import { GitError } from './errors.js';
import { runGit } from './run.js';

/** A git working tree Headway reads history from. */
export interface GitRepository {
  /** Absolute path of the working tree's top folder (git's spelling, `/` separators). */
  readonly root: string;
  /** A shallow clone: history stops where the clone was cut (see `History.startsAt`). */
  readonly shallow: boolean;
  /** The sha HEAD points at, or null in a repository with no commit yet. */
  readonly head: string | null;
}

/** Git's words for a folder outside any repository (messages are forced to English). */
const NOT_A_REPOSITORY = 'not a git repository';

/**
 * Finds the repository holding `folder` (the folder itself or a parent). Null when there is
 * none: a folder without git history is an ordinary case, not an error. Throws GitError when
 * git is missing or the repository cannot be read.
 */
export async function openRepository(folder: string): Promise<GitRepository | null> {
  // One process answers all three questions. `--verify -q HEAD` prints nothing and exits 1
  // when HEAD is unborn (an empty repository); the lines before it are printed all the same.
  let output;
  try {
    output = await runGit(folder, ['rev-parse', '--show-toplevel', '--is-shallow-repository', '--verify', '-q', 'HEAD'], { acceptExitCodes: [1] });
  } catch (error) {
    if (error instanceof GitError && error.code === 'command-failed' && error.message.includes(NOT_A_REPOSITORY)) return null;
    throw error;
  }
  const [root = '', shallow, head] = output.stdout.toString('utf8').split('\n');
  return { root, shallow: shallow === 'true', head: output.exitCode === 0 && head !== undefined && head !== '' ? head : null };
}

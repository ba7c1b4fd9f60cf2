/** What went wrong with git, for callers that react differently (`git-not-found` is advice to install git). */
export type GitErrorCode =
  /** `git` could not be started: not installed, or not on PATH. */
  | 'git-not-found'
  /** A git command exited with an error: a broken repository, a bad option, an unreadable folder. */
  | 'command-failed'
  /** `git cat-file` has no object with that id. */
  | 'missing-object'
  /** The object exists but is not a blob (a tree or a commit id given as a document version). */
  | 'not-a-blob'
  /** The blob reader was closed, or its `git cat-file` process died. */
  | 'reader-closed';

/** A failure of git itself or of the repository — the environment, not the user's documents. */
export class GitError extends Error {
  override readonly name = 'GitError';

  constructor(
    readonly code: GitErrorCode,
    message: string,
    /** The object id the failure is about (`missing-object`, `not-a-blob`), else null. */
    readonly sha: string | null = null,
  ) {
    super(message);
  }
}

import { ok as assert } from 'node:assert';
import type { HistoryCommit } from '../model.js';
import { LOG_FORMAT, LogParser } from './log-parse.js';
import { DOCUMENT_PATHSPECS, documentChanges } from './pathspecs.js';
import type { GitRepository } from './repository.js';
import { runGit } from './run.js';
import { shallowStart } from './shallow.js';

/** Which commits and documents `readHistory` reads. */
export interface LogOptions {
  /**
   * Repository-relative pathspecs. Default: the Markdown a scan finds (`DOCUMENT_PATHSPECS`,
   * outside the folders a scan skips). An empty list follows nothing.
   */
  readonly paths?: readonly string[];
  /** Every commit on every merged branch instead of HEAD's first-parent line (default false). */
  readonly allParents?: boolean;
  /** Passed to git as `--since` / `--until` (`2026-01-01`, `2 weeks ago`). */
  readonly since?: string;
  readonly until?: string;
  /** Only commits after this one: those not reachable from it (`HEAD ^after`), for reading what is new since a cached history. */
  readonly after?: string;
  /** Called as the log is read, with the number of commits read so far. */
  readonly onProgress?: (commits: number) => void;
}

/** The commits that changed documents, and where the repository's history starts. */
export interface History {
  /** Oldest first. Each commit's changes are the documents it changed, with their new blobs. */
  readonly commits: readonly HistoryCommit[];
  /**
   * In a shallow clone, the sha of the commit HEAD's first-parent line starts at (its parents
   * were not fetched), whether or not it changed a document and whatever `since` says; else null.
   */
  readonly startsAt: string | null;
}

/**
 * Reads the history of the documents with one `git log --raw` (streamed, parsed in one pass).
 *
 * First-parent (default): HEAD's first-parent line; a merge shows what it brought into that
 * line (its diff against its first parent), so replaying the commits in order from an empty
 * tree gives the documents exactly as they stood after each of them (with `since`, documents
 * left untouched within the range never appear).
 *
 * All parents: every commit of every merged branch that changed a document (`--full-history`,
 * nothing pruned), parents before children (`--topo-order`, a branch's commits kept together).
 * A merge shows the union of its diffs against each parent (see `unionOfDiffs`), so that
 * replaying in this order ends each merge in the merge's own state whichever branch came last.
 *
 * `parents` are git's own, not rewritten to the listed commits; renames are followed
 * (`--find-renames`); commits whose changes touch no regular file are left out.
 */
export async function readHistory(repo: GitRepository, options: LogOptions = {}): Promise<History> {
  const paths = options.paths ?? DOCUMENT_PATHSPECS;
  if (repo.head === null || paths.length === 0) return { commits: [], startsAt: null };
  const parser = new LogParser();
  const onStdout = (chunk: Buffer): void => {
    parser.push(chunk);
    options.onProgress?.(parser.count);
  };
  const [, startsAt] = await Promise.all([
    runGit(repo.root, [...logArguments(repo.head, options), '--', ...paths], { onStdout }),
    shallowStart(repo),
  ]);
  let commits = parser.end();
  if (options.paths === undefined) commits = commits.map(onlyDocuments);
  // git prints newest first; reversing here instead of `--reverse` lets the output stream.
  commits = commits.filter((commit) => commit.changes.length > 0).reverse();
  return { commits, startsAt };
}

/** The `git log` command line before `--`. */
function logArguments(head: string, options: LogOptions): string[] {
  const args = ['log', '-z', '--raw', '--no-abbrev', '--find-renames', '--encoding=UTF-8', `--format=${LOG_FORMAT}`];
  if (options.allParents === true) args.push('--full-history', '--topo-order', '--diff-merges=separate');
  else args.push('--first-parent', '--diff-merges=first-parent');
  if (options.since !== undefined) args.push(`--since=${options.since}`);
  if (options.until !== undefined) args.push(`--until=${options.until}`);
  args.push(head);
  if (options.after !== undefined) {
    assert(/^[0-9a-f]{40}(?:[0-9a-f]{24})?$/.test(options.after), `not a git object id: ${JSON.stringify(options.after)}`);
    args.push(`^${options.after}`);
  }
  return args;
}

/** The commit with its changes to default documents only (see `isDocumentPath`). */
function onlyDocuments(commit: HistoryCommit): HistoryCommit {
  const changes = documentChanges(commit.changes);
  return changes === commit.changes ? commit : { ...commit, changes };
}

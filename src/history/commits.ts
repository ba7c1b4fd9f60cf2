import type { GitRepository } from './git/index.js';
import { readHistory, type History } from './git/index.js';
import type { HistoryCommit } from './model.js';
import type { HistoryCache } from './cache/store.js';
import type { TrackedPaths } from './tracked.js';

/** Which commits to read. */
export interface CommitRange {
  readonly since?: string;
  readonly until?: string;
  readonly allParents?: boolean;
}

/**
 * The commits that touched the tracked documents, oldest first. HEAD's first-parent line is
 * immutable below HEAD, so it is cached: a run at the same HEAD reads no log at all, and a
 * run after new commits reads only those (`HEAD ^OLD`), kept when the oldest of them sits
 * right on the cached head — otherwise (a rebase, a reset) the whole log is read again.
 * Ranges by date and all-parents histories are always read whole.
 */
export async function readCommits(repo: GitRepository, tracked: TrackedPaths, range: CommitRange, cache: HistoryCache | null): Promise<History> {
  const whole = (): Promise<History> =>
    readHistory(repo, {
      paths: tracked.pathspecs,
      allParents: range.allParents === true,
      ...(range.since === undefined ? {} : { since: range.since }),
      ...(range.until === undefined ? {} : { until: range.until }),
    });
  const cacheable = cache !== null && repo.head !== null && !repo.shallow && range.allParents !== true && range.since === undefined && range.until === undefined;
  if (!cacheable) return whole();
  const key = `log\u0000${JSON.stringify(tracked.pathspecs)}`;
  const cached = await cache.loadLog(key);
  if (cached !== null && cached.head === repo.head) return { commits: cached.commits, startsAt: null };
  let commits: readonly HistoryCommit[] | null = null;
  if (cached !== null) {
    const since = await readHistory(repo, { paths: ['.'], after: cached.head });
    const oldest = since.commits[0];
    if (oldest !== undefined && oldest.parents[0] === cached.head) commits = [...cached.commits, ...trackedOnly(since.commits, tracked)];
  }
  commits ??= (await whole()).commits;
  await cache.saveLog(key, { head: repo.head!, commits });
  return { commits, startsAt: null };
}

/** Commits with only their changes to documents; commits left without any are dropped. */
function trackedOnly(commits: readonly HistoryCommit[], tracked: TrackedPaths): HistoryCommit[] {
  const kept: HistoryCommit[] = [];
  for (const commit of commits) {
    const changes = commit.changes.filter((change) => tracked.isDocument(change.path) || (change.from !== null && tracked.isDocument(change.from)));
    if (changes.length > 0) kept.push(changes.length === commit.changes.length ? commit : { ...commit, changes });
  }
  return kept;
}

import { readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import type { AnalyzeOptions } from '../pipeline/options.js';
import { startPool } from '../pipeline/pool.js';
import type { Globs } from '../scan/globs.js';
import { codeFingerprint } from './cache/fingerprint.js';
import { HistoryCache } from './cache/store.js';
import { readCommits } from './commits.js';
import { openBlobReader, openRepository, readWorkingTree, type GitRepository } from './git/index.js';
import { WORKING_TREE, type DocumentHistory, type HistoryCommit } from './model.js';
import { chainsOf, type DocumentChain, type DocumentVersion } from './replay/chains.js';
import { joinReplayed, resumePoint, type Replayed } from './replay/replayed.js';
import type { ReplayTask } from './replay/task.js';
import { trackedPaths } from './tracked.js';

/** What history to read. */
export interface HistoryRequest {
  /** Where the command runs: paths and globs are relative to it. */
  readonly cwd: string;
  /** Files or folders to follow (default: the current folder). */
  readonly paths: readonly string[];
  readonly globs: Globs;
  /** Passed to git (`2026-01-01`, `3 weeks ago`). */
  readonly since?: string;
  readonly until?: string;
  /** Every merged branch's commits instead of the first-parent line. */
  readonly allParents?: boolean;
  readonly analyze: AnalyzeOptions;
  /** The date of the working-tree point. */
  readonly now: Date;
  /** Add uncommitted changes as a last point (default true; never with `until`). */
  readonly workingTree?: boolean;
  /** Read and write `.headway/history/` (default true). */
  readonly cache?: boolean;
  /** Versions replayed so far and in all, while replaying. */
  readonly onProgress?: (done: number, total: number) => void;
}

/** The repository a history was read from. */
export interface RepositoryInfo {
  readonly root: string;
  readonly head: string | null;
  readonly shallow: boolean;
  /** In a shallow clone, the commit its history starts at. */
  readonly startsAt: string | null;
}

/** The history of every document followed, and where it came from. */
export interface ProjectHistory {
  /** Null when the folder is not in a git repository: no history, which is not an error. */
  readonly repository: RepositoryInfo | null;
  /** Sorted by current path. */
  readonly documents: readonly DocumentHistory[];
  /** Commits read that touched a followed document (the working tree not counted). */
  readonly commits: number;
  /** Versions replayed in this run and versions taken from the cache. */
  readonly replayed: number;
  readonly cached: number;
}

/**
 * Reads the history of a project's progress documents from git: one `git log`, one
 * `git cat-file --batch` for the versions not already cached, each document replayed version
 * by version, then the working tree's uncommitted changes as a last point.
 */
export async function readProjectHistory(request: HistoryRequest): Promise<ProjectHistory> {
  const repo = await openRepository(request.cwd);
  if (repo === null) return { repository: null, documents: [], commits: 0, replayed: 0, cached: 0 };
  const tracked = trackedPaths({ cwd: request.cwd, root: repo.root, paths: request.paths, globs: request.globs });
  const cache = request.cache === false ? null : new HistoryCache(repo.root, cacheSettings(request.analyze));
  const workingTree = request.until === undefined && request.workingTree !== false;
  const [log, uncommitted] = await Promise.all([
    readCommits(repo, tracked, request, cache),
    workingTree ? readWorkingTree(repo, tracked.pathspecs) : { changes: [] },
  ]);
  const commits: HistoryCommit[] = [...log.commits];
  const repository = { root: repo.root, head: repo.head, shallow: repo.shallow, startsAt: log.startsAt };
  const mine = uncommitted.changes.filter((change) => tracked.isDocument(change.path) || (change.from !== null && tracked.isDocument(change.from)));
  if (mine.length > 0) {
    commits.push({ sha: WORKING_TREE, parents: repo.head ? [repo.head] : [], date: localDateTime(request.now), author: '', subject: 'uncommitted changes', changes: mine });
  }
  // Every document is followed, then those asked for by any name they had are kept.
  const chains = chainsOf(commits, tracked.isDocument).filter((chain) => chain.paths.some(tracked.isNamed));
  const plans = await Promise.all(chains.map((chain) => planOf(chain, cache)));
  const total = plans.reduce((n, plan) => n + plan.chain.versions.length - plan.from, 0);
  let done = 0;
  const progress = (versions: number): void => {
    done += versions;
    request.onProgress?.(done, total);
  };
  const replayed = await replayAll(plans, repo, request.analyze, progress);
  const documents: DocumentHistory[] = [];
  for (const plan of plans) {
    const committed = joinReplayed(plan.cached ?? NOTHING, replayed.get(plan) ?? NOTHING);
    if (replayed.has(plan)) await cache?.save(plan.key, { paths: plan.chain.paths, ...committed });
    const working = plan.chain.versions[committedOf(plan.chain).length];
    let all = committed;
    if (working) {
      const { ChainReplay } = await import('./replay/replay.js');
      const replay = new ChainReplay(request.analyze);
      replay.resume(committed);
      replay.add(working, working.blob === null ? null : await readWorkingFile(repo.root, working.path));
      progress(1);
      all = replay.replayed();
    }
    const { paths } = plan.chain;
    documents.push({ path: paths[paths.length - 1]!, paths: [...paths], ...all });
  }
  documents.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const cached = plans.reduce((n, plan) => n + plan.from, 0);
  return { repository, documents, commits: log.commits.length, replayed: total, cached };
}

const NOTHING: Replayed = { snapshots: [], events: [], notes: [] };

/** Everything the figures depend on besides the documents: the code and the options that change counts. */
function cacheSettings(options: AnalyzeOptions): string {
  return JSON.stringify([codeFingerprint(), options.countOptional, options.vocabulary]);
}

/** A chain and what the cache holds of it (only when that is a prefix of the chain). */
interface Plan {
  readonly chain: DocumentChain;
  /** The cache's name for it: where and in which commit it starts. */
  readonly key: string;
  /** Versions taken from the cache. */
  readonly from: number;
  readonly cached: Replayed | null;
}

async function planOf(chain: DocumentChain, cache: HistoryCache | null): Promise<Plan> {
  const first = chain.versions[0]!;
  const key = `${first.commit.sha}\u0000${first.path}`;
  const cached = cache === null ? null : await cache.load(key);
  const from = cached === null ? 0 : resumePoint(committedOf(chain), cached.snapshots);
  return { chain, key, from, cached: from > 0 ? cached : null };
}

/** Below this many versions to replay, worker threads cost more to start than they save. */
const POOL_VERSIONS = 400;

/**
 * Replays the committed versions no cache holds, document by document: on worker threads
 * when there is much to do (each document a task, the longest first), else in this thread.
 * Blobs are read through one `cat-file --batch` process, one document after another.
 */
async function replayAll(plans: readonly Plan[], repo: GitRepository, options: AnalyzeOptions, progress: (versions: number) => void): Promise<Map<Plan, Replayed>> {
  const pendingOf = (plan: Plan): readonly DocumentVersion[] => committedOf(plan.chain).slice(plan.from);
  const work = plans.filter((plan) => pendingOf(plan).length > 0).sort((a, b) => pendingOf(b).length - pendingOf(a).length);
  const versions = work.reduce((n, plan) => n + pendingOf(plan).length, 0);
  if (work.length === 0) return new Map();
  // Loaded only now: a run that finds everything cached never compiles the Markdown pipeline.
  const { replayTask, runReplayTask } = await import('./replay/task.js');
  // One core is left to the main thread and V8's own threads (concurrent GC and compilation
  // take a third of a core while a replay runs): on two cores, two replay threads finish no
  // sooner than one, and cost memory.
  const threads = Math.min(availableParallelism() - 1, work.length);
  const pool = versions >= POOL_VERSIONS && threads > 1 ? await startPool<ReplayTask, Replayed>(threads) : null;
  const blobs = openBlobReader(repo);
  const running = new Map<Plan, Promise<Replayed>>();
  // Documents read ahead of the threads: enough to keep them busy, few enough that a long
  // history's versions are never all in memory at once.
  const inFlight = new Set<Promise<unknown>>();
  try {
    for (const plan of work) {
      if (inFlight.size >= threads * 2) await Promise.race(inFlight);
      const pending = pendingOf(plan);
      const shas = [...new Set(pending.flatMap((version) => (version.blob === null ? [] : [version.blob])))];
      const contents = new Map<string, Uint8Array>();
      for await (const { sha, bytes } of blobs.readMany(shas)) contents.set(sha, bytes);
      const last = plan.cached?.snapshots[plan.cached.snapshots.length - 1];
      const task = replayTask(pending, contents, last?.items ?? null, options);
      if (pool === null) {
        running.set(plan, Promise.resolve(runReplayTask(task, () => progress(1))));
      } else {
        const result = pool.run(task, { transferList: [task.packed.buffer as ArrayBuffer] }).then((replayed) => (progress(pending.length), replayed));
        // Awaited in order below; `settled` handles a failure meanwhile, so it never counts as unhandled.
        const settled: Promise<unknown> = result.then(
          (): boolean => inFlight.delete(settled),
          (): boolean => inFlight.delete(settled),
        );
        inFlight.add(settled);
        running.set(plan, result);
      }
    }
    const replayed = new Map<Plan, Replayed>();
    for (const [plan, result] of running) replayed.set(plan, await result);
    return replayed;
  } finally {
    await Promise.allSettled(running.values());
    await Promise.all([blobs.close(), pool?.destroy()]);
  }
}

/** The versions of a chain in commits (all but a last working-tree one). */
function committedOf(chain: DocumentChain): readonly DocumentVersion[] {
  const last = chain.versions[chain.versions.length - 1];
  return last?.commit.sha === WORKING_TREE ? chain.versions.slice(0, -1) : chain.versions;
}

/** A document's uncommitted contents; null when it vanished since git looked (read as deleted). */
async function readWorkingFile(root: string, path: string): Promise<Uint8Array | null> {
  try {
    return await readFile(join(root, path));
  } catch {
    return null;
  }
}

/** An instant as git prints a committer date: local time with its offset (`2026-03-01T10:00:00+01:00`). */
export function localDateTime(now: Date): string {
  const pad = (n: number): string => String(Math.trunc(Math.abs(n))).padStart(2, '0');
  const offset = -now.getTimezoneOffset();
  const zone = `${offset >= 0 ? '+' : '-'}${pad(offset / 60)}:${pad(offset % 60)}`;
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}T${pad(now.getHours())}:${pad(now.getMinutes())}:${pad(now.getSeconds())}${zone}`;
}

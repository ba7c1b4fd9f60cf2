/**
 * Builds real git repositories for tests from a script of steps, with fixed names and dates so
 * every sha is the same on every run:
 *
 *     const repo = await makeRepo([
 *       { date: '2026-01-05T10:00:00Z', message: 'start', files: { 'docs/progress.md': '# P\n- [ ] a\n' } },
 *       { branch: 'side' },
 *       { message: 'tick', files: { 'docs/progress.md': '# P\n- [x] a\n' } },
 *       { checkout: 'main' },
 *       { merge: 'side', message: 'merge side' },
 *       { rename: ['docs/progress.md', 'docs/plan.md'], files: { 'old.md': null } },
 *     ]);
 *     repo.sha('tick'); repo.commits; repo.git('log', '--oneline'); await repo.cleanup();
 *
 * Git runs with no system or global config and with the hook variables (`GIT_DIR`,
 * `GIT_INDEX_FILE`) removed, so a test run from a git hook never touches the project's repository.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { devNull, tmpdir } from 'node:os';
import path from 'node:path';

/** File contents by repository-relative path; null deletes the file. */
export type Files = Readonly<Record<string, string | Uint8Array | null>>;

/** A commit on the current branch. Renames run first, then the files are written or deleted. */
export interface CommitStep {
  /** ISO date for author and committer; default one hour after the previous commit. */
  readonly date?: string;
  /** Default `commit N`. */
  readonly message?: string;
  /** Author name; default `Test Author`. */
  readonly author?: string;
  readonly files?: Files;
  /** `git mv` one path or several: `['a.md', 'b.md']` or `[['a.md', 'b.md'], ['c.md', 'd.md']]`. */
  readonly rename?: readonly [string, string] | readonly (readonly [string, string])[];
  /** Commit even when nothing changed. */
  readonly allowEmpty?: boolean;
}

/** Creates a branch at the current commit (or at `from`) and switches to it. */
export interface BranchStep {
  readonly branch: string;
  readonly from?: string;
}

/** Switches to an existing branch. */
export interface CheckoutStep {
  readonly checkout: string;
}

/**
 * Merges a branch into the current one with a merge commit (`--no-ff`, or a fast-forward when
 * `fastForward`). `files` are written before committing: they resolve conflicts, or change
 * the merge itself (an "evil merge").
 */
export interface MergeStep {
  readonly merge: string;
  readonly date?: string;
  readonly message?: string;
  readonly author?: string;
  readonly files?: Files;
  readonly fastForward?: boolean;
}

/** Tags the current commit (lightweight). */
export interface TagStep {
  readonly tag: string;
}

/** One step of a repository script. */
export type RepoStep = CommitStep | BranchStep | CheckoutStep | MergeStep | TagStep;

/** A repository built by `makeRepo`. */
export interface TestRepo {
  /** Absolute path of the working tree. */
  readonly root: string;
  /** Shas of the commit and merge steps, in script order. */
  readonly commits: readonly string[];
  /** The sha of the commit with this message (the last one, if several). */
  sha(message: string): string;
  /** Runs git in the repository with the fixed environment; returns trimmed stdout. */
  git(...args: string[]): string;
  /** The files of a commit (default HEAD) and their blob shas, sorted by path. */
  tree(rev?: string): Map<string, string>;
  /** Applies more steps (commits get the next default dates). */
  run(steps: readonly RepoStep[]): Promise<void>;
  /** Writes or deletes files in the working tree without committing. */
  write(files: Files): Promise<void>;
  /** Removes the repository's folder. */
  cleanup(): Promise<void>;
}

/** Environment variables that would point git at another repository. */
const LOCATING = ['GIT_DIR', 'GIT_WORK_TREE', 'GIT_COMMON_DIR', 'GIT_INDEX_FILE', 'GIT_OBJECT_DIRECTORY', 'GIT_ALTERNATE_OBJECT_DIRECTORIES', 'GIT_PREFIX'];

/** Where default dates start. */
const FIRST_DATE = Date.parse('2026-01-01T09:00:00Z');

/** Creates a repository (branch `main`) in a new temporary folder and runs the steps. */
export async function makeRepo(steps: readonly RepoStep[] = [], options: { readonly prefix?: string } = {}): Promise<TestRepo> {
  const root = await mkdtemp(path.join(tmpdir(), options.prefix ?? 'headway-git-'));
  const repo = new ScriptedRepo(root);
  repo.git('init', '-q', '-b', 'main');
  await repo.run(steps);
  return repo;
}

/** The environment every git command of the helper runs with. */
export function testGitEnvironment(date?: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: devNull, LC_ALL: 'C' };
  for (const name of LOCATING) delete env[name];
  if (date !== undefined) Object.assign(env, { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date });
  return env;
}

/** Runs git in `cwd` with the test environment; returns trimmed stdout. */
export function gitIn(cwd: string, args: readonly string[], date?: string): string {
  const config = ['-c', 'user.name=Test Author', '-c', 'user.email=test@example.invalid', '-c', 'commit.gpgsign=false',
    '-c', 'tag.gpgsign=false', '-c', 'init.defaultBranch=main', '-c', 'core.autocrlf=false', '-c', 'merge.ff=true'];
  return execFileSync('git', [...config, ...args], { cwd, env: testGitEnvironment(date), encoding: 'utf8', maxBuffer: 1 << 28 }).trim();
}

class ScriptedRepo implements TestRepo {
  readonly root: string;
  readonly commits: string[] = [];
  readonly #byMessage = new Map<string, string>();
  #lastDate = FIRST_DATE - 3_600_000;

  constructor(root: string) {
    this.root = root;
  }

  sha(message: string): string {
    const sha = this.#byMessage.get(message);
    if (sha === undefined) throw new Error(`no commit with message ${JSON.stringify(message)}`);
    return sha;
  }

  git(...args: string[]): string {
    return gitIn(this.root, args);
  }

  tree(rev = 'HEAD'): Map<string, string> {
    // `-z`: one `<mode> <type> <sha>\t<path>` record per NUL, the path exact (tabs, newlines).
    const records = this.git('ls-tree', '-r', '-z', rev).split('\0').filter((record) => record !== '');
    return new Map(records.map((record) => {
      const tab = record.indexOf('\t');
      return [record.slice(tab + 1), record.slice(0, tab).split(' ')[2] ?? ''] as const;
    }).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  }

  async run(steps: readonly RepoStep[]): Promise<void> {
    for (const step of steps) {
      if ('branch' in step) this.git('checkout', '-q', '-b', step.branch, ...(step.from === undefined ? [] : [step.from]));
      else if ('checkout' in step) this.git('checkout', '-q', step.checkout);
      else if ('tag' in step) this.git('tag', step.tag);
      else if ('merge' in step) await this.#merge(step);
      else await this.#commit(step);
    }
  }

  async write(files: Files): Promise<void> {
    for (const [file, content] of Object.entries(files)) {
      const target = path.join(this.root, file);
      if (content === null) {
        await rm(target, { force: true });
      } else {
        await mkdir(path.dirname(target), { recursive: true });
        await writeFile(target, content);
      }
    }
  }

  async cleanup(): Promise<void> {
    await rm(this.root, { recursive: true, force: true });
  }

  async #commit(step: CommitStep): Promise<void> {
    const renames = step.rename === undefined ? [] : typeof step.rename[0] === 'string' ? [step.rename as readonly [string, string]] : (step.rename as readonly (readonly [string, string])[]);
    for (const [from, to] of renames) {
      await mkdir(path.dirname(path.join(this.root, to)), { recursive: true });
      this.git('mv', from, to);
    }
    await this.write(step.files ?? {});
    this.git('add', '-A');
    const message = step.message ?? `commit ${this.commits.length + 1}`;
    this.#record(message, step.date, ['commit', '-q', '--no-verify', ...(step.allowEmpty === true ? ['--allow-empty'] : []), ...this.#author(step.author), '-m', message]);
  }

  async #merge(step: MergeStep): Promise<void> {
    const date = this.#nextDate(step.date);
    const message = step.message ?? `merge ${step.merge}`;
    if (step.fastForward === true) {
      gitIn(this.root, ['merge', '-q', '--ff-only', step.merge], date);
      this.commits.push(this.git('rev-parse', 'HEAD'));
      return;
    }
    try {
      gitIn(this.root, ['merge', '-q', '--no-ff', '--no-commit', step.merge], date);
    } catch (error) {
      // A conflict: the step's files must resolve it.
      if (step.files === undefined) throw error;
    }
    await this.write(step.files ?? {});
    this.git('add', '-A');
    this.#record(message, date, ['commit', '-q', '--no-verify', ...this.#author(step.author), '-m', message]);
  }

  #record(message: string, date: string | undefined, args: string[]): void {
    gitIn(this.root, args, this.#nextDate(date));
    const sha = this.git('rev-parse', 'HEAD');
    this.commits.push(sha);
    this.#byMessage.set(message, sha);
  }

  #author(author: string | undefined): string[] {
    return author === undefined ? [] : [`--author=${author} <test@example.invalid>`];
  }

  /** The given date, or one hour after the last; remembered for the next default. */
  #nextDate(date: string | undefined): string {
    const time = date === undefined ? this.#lastDate + 3_600_000 : Date.parse(date);
    this.#lastDate = time;
    return date ?? new Date(time).toISOString();
  }
}

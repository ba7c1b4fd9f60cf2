// The repository the history benchmark measures: the reference one (built once by the shared
// generator, cached in the temp folder) or one the user names with --repo; and what the
// benchmark does to it — empty its cache, add a commit, put everything back as it was.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';

/** What make-history-repo.mjs builds (see ../shared/bench/README.md). */
export const REFERENCE = { head: '1fcf91f61cbdbc1266f21b4e47581776c0c22808', commits: 5001, documents: 20, versions: 5020 };

/** Runs git in `cwd` (extra environment variables in `env`); returns its trimmed stdout. */
function git(cwd, args, env = {}) {
  return execFileSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}

function headOf(dir) {
  try {
    return git(dir, ['rev-parse', 'HEAD']);
  } catch {
    return null;
  }
}

const isEmptyOrMissing = (dir) => !existsSync(dir) || readdirSync(dir).length === 0;

/**
 * The repository to measure: `{ dir, root, head, reference, built }` (`root`: its top folder,
 * where `.headway/` lives). Without `requested`, the cache folder is (re)built whenever its
 * HEAD is not the reference one. A folder the user names is built only when missing or empty:
 * the generator wipes its output folder.
 */
export function ensureRepo({ requested, repoRoot, log }) {
  const dir = resolve(requested ?? join(process.env.TMPDIR ?? tmpdir(), 'headway-bench-history'));
  const mayBuild = requested === undefined ? headOf(dir) !== REFERENCE.head : isEmptyOrMissing(dir);
  let built = false;
  if (mayBuild) {
    log(`building the reference history repository in ${dir} (about 5 s) …`);
    const generator = join(repoRoot, '..', 'shared', 'bench', 'make-history-repo.mjs');
    execFileSync(process.execPath, [generator, '--out', dir], { stdio: ['ignore', 'ignore', 'inherit'] });
    built = true;
  }
  const head = headOf(dir);
  if (head === null) throw new Error(`${dir} is not a git repository with a commit`);
  const root = git(dir, ['rev-parse', '--show-toplevel']);
  const commits = Number(git(dir, ['rev-list', '--count', '--first-parent', 'HEAD']));
  return { dir, root, head, commits, reference: head === REFERENCE.head, built };
}

/**
 * Takes the repository's state in hand: HEAD, and its `.headway/` cache moved aside into the
 * git folder (same file system, invisible to the working tree). Throws when tracked files have
 * uncommitted changes: the benchmark commits and resets. `restore()` puts HEAD, the working
 * tree and `.headway/` back as they were; it is synchronous, so it can run on Ctrl-C.
 */
export function takeRepo(repo) {
  const dirty = git(repo.root, ['status', '--porcelain', '--untracked-files=no']);
  if (dirty !== '') throw new Error(`${repo.root} has uncommitted changes; the benchmark commits and resets, so it needs a clean working tree:\n${dirty}`);
  const gitDir = git(repo.root, ['rev-parse', '--git-dir']);
  const cache = join(repo.root, '.headway');
  const saved = join(isAbsolute(gitDir) ? gitDir : join(repo.root, gitDir), `headway-bench-saved-${process.pid}`);
  const hadCache = existsSync(cache);
  if (hadCache) renameSync(cache, saved);
  let restored = false;
  return {
    /** Deletes `.headway/`: the next run is a cold one. */
    clearCache: () => rmSync(cache, { recursive: true, force: true }),
    /** Back to the HEAD the benchmark found (after `commitTick`). */
    resetHead: () => {
      if (headOf(repo.root) !== repo.head) git(repo.root, ['reset', '-q', '--hard', repo.head]);
    },
    restore() {
      if (restored) return;
      restored = true;
      this.resetHead();
      rmSync(cache, { recursive: true, force: true });
      if (hadCache) renameSync(saved, cache);
    },
  };
}

/** The document the last commit touched (the one a user would be working on), or any document. */
function lastDocument(root) {
  const changed = git(root, ['log', '-1', '--first-parent', '--format=', '--name-only', '--diff-filter=AM', 'HEAD', '--', '*.md']).split('\n').filter(Boolean);
  const document = changed[0] ?? git(root, ['ls-files', '--', '*.md']).split('\n').find(Boolean);
  if (document === undefined) throw new Error(`${root} has no Markdown document to commit a change to`);
  return document;
}

/**
 * Commits one ticked box (the first `- [ ]` of the last changed document; a new ticked item
 * when it has none) on top of HEAD, dated one hour after HEAD, so the same commit every time.
 */
export function commitTick(repo) {
  const document = lastDocument(repo.root);
  const file = join(repo.root, document);
  const text = readFileSync(file, 'utf8');
  const ticked = text.includes('- [ ] ') ? text.replace('- [ ] ', '- [x] ') : `${text}\n- [x] headway bench tick\n`;
  writeFileSync(file, ticked);
  const seconds = Number(git(repo.root, ['log', '-1', '--format=%ct', repo.head])) + 3600;
  const date = `${seconds} +0000`;
  git(repo.root, ['add', '--', document]);
  git(repo.root, ['-c', 'user.name=Headway Bench', '-c', 'user.email=bench@example.invalid', '-c', 'commit.gpgsign=false',
    'commit', '-q', '--no-verify', '-m', `${document}: tick (headway bench)`], { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date });
  return document;
}

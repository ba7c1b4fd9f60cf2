import { existsSync, statSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import { DEFAULT_INCLUDE, IGNORED_FOLDERS } from '../scan/defaults.js';
import { PathError } from '../scan/errors.js';
import type { Globs } from '../scan/globs.js';

/** Which files of a repository's history are progress documents, as `headway status` would find them. */
export interface TrackedPaths {
  /** Pathspecs for git: a superset of the tracked files, so git lists less. */
  readonly pathspecs: readonly string[];
  /** Whether a repository-relative path is tracked. */
  readonly tracked: (path: string) => boolean;
}

/** What the user named and where from. */
export interface TrackedRequest {
  readonly cwd: string;
  /** The repository's top folder. */
  readonly root: string;
  /** Files or folders as the user wrote them, relative to `cwd` ('.' when none). */
  readonly paths: readonly string[];
  readonly globs: Globs;
}

const IGNORED = new Set(IGNORED_FOLDERS);

/** Glob syntax git's `:(glob)` does not share with picomatch: braces and extglobs. */
const PICOMATCH_ONLY = /[{}()!+@]/;

/**
 * The documents a history follows: a named file (even one deleted since: its history is what
 * was asked for), or the files in a named folder that the include and exclude globs keep —
 * the same rules as a scan of the working tree (scan.ts), applied to every path that ever
 * existed. Throws PathError for a path outside the repository.
 */
export function trackedPaths(request: TrackedRequest): TrackedPaths {
  const named = (request.paths.length > 0 ? request.paths : ['.']).map((path) => namedPath(request, path));
  const include = picomatch([...request.globs.include], { dot: true });
  const exclude = request.globs.exclude.length > 0 ? picomatch([...request.globs.exclude], { dot: true }) : () => false;
  const cwdInRepo = toRepoPath(request.root, request.cwd);
  const tracked = (path: string): boolean =>
    named.some((name) => {
      if (name.file && path === name.path) return true;
      if (!name.folder || !isUnder(path, name.path)) return false;
      // Globs are relative to the working directory; a folder outside it takes them relative to itself.
      const base = cwdInRepo !== null && isUnder(path, cwdInRepo) && isUnder(name.path, cwdInRepo) ? cwdInRepo : name.path;
      const relativePath = base === '' ? path : path.slice(base.length + 1);
      const below = name.path === '' ? path : path.slice(name.path.length + 1);
      return include(relativePath) && !exclude(relativePath) && !below.split('/').slice(0, -1).some((folder) => IGNORED.has(folder));
    });
  return { pathspecs: named.flatMap((name) => pathspecsOf(name, request.globs, cwdInRepo)), tracked };
}

interface NamedPath {
  /** Repository-relative, '' for the top folder. */
  readonly path: string;
  readonly file: boolean;
  readonly folder: boolean;
}

function namedPath(request: TrackedRequest, path: string): NamedPath {
  const absolute = resolve(request.cwd, path);
  const inRepo = toRepoPath(request.root, absolute);
  if (inRepo === null) throw new PathError(path, `${path} is outside the git repository at ${request.root}`);
  if (!existsSync(absolute)) return { path: inRepo, file: true, folder: true };
  const folder = statSync(absolute).isDirectory();
  return { path: inRepo, file: !folder, folder };
}

/** `absolute` relative to the repository's top folder with `/` separators, or null when outside it. */
function toRepoPath(root: string, absolute: string): string | null {
  const path = relative(resolve(root), absolute);
  if (path.startsWith('..') || isAbsolute(path)) return null;
  return sep === '/' ? path : path.split(sep).join('/');
}

function isUnder(path: string, folder: string): boolean {
  return folder === '' || path.startsWith(`${folder}/`);
}

/**
 * Pathspecs that find at least the tracked files of one named path. The default globs become
 * plain `folder/*.md` (without magic `*` crosses `/`, and git matches it fastest); globs git
 * cannot read take the whole folder, which the filter then narrows.
 */
function pathspecsOf(name: NamedPath, globs: Globs, cwdInRepo: string | null): string[] {
  // A file, or a path that no longer exists (file or folder): `:(literal)` matches both.
  const literal = `:(literal)${name.path === '' ? '.' : name.path}`;
  if (name.file || /[*?[\]\\]/.test(name.path)) return [literal];
  const prefix = name.path === '' ? '' : `${name.path}/`;
  const defaults = globs.include.length === DEFAULT_INCLUDE.length && globs.include.every((glob, i) => glob === DEFAULT_INCLUDE[i]);
  if (defaults) return DEFAULT_INCLUDE.map((glob) => `${prefix}${glob.replace(/^\*\*\//, '')}`);
  if (globs.include.some((glob) => PICOMATCH_ONLY.test(glob))) return [literal];
  const base = cwdInRepo !== null && isUnder(name.path, cwdInRepo) ? cwdInRepo : name.path;
  return globs.include.map((glob) => `:(glob)${base === '' ? '' : `${base}/`}${glob}`);
}

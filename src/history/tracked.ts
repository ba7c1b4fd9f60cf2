import { existsSync, statSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import { DEFAULT_INCLUDE, IGNORED_FOLDERS } from '../scan/defaults.js';
import { PathError } from '../scan/errors.js';
import type { Globs } from '../scan/globs.js';

/** Which files of a repository's history are progress documents, and which of them were asked for. */
export interface TrackedPaths {
  /** Pathspecs for git: a superset of every document of the repository, so git lists less. */
  readonly pathspecs: readonly string[];
  /** Whether a repository-relative path is a progress document (as a scan would find it). */
  readonly isDocument: (path: string) => boolean;
  /** Whether a path is one the user named, or lies in a folder they named. */
  readonly isNamed: (path: string) => boolean;
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
 * The documents of a repository's history and those asked for. A document is what a scan of
 * the working tree would read (scan.ts), applied to every path that ever existed: the include
 * and exclude globs (relative to the working directory), no ignored folder on the way, and any
 * file named on the command line whatever its name. The history of every document is followed
 * across renames, and one is kept when any name it had was asked for — so a document named by
 * its current path keeps its history from before a rename, and one named by an old path is
 * found too. Throws PathError for a path outside the repository.
 */
export function trackedPaths(request: TrackedRequest): TrackedPaths {
  const named = (request.paths.length > 0 ? request.paths : ['.']).map((path) => namedPath(request, path));
  const include = picomatch([...request.globs.include], { dot: true });
  const exclude = request.globs.exclude.length > 0 ? picomatch([...request.globs.exclude], { dot: true }) : () => false;
  const cwdInRepo = toRepoPath(request.root, request.cwd);
  /** A document when scanning `folder`: globs relative to the working directory (to `folder` outside it), no ignored folder below `folder`. */
  const documentIn = (path: string, folder: string): boolean => {
    const base = cwdInRepo !== null && isUnder(path, cwdInRepo) ? cwdInRepo : folder;
    const relativePath = base === '' ? path : path.slice(base.length + 1);
    const below = folder === '' ? path : path.slice(folder.length + 1);
    return include(relativePath) && !exclude(relativePath) && !below.split('/').slice(0, -1).some((name) => IGNORED.has(name));
  };
  const documents = new Map<string, boolean>();
  const isDocument = (path: string): boolean => {
    // A history names the same few paths thousands of times.
    let known = documents.get(path);
    if (known === undefined) {
      known = named.some((name) => (name.file && path === name.path) || (name.folder && isUnder(path, name.path) && documentIn(path, name.path))) || documentIn(path, '');
      documents.set(path, known);
    }
    return known;
  };
  const isNamed = (path: string): boolean => named.some((name) => (name.file && path === name.path) || (name.folder && isUnder(path, name.path)));
  return { pathspecs: pathspecsOf(named, request.globs, cwdInRepo), isDocument, isNamed };
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
 * Pathspecs that find at least every document: the default globs become plain `*.md` (without
 * magic `*` crosses `/`, and git matches it fastest), other globs `:(glob)` ones from the
 * working directory, and globs git cannot read take everything. Named files and folders are
 * added as they are, for names the globs would not find.
 */
function pathspecsOf(named: readonly NamedPath[], globs: Globs, cwdInRepo: string | null): string[] {
  const literal = (path: string): string => `:(literal)${path === '' ? '.' : path}`;
  const defaults = globs.include.length === DEFAULT_INCLUDE.length && globs.include.every((glob, i) => glob === DEFAULT_INCLUDE[i]);
  let documents: string[];
  if (defaults) documents = DEFAULT_INCLUDE.map((glob) => glob.replace(/^\*\*\//, ''));
  else if (cwdInRepo === null || globs.include.some((glob) => PICOMATCH_ONLY.test(glob))) documents = [literal('')];
  else documents = globs.include.map((glob) => `:(glob)${cwdInRepo === '' ? '' : `${cwdInRepo}/`}${glob}`);
  const outside = named.filter((name) => name.file || (cwdInRepo !== null && !isUnder(name.path, cwdInRepo)));
  return [...documents, ...outside.map((name) => literal(name.path))];
}

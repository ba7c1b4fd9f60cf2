import type { Stats } from 'node:fs';
import { stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { IoError, errorCode } from '../pipeline/io-error.js';
import { IGNORED_FOLDERS } from './defaults.js';
import { displayPath } from './display-path.js';
import { PathError } from './errors.js';
import type { Globs } from './globs.js';
import type { SourceFile } from './source-file.js';

/** Where to scan from and which files a folder scan keeps. */
export interface ScanOptions extends Globs {
  /** Globs, relative paths and display paths are taken from here. */
  readonly cwd: string;
}

/**
 * The files to analyze for the paths a user named: a file is always read, whatever its name;
 * a folder is searched with the include/exclude globs, skipping the ignored folders below it.
 * Sorted by display path, each file once. Throws PathError for a path that does not exist.
 */
export async function scanPaths(paths: readonly string[], options: ScanOptions): Promise<SourceFile[]> {
  const found = await Promise.all(paths.map((path) => scanPath(path, options)));
  const unique = new Map<string, SourceFile>();
  for (const file of found.flat()) unique.set(file.path, file);
  return [...unique.values()].sort((a, b) => compare(a.display, b.display) || compare(a.path, b.path));
}

/** One file the user named (for commands that read a single document). Throws PathError for a folder or a missing path. */
export async function scanFile(path: string, cwd: string): Promise<SourceFile> {
  const absolute = resolve(cwd, path);
  const info = await statNamed(path, absolute);
  if (info.isDirectory()) throw new PathError(path, `${path} is a folder, not a file`);
  if (!info.isFile()) throw notAFile(path);
  return { path: absolute, display: displayPath(cwd, absolute) };
}

async function scanPath(path: string, options: ScanOptions): Promise<SourceFile[]> {
  const absolute = resolve(options.cwd, path);
  const info = await statNamed(path, absolute);
  if (!info.isDirectory() && !info.isFile()) throw notAFile(path);
  const files = info.isDirectory() ? await globFolder(absolute, options) : [absolute];
  return files.map((file) => ({ path: file, display: displayPath(options.cwd, file) }));
}

/** Stats a path the user named, following a symlink they named on purpose. */
async function statNamed(path: string, absolute: string): Promise<Stats> {
  try {
    return await stat(absolute);
  } catch (error) {
    const code = errorCode(error);
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new PathError(path, `no such file or directory: ${path}`);
    throw new IoError(path, code);
  }
}

/**
 * Absolute paths of the files in `folder` the globs keep. Globs are written relative to the
 * working directory (where the config lives), so `docs/drafts/**` means the same whether the
 * user scans `.` or `docs`; a folder outside the working directory takes them relative to itself.
 *
 *   cwd = repo, folder = repo/docs, include `**\/*.md`  → crawl `docs/**\/*.md`
 *                                   include `docs/a/*.md` → as written, then kept if under docs
 *
 * The ignored folders are skipped below the folder scanned, so naming one still reads it.
 */
async function globFolder(folder: string, options: ScanOptions): Promise<string[]> {
  // Loaded on first use: a run on named files never pays for the glob library.
  const { glob, escapePath } = await import('tinyglobby');
  const base = relative(options.cwd, folder).split(sep).join('/');
  const inside = !base.startsWith('..') && !isAbsolute(base);
  const prefix = inside && base !== '' ? `${escapePath(base)}/` : '';
  const found = await glob(
    options.include.map((pattern) => (pattern.startsWith('**/') ? prefix + pattern : pattern)),
    {
      cwd: inside ? options.cwd : folder,
      ignore: [...IGNORED_FOLDERS.map((name) => `${prefix}**/${name}/**`), ...options.exclude],
      absolute: true,
      // `.kiro/specs/*/tasks.md` and `.github/` hold progress documents; the ignores skip `.git` and caches.
      dot: true,
      // Symlinks are neither followed nor read: each points out of the scanned root (which a
      // scan must not leave; a folder link may even loop) or at a file the scan finds anyway.
      followSymbolicLinks: false,
      onlyFiles: true,
    },
  );
  return found.map((file) => resolve(file)).filter((file) => prefix === '' || isWithin(folder, file));
}

/** A FIFO, socket or device: reading one could block forever, so it is refused by name. */
function notAFile(path: string): PathError {
  return new PathError(path, `${path} is not a regular file`);
}

function isWithin(folder: string, file: string): boolean {
  const path = relative(folder, file);
  return path !== '' && !path.startsWith('..') && !isAbsolute(path);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

// The reference corpus: 2,000 progress documents, 20,000,068 bytes, built once by the shared
// generator and cached in the temp folder; or a folder the user names with --corpus.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** What make-corpus.mjs writes (see ../shared/bench/README.md). */
export const REFERENCE = { files: 2000, bytes: 20_000_068 };

/** Every Markdown file under `dir`, sorted, with its size. */
export function listMarkdown(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.md'))
    .map((entry) => join(entry.parentPath ?? entry.path, entry.name))
    .sort()
    .map((path) => ({ path, bytes: statSync(path).size }));
}

/** Count and total size of a file list. */
function measure(files) {
  return { files: files.length, bytes: files.reduce((sum, file) => sum + file.bytes, 0) };
}

function isReference(size) {
  return size.files === REFERENCE.files && size.bytes === REFERENCE.bytes;
}

function isEmptyOrMissing(dir) {
  return !existsSync(dir) || readdirSync(dir).length === 0;
}

/**
 * The corpus to measure: `{ dir, files, bytes, reference, built }`.
 * Without `requested`, the cache folder is (re)built whenever it does not hold the reference
 * corpus. A folder the user names is built only when missing or empty — make-corpus.mjs wipes
 * its output folder, so a folder of someone's own documents is measured as it is, never rebuilt.
 */
export function ensureCorpus({ requested, repoRoot, log }) {
  const dir = requested ?? join(process.env.TMPDIR ?? tmpdir(), 'headway-bench-corpus');
  const mayBuild = requested === undefined || isEmptyOrMissing(dir);
  let size = existsSync(dir) ? measure(listMarkdown(dir)) : { files: 0, bytes: 0 };
  let built = false;
  if (!isReference(size) && mayBuild) {
    log(`building the reference corpus in ${dir} …`);
    const generator = join(repoRoot, '..', 'shared', 'bench', 'make-corpus.mjs');
    execFileSync(process.execPath, [generator, '--out', dir], { stdio: ['ignore', 'ignore', 'inherit'] });
    size = measure(listMarkdown(dir));
    built = true;
  }
  return { dir, ...size, reference: isReference(size), built };
}

/** Reads every file once so the page cache is warm before anything is timed. */
export function warmPageCache(dir) {
  for (const file of listMarkdown(dir)) readFileSync(file.path);
}

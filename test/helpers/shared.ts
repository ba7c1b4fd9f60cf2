/**
 * Finds `../shared/` — the seeds and the corpus of real progress documents, which sit beside
 * the repository clone (in CI as here) — relative to the repository root, never to a fixed
 * path. Missing folder: tests that need it skip with a message, except when `CI=true`, where a
 * missing folder is a broken checkout and fails them.
 *
 *     <parent>/
 *       main/            ← REPO_ROOT (this file runs as main/dist/test/helpers/shared.js)
 *       shared/          ← SHARED_DIR
 *         seeds/NNN_<hash>.txt
 *         corpus/MANIFEST.tsv, corpus/NNN.md
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestContext } from 'node:test';

/** The repository root: this file runs as dist/test/helpers/shared.js. */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** Where `../shared` is expected. */
export const SHARED_DIR = path.resolve(REPO_ROOT, '../shared');

/** True when `../shared` exists. */
export const sharedAvailable = (): boolean => existsSync(SHARED_DIR);

/** Why a test that needs `../shared` cannot run. */
const MISSING = `../shared not found: expected ${SHARED_DIR} (seeds and corpus live beside the repository)`;

/**
 * True when `../shared` is there. Otherwise skips the test and returns false — or, when
 * `CI=true`, fails it.
 */
export function requireShared(t: TestContext): boolean {
  if (sharedAvailable()) return true;
  if (process.env['CI'] === 'true') assert.fail(MISSING);
  t.skip(MISSING);
  return false;
}

/** Returns `../shared/<relative>`, or — when `../shared` is missing — skips (null) or, in CI, fails. */
export function sharedPath(t: TestContext, relative: string): string | null {
  return requireShared(t) ? path.join(SHARED_DIR, relative) : null;
}

/** Reads `../shared/<relative>` as bytes, or skips / fails as `sharedPath` does. */
export function readShared(t: TestContext, relative: string): Uint8Array | null {
  const file = sharedPath(t, relative);
  return file === null ? null : new Uint8Array(readFileSync(file));
}

/** Reads `../shared/<relative>` as bytes; for use after `requireShared` said it is there. */
export function readSharedFile(relative: string): Uint8Array {
  return new Uint8Array(readFileSync(path.join(SHARED_DIR, relative)));
}

/** Names of the files in `../shared/<folder>` ending in `suffix`; empty when `../shared` is missing. */
export function listShared(folder: string, suffix: string): string[] {
  const dir = path.join(SHARED_DIR, folder);
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((name) => name.endsWith(suffix)).sort();
}

/** One real document of `../shared`: a seed or a corpus file. */
export interface SharedDoc {
  /** Path under `../shared`, `/` separators: `seeds/000_bd34421fba218ed2.txt`, `corpus/001.md`. */
  readonly relative: string;
  /** `seed`, or the corpus manifest's kind (`memory-bank`, `kiro-tasks`, `todo`, …). */
  readonly kind: string;
  /** Where the document came from (`owner/repo:path`), or null for a seed. */
  readonly origin: string | null;
}

/** The five seeds, `../shared/seeds/*.txt`, in name order; empty when `../shared` is missing. */
export function seedDocs(): SharedDoc[] {
  return listShared('seeds', '.txt').map((name) => ({ relative: `seeds/${name}`, kind: 'seed', origin: null }));
}

/**
 * The corpus as `../shared/corpus/MANIFEST.tsv` lists it (header `file repo path commit bytes
 * kind notes`), in manifest order; empty when `../shared` or the manifest is missing.
 */
export function corpusDocs(): SharedDoc[] {
  const manifest = path.join(SHARED_DIR, 'corpus', 'MANIFEST.tsv');
  if (!existsSync(manifest)) return [];
  const [header = '', ...rows] = readFileSync(manifest, 'utf8').split(/\r?\n/).filter((line) => line.trim() !== '');
  const columns = header.split('\t');
  const at = (name: string): number => {
    const index = columns.indexOf(name);
    assert.ok(index >= 0, `corpus/MANIFEST.tsv has no "${name}" column: ${header}`);
    return index;
  };
  const [file, repo, where, kind] = [at('file'), at('repo'), at('path'), at('kind')];
  return rows.map((row) => {
    const cells = row.split('\t');
    return { relative: `corpus/${cells[file]}`, kind: cells[kind] ?? '', origin: `${cells[repo]}:${cells[where]}` };
  });
}

/** Every seed, then every corpus document. */
export function sharedDocs(): SharedDoc[] {
  return [...seedDocs(), ...corpusDocs()];
}

/** Reads a fixture of the decode suite: `test/fixtures/decode/<name>` (fixtures are not compiled). */
export function readDecodeFixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(path.join(REPO_ROOT, 'test/fixtures/decode', name)));
}

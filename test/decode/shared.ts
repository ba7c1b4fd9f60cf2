/**
 * Finds `../shared/` (seeds and corpus, beside the repository) for tests that read real
 * documents. Missing folder: those tests skip with a message — except in CI, where a missing
 * folder is a broken checkout and fails them. Self-contained so it can move to a common test
 * helper later.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestContext } from 'node:test';

/** The repository root: this file runs as dist/test/decode/shared.js. */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** Where `../shared` is expected. */
export const SHARED_DIR = path.resolve(REPO_ROOT, '../shared');

/** True when `../shared` exists. */
export const sharedAvailable = (): boolean => existsSync(SHARED_DIR);

/**
 * Returns `../shared/<relative>`, or — when `../shared` is missing — skips the test (returns
 * null) or, when `CI=true`, fails it.
 */
export function sharedPath(t: TestContext, relative: string): string | null {
  if (sharedAvailable()) return path.join(SHARED_DIR, relative);
  const why = `../shared not found: expected ${SHARED_DIR} (seeds and corpus live beside the repository)`;
  if (process.env['CI'] === 'true') assert.fail(why);
  t.skip(why);
  return null;
}

/** Reads `../shared/<relative>` as bytes, or skips / fails as `sharedPath` does. */
export function readShared(t: TestContext, relative: string): Uint8Array | null {
  const file = sharedPath(t, relative);
  return file === null ? null : new Uint8Array(readFileSync(file));
}

/** Names of the files in `../shared/<folder>` ending in `suffix`; empty when `../shared` is missing. */
export function listShared(folder: string, suffix: string): string[] {
  const dir = path.join(SHARED_DIR, folder);
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((name) => name.endsWith(suffix)).sort();
}

/** Reads a fixture of this test suite: `test/fixtures/decode/<name>`. */
export function readFixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(path.join(REPO_ROOT, 'test/fixtures/decode', name)));
}

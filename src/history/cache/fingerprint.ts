import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * What cached history was computed by: the build's id (`dist/build-id.txt`, a hash of all the
 * bundled code, written by scripts/bundle.mjs), so an upgrade — or any change to how documents
 * are read — invalidates the cache without anyone remembering to bump a number. Without a
 * build id (running the compiled sources), a hash of this module's own file.
 */
export function codeFingerprint(): string {
  fingerprint ??= buildId() ?? hashOf(fileURLToPath(import.meta.url));
  return fingerprint;
}

let fingerprint: string | undefined;

function buildId(): string | null {
  for (let up = new URL('./', import.meta.url), i = 0; i < 5; up = new URL('../', up), i++) {
    try {
      const id = readFileSync(new URL('build-id.txt', up), 'utf8').trim();
      if (/^[0-9a-f]{16}$/.test(id)) return id;
    } catch {
      // not here; look one folder up
    }
  }
  return null;
}

function hashOf(file: string): string {
  try {
    return createHash('sha1').update(readFileSync(file)).digest('hex').slice(0, 16);
  } catch {
    return 'unknown';
  }
}

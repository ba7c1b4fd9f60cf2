import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * What cached history was computed by: a hash of Headway's own code (the bundle this module
 * is part of), so an upgrade — or any change to how documents are read — invalidates the cache
 * without anyone remembering to bump a number.
 */
export function codeFingerprint(): string {
  fingerprint ??= hashOf(fileURLToPath(import.meta.url));
  return fingerprint;
}

let fingerprint: string | undefined;

function hashOf(file: string): string {
  try {
    return createHash('sha1').update(readFileSync(file)).digest('hex').slice(0, 16);
  } catch {
    return 'unknown';
  }
}

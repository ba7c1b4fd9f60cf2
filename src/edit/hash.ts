import { createHash } from 'node:crypto';

/** The content hash a write is checked against: sha256 of the bytes, lower-case hex. */
export function contentHash(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

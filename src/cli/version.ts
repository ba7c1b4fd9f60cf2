import { readFileSync } from 'node:fs';

/** Headway's version, from package.json (three folders above dist/src/cli/). */
export function headwayVersion(): string {
  const manifest: unknown = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8'));
  const version = (manifest as { version?: unknown }).version;
  return typeof version === 'string' ? version : 'unknown';
}

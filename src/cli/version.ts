import { readFileSync } from 'node:fs';

/** Headway's version, from the package.json above this file (bundled in dist/ or compiled in dist/src/cli/). */
export function headwayVersion(): string {
  for (let up = new URL('./', import.meta.url), i = 0; i < 5; up = new URL('../', up), i++) {
    try {
      const manifest = JSON.parse(readFileSync(new URL('package.json', up), 'utf8')) as { name?: unknown; version?: unknown };
      if (manifest.name === 'headway' && typeof manifest.version === 'string') return manifest.version;
    } catch {
      // not here; look one folder up
    }
  }
  return 'unknown';
}

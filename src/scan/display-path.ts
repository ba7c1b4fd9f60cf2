import { basename, relative, sep } from 'node:path';

/** How a file is shown: relative to `cwd`, `/` separators (`docs/progress.md`, `../other/ROADMAP.md`). */
export function displayPath(cwd: string, absolute: string): string {
  const path = relative(cwd, absolute) || basename(absolute);
  return sep === '/' ? path : path.split(sep).join('/');
}

// Where things are, relative to this checkout.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const LIB = dirname(fileURLToPath(import.meta.url));
export const REPO_ROOT = join(LIB, '..', '..');
export const DIST = join(REPO_ROOT, 'dist', 'src');
export const CLI = join(REPO_ROOT, 'dist', 'headway.js');
export const RSS_WRAP = join(LIB, 'rss-wrap.mjs');
/** ../shared beside the checkout: seeds and the corpus generator. */
export const SHARED = join(REPO_ROOT, '..', 'shared');
/** How a finished headway run may exit: 0, or 1 (with nothing on stderr) when it reported findings. */
export const HEADWAY_EXITS = { findingsExit1: true };

import { watch, type FSWatcher } from 'node:fs';
import { join } from 'node:path';

/** How long changes are gathered before they are handled: an editor's save is several events. */
const SETTLE_MS = 25;

/**
 * Watches a project folder (recursively) and calls `onChange` with the project-relative paths
 * that changed, gathered over a few milliseconds; and, when `gitDir` is given, `onHead` when
 * HEAD or a branch moves. Returns the stop function.
 */
export function watchProject(root: string, onChange: (paths: string[]) => void, options: { gitDir?: string | null; onHead?: () => void } = {}): () => void {
  let pending = new Set<string>();
  let timer: NodeJS.Timeout | null = null;
  const flush = (): void => {
    timer = null;
    const paths = [...pending];
    pending = new Set();
    if (paths.length > 0) onChange(paths);
  };
  const watchers: FSWatcher[] = [];
  const folder = watch(root, { recursive: true }, (_event, name) => {
    if (name === null) return;
    const path = name.split('\\').join('/');
    if (path.startsWith('.git/') || path === '.git' || path.startsWith('.headway/')) return;
    pending.add(path);
    timer ??= setTimeout(flush, SETTLE_MS);
  });
  folder.on('error', () => undefined);
  watchers.push(folder);
  if (options.gitDir && options.onHead) {
    const onHead = options.onHead;
    let headTimer: NodeJS.Timeout | null = null;
    const head = watch(options.gitDir, { recursive: false }, (_event, name) => {
      // HEAD itself, or a branch ref updated through a lock file renamed into place.
      if (name !== 'HEAD' && name !== 'ORIG_HEAD' && name !== 'packed-refs' && !name?.startsWith('refs')) return;
      headTimer ??= setTimeout(() => {
        headTimer = null;
        onHead();
      }, SETTLE_MS);
    });
    head.on('error', () => undefined);
    watchers.push(head);
    try {
      const refs = watch(join(options.gitDir, 'refs', 'heads'), { recursive: true }, () => {
        headTimer ??= setTimeout(() => {
          headTimer = null;
          onHead();
        }, SETTLE_MS);
      });
      refs.on('error', () => undefined);
      watchers.push(refs);
    } catch {
      // no refs/heads yet (an empty repository): HEAD's own events still come
    }
  }
  return () => {
    if (timer) clearTimeout(timer);
    for (const watcher of watchers) watcher.close();
  };
}

import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { HistoryCommit, HistoryNote, ItemEvent, SectionSnapshot, Snapshot } from '../model.js';
import type { Replayed } from '../replay/replayed.js';

/** A document's replayed history as far as its last commit: what a later run can start from. */
export interface CachedChain extends Replayed {
  readonly paths: readonly string[];
}

/** The commits of HEAD's first-parent line that touched tracked documents, as of `head`. */
export interface CachedLog {
  readonly head: string;
  readonly commits: readonly HistoryCommit[];
}

/** Bumped when the file layout below changes (a change to Headway's code is caught by the fingerprint). */
const LAYOUT = 1;

/** On disk: sections stored once and referred to by index, since most stay the same from one version to the next. */
interface StoredChain {
  readonly layout: number;
  readonly key: string;
  readonly paths: readonly string[];
  readonly sections: readonly SectionSnapshot[];
  readonly snapshots: readonly StoredSnapshot[];
  readonly events: readonly ItemEvent[];
  readonly notes: readonly HistoryNote[];
}

type StoredSnapshot = Omit<Snapshot, 'sections'> & { readonly sections: readonly number[] };

/**
 * Replayed histories cached on disk under `.headway/history/`, one file per document history
 * (named by a hash of its first version and of what the figures depend on), so a run after
 * one new commit reads every file and rewrites one. Files are replaced atomically (written
 * aside, then renamed); a file that cannot be read or parsed is a cache miss, never an error.
 */
export class HistoryCache {
  private readonly folder: string;

  /** `settings`: everything the figures depend on besides the documents (code fingerprint, options). */
  constructor(root: string, private readonly settings: string) {
    this.folder = join(root, '.headway', 'history');
  }

  async load(key: string): Promise<CachedChain | null> {
    let stored: StoredChain;
    try {
      stored = JSON.parse(await readFile(this.fileOf(key), 'utf8')) as StoredChain;
    } catch {
      return null;
    }
    // Valid JSON of another shape (`null`, a number) is a miss like unreadable bytes.
    if (typeof stored !== 'object' || stored === null || stored.layout !== LAYOUT || stored.key !== key || !Array.isArray(stored.snapshots)) return null;
    const sections = stored.sections;
    const snapshots = stored.snapshots.map((s): Snapshot => ({ ...s, sections: s.sections.map((i: number) => sections[i]!) }));
    return { paths: stored.paths, snapshots, events: stored.events, notes: stored.notes ?? [] };
  }

  /** Saves a chain; a failure to write (read-only checkout, full disk) only costs the next run its head start. */
  async save(key: string, chain: CachedChain): Promise<boolean> {
    const table = new Map<SectionSnapshot, number>();
    const sections: SectionSnapshot[] = [];
    const snapshots = chain.snapshots.map((s): StoredSnapshot => ({
      ...s,
      sections: s.sections.map((section) => {
        let index = table.get(section);
        if (index === undefined) {
          table.set(section, (index = sections.length));
          sections.push(section);
        }
        return index;
      }),
    }));
    const stored: StoredChain = { layout: LAYOUT, key, paths: chain.paths, sections, snapshots, events: chain.events, notes: chain.notes };
    return this.write(key, stored);
  }

  /** The commit log cached for a head (commits oldest first), or null. */
  async loadLog(key: string): Promise<CachedLog | null> {
    try {
      const stored = JSON.parse(await readFile(this.fileOf(key), 'utf8')) as CachedLog & { layout: number; key: string };
      return stored.layout === LAYOUT && stored.key === key && typeof stored.head === 'string' && Array.isArray(stored.commits) ? stored : null;
    } catch {
      return null;
    }
  }

  async saveLog(key: string, log: CachedLog): Promise<boolean> {
    return this.write(key, { layout: LAYOUT, key, ...log });
  }

  /** Any JSON value stored under a key, or null. */
  async loadValue<T>(key: string): Promise<T | null> {
    try {
      const stored = JSON.parse(await readFile(this.fileOf(key), 'utf8')) as { layout: number; key: string; value: T };
      return stored.layout === LAYOUT && stored.key === key ? stored.value : null;
    } catch {
      return null;
    }
  }

  async saveValue(key: string, value: unknown): Promise<boolean> {
    return this.write(key, { layout: LAYOUT, key, value });
  }

  private async write(key: string, value: unknown): Promise<boolean> {
    const file = this.fileOf(key);
    const aside = `${file}.${randomBytes(6).toString('hex')}.tmp`;
    try {
      await this.ensureFolder();
      await writeFile(aside, JSON.stringify(value));
      await rename(aside, file);
      return true;
    } catch {
      await rm(aside, { force: true }).catch(() => undefined);
      return false;
    }
  }

  private fileOf(key: string): string {
    const name = createHash('sha1').update(`${this.settings}\u0000${key}`).digest('hex').slice(0, 24);
    return join(this.folder, `${name}.json`);
  }

  /** Creates `.headway/history/`, and in a new `.headway/` a `.gitignore` so the cache is never committed. */
  private async ensureFolder(): Promise<void> {
    if (this.ready) return;
    await mkdir(this.folder, { recursive: true });
    await writeFile(join(this.folder, '..', '.gitignore'), '# Headway cache: safe to delete\n*\n', { flag: 'wx' }).catch(() => undefined);
    this.ready = true;
  }

  private ready = false;
}

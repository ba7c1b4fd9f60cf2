import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { relative, resolve, sep } from 'node:path';
import { documentJson } from '../format/status-json.js';
import { SCHEMA_VERSION, type DocumentJson } from '../format/json-types.js';
import { trackedPaths } from '../history/tracked.js';
import type { DocReport } from '../model/progress.js';
import { analyze } from '../pipeline/analyze.js';
import type { AnalyzeOptions } from '../pipeline/options.js';
import { analyzeFiles } from '../pipeline/run.js';
import type { Globs } from '../scan/globs.js';
import { scanPaths } from '../scan/scan.js';

/** One document as served: its figures, in the status contract, and the bytes' hash it was read at. */
export interface ServedDocument {
  /** Relative to the project's folder, `/` separators. */
  readonly path: string;
  /** sha256 of the bytes read, hex: what an edit must name to be accepted, and the ETag. */
  readonly hash: string;
  readonly report: DocReport;
  readonly json: DocumentJson;
  /** `{ schemaVersion, hash, document }` as sent: serialised and encoded once. */
  readonly body: Buffer;
}

/** What a served project is read with. */
export interface ProjectSettings {
  readonly name: string;
  /** Absolute folder. */
  readonly root: string;
  readonly globs: Globs;
  readonly options: AnalyzeOptions;
}

/**
 * A served project's documents, analysed, kept current: `refresh` re-reads the files that
 * changed (only those; a file whose bytes are the same is left as it is). Every change bumps
 * `version`, which the API's ETags and live events carry.
 */
export class ProjectState {
  readonly documents = new Map<string, ServedDocument>();
  version = 0;
  private readonly isDocument: (path: string) => boolean;

  private constructor(readonly settings: ProjectSettings) {
    this.isDocument = trackedPaths({ cwd: settings.root, root: settings.root, paths: [], globs: settings.globs }).isDocument;
  }

  get name(): string {
    return this.settings.name;
  }

  /** Reads every document of the project. */
  static async load(settings: ProjectSettings): Promise<ProjectState> {
    const state = new ProjectState(settings);
    const files = await scanPaths(['.'], { cwd: settings.root, ...settings.globs });
    const reports = await analyzeFiles(files, settings.options);
    await Promise.all(
      files.map(async (file, i) => {
        const bytes = await readFile(file.path);
        const path = state.pathOf(file.path);
        state.documents.set(path, state.served(path, bytes, reports[i]!));
      }),
    );
    state.version = 1;
    return state;
  }

  /** Whether a project-relative path is one of its documents (as a scan finds them). */
  follows(path: string): boolean {
    return this.isDocument(path);
  }

  /**
   * Re-reads the given project-relative paths (changed, added or deleted on disk); returns the
   * paths whose figures changed. A path that is not a document is ignored.
   */
  async refresh(paths: Iterable<string>): Promise<string[]> {
    const changed: string[] = [];
    for (const path of new Set(paths)) {
      if (!this.isDocument(path)) continue;
      let bytes: Buffer | null;
      try {
        bytes = await readFile(resolve(this.settings.root, path));
      } catch {
        bytes = null;
      }
      const known = this.documents.get(path);
      if (bytes === null) {
        if (known !== undefined) {
          this.documents.delete(path);
          changed.push(path);
        }
        continue;
      }
      const hash = hashOf(bytes);
      if (known?.hash === hash) continue;
      const report = analyze(bytes, path, { ...this.settings.options, now: new Date() });
      this.documents.set(path, this.served(path, bytes, report, hash));
      changed.push(path);
    }
    if (changed.length > 0) this.version++;
    return changed;
  }

  /** The project-relative path of an absolute one. */
  pathOf(absolute: string): string {
    const path = relative(this.settings.root, absolute);
    return sep === '/' ? path : path.split(sep).join('/');
  }

  private served(path: string, bytes: Uint8Array, report: DocReport, hash = hashOf(bytes)): ServedDocument {
    // Reports name files as the scan showed them; the API names them from the project's folder.
    const json = { ...documentJson(report, this.settings.options.countOptional), path };
    return { path, hash, report, json, body: Buffer.from(JSON.stringify({ schemaVersion: SCHEMA_VERSION, hash, document: json })) };
  }
}

/** sha256 of bytes, hex. */
export function hashOf(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

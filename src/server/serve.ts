import { randomBytes } from 'node:crypto';
import { basename, resolve } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { openRepository } from '../history/git/index.js';
import type { AnalyzeOptions } from '../pipeline/options.js';
import type { Globs } from '../scan/globs.js';
import { buildApp, type AppOptions } from './app.js';
import { Portfolio } from './portfolio.js';
import { ProjectState } from './project-state.js';
import { refresh } from './refresh.js';
import { stateSetter } from './set-state.js';
import { watchProject } from './watch.js';

/** What `headway serve` serves and how. */
export interface ServeOptions {
  /** Project folders (absolute or relative to `cwd`). */
  readonly folders: readonly string[];
  readonly cwd: string;
  readonly host: string;
  readonly port: number;
  /** Null: one is generated (and shown). */
  readonly token: string | null;
  readonly watch: boolean;
  readonly settingsFor: (root: string) => Promise<{ globs: Globs; options: AnalyzeOptions }>;
  readonly setState?: AppOptions['setState'];
}

/** A running server. */
export interface Served {
  readonly url: string;
  readonly token: string;
  readonly portfolio: Portfolio;
  readonly app: FastifyInstance;
  close(): Promise<void>;
}

/** Addresses that only this machine reaches: reads need no token there. */
const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);

/**
 * Loads the projects, starts the API, and keeps everything current: a file written on disk is
 * re-read and pushed to live clients; HEAD moving makes histories be worked out again.
 */
export async function serve(options: ServeOptions): Promise<Served> {
  const roots = options.folders.length > 0 ? options.folders.map((folder) => resolve(options.cwd, folder)) : [options.cwd];
  const names = new Map<string, number>();
  const projects = await Promise.all(
    roots.map(async (root) => {
      const base = basename(root) || 'project';
      const seen = names.get(base) ?? 0;
      names.set(base, seen + 1);
      const { globs, options: analyze } = await options.settingsFor(root);
      return ProjectState.load({ name: seen === 0 ? base : `${base}-${seen + 1}`, root, globs, options: analyze });
    }),
  );
  const portfolio = new Portfolio(projects);
  const token = options.token ?? randomBytes(18).toString('base64url');
  const app = await buildApp(portfolio, { token, tokenForReads: !LOOPBACK.has(options.host), setState: options.setState ?? stateSetter(portfolio) });
  const stops: (() => void)[] = [];
  if (options.watch) {
    for (const project of projects) {
      const repo = await openRepository(project.settings.root).catch(() => null);
      const gitDir = repo === null ? null : resolve(repo.root, '.git');
      stops.push(
        watchProject(project.settings.root, (paths) => void refresh(portfolio, project, paths), {
          gitDir,
          onHead: () => {
            portfolio.headMoved();
            portfolio.events.publish('history', { project: project.name });
          },
        }),
      );
    }
  }
  const address = await app.listen({ host: options.host, port: options.port });
  return {
    url: address,
    token,
    portfolio,
    app,
    async close() {
      for (const stop of stops) stop();
      await app.close();
    },
  };
}

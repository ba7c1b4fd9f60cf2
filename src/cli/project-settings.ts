import { analyzeOptionsFrom } from '../config/config.js';
import { loadConfig } from '../config/load.js';
import type { AnalyzeOptions } from '../pipeline/options.js';
import { resolveGlobs, type Globs } from '../scan/globs.js';
import type { CliIo } from './io.js';

/** The options every command reading a project takes: which files, and which config. */
export const PROJECT_OPTIONS = {
  include: { type: 'string', multiple: true },
  exclude: { type: 'string', multiple: true },
  config: { type: 'string' },
} as const;

/** Their help lines. */
export const PROJECT_HELP = `  --include GLOB  Also read files matching GLOB in scanned folders (repeatable)
  --exclude GLOB  Skip files matching GLOB in scanned folders (repeatable)
  --config FILE   Read FILE instead of ./headway.config.json`;

/** What a command reads a project with: the config file, the command line's globs, the clock. */
export interface ProjectSettings {
  readonly globs: Globs;
  readonly options: AnalyzeOptions;
}

/** Loads the config and combines its globs with the command line's (config errors are thrown). */
export async function projectSettings(values: { readonly include?: string[] | undefined; readonly exclude?: string[] | undefined; readonly config?: string | undefined }, io: CliIo): Promise<ProjectSettings> {
  const config = await loadConfig({ cwd: io.cwd, file: values.config });
  const globs = resolveGlobs({
    configInclude: config.include,
    configExclude: config.exclude,
    cliInclude: values.include ?? [],
    cliExclude: values.exclude ?? [],
  });
  return { globs, options: analyzeOptionsFrom(config, io.now()) };
}

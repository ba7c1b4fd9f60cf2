import { DEFAULT_INCLUDE } from './defaults.js';

/** Globs from the config file and from the command line. */
export interface GlobSources {
  /** `include` from the config; replaces the defaults when given. */
  readonly configInclude: readonly string[] | null;
  readonly configExclude: readonly string[];
  /** `--include`: added to the config's (or the default) include globs. */
  readonly cliInclude: readonly string[];
  /** `--exclude`: added to the config's exclusions. */
  readonly cliExclude: readonly string[];
}

/** The globs a folder scan uses, relative to the working directory. */
export interface Globs {
  readonly include: readonly string[];
  readonly exclude: readonly string[];
}

/**
 * Combines the defaults, the config and the command line. The ignored folders (defaults.ts)
 * are not globs of this list: the scan skips them below every folder it searches.
 */
export function resolveGlobs(sources: GlobSources): Globs {
  return {
    include: [...(sources.configInclude ?? DEFAULT_INCLUDE), ...sources.cliInclude],
    exclude: [...sources.configExclude, ...sources.cliExclude],
  };
}

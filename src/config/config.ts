import type { ItemState } from '../model/item.js';
import type { AnalyzeOptions, RuleSetting } from '../pipeline/options.js';

/** The name looked for in the working directory. */
export const CONFIG_FILE = 'headway.config.json';

/** A validated `headway.config.json`, every default applied. */
export interface HeadwayConfig {
  /** Where it was read from, as shown to the user; `null` when no file was found. */
  readonly file: string | null;
  /** Globs of files a folder scan reads; `null` keeps the defaults (Markdown files). */
  readonly include: readonly string[] | null;
  /** Globs a folder scan skips, on top of the ignored folders. */
  readonly exclude: readonly string[];
  readonly countOptional: boolean;
  readonly vocabulary: Readonly<Partial<Record<ItemState, readonly string[]>>>;
  /** Rules the file configures, severity and options resolved; the others keep their defaults. */
  readonly rules: Readonly<Record<string, RuleSetting>>;
  /** Folders `headway serve` serves when none is named, as written (relative to the config's folder). */
  readonly projects: readonly string[];
}

/** The configuration when there is no file. */
export const DEFAULT_CONFIG: HeadwayConfig = {
  file: null,
  include: null,
  exclude: [],
  countOptional: false,
  vocabulary: {},
  rules: {},
  projects: [],
};

/** What the pipeline needs from a config, with the clock read once by the caller. */
export function analyzeOptionsFrom(config: HeadwayConfig, now: Date): AnalyzeOptions {
  return { now, countOptional: config.countOptional, vocabulary: config.vocabulary, rules: config.rules };
}

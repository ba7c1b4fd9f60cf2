import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { errorCode, reasonFor } from '../pipeline/io-error.js';
import { displayPath } from '../scan/display-path.js';
import { CONFIG_FILE, DEFAULT_CONFIG, type HeadwayConfig } from './config.js';
import { ConfigError } from './errors.js';

/** Where to look: the working directory's `headway.config.json`, or a file named with `--config`. */
export interface ConfigSource {
  readonly cwd: string;
  readonly file?: string | undefined;
}

/**
 * Reads and validates the config. No file in the working directory means the defaults; a file
 * named with `--config` must exist. Throws ConfigError naming the file.
 */
export async function loadConfig(source: ConfigSource): Promise<HeadwayConfig> {
  const path = resolve(source.cwd, source.file ?? CONFIG_FILE);
  const shown = displayPath(source.cwd, path);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = errorCode(error);
    if (source.file === undefined && code === 'ENOENT') return DEFAULT_CONFIG;
    throw new ConfigError(shown, `cannot read: ${reasonFor(code)}`);
  }
  // Loaded only when there is a file: the validator's imports cost more than a small run.
  const { parseConfig } = await import('./parse.js');
  return parseConfig(text, shown);
}

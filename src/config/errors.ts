/** A config file Headway cannot use: unreadable, not JSON, or not valid. The message names the file. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';

  constructor(
    /** The config file as shown to the user. */
    readonly file: string,
    /** What is wrong, starting with the key path or `line:column` where it is known. */
    readonly detail: string,
  ) {
    super(`${file}: ${detail}`);
  }
}

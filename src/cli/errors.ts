import { ConfigError } from '../config/errors.js';
import { GitError } from '../history/git/errors.js';
import { IoError } from '../pipeline/io-error.js';
import { PathError } from '../scan/errors.js';

/** The command line asks for something impossible: an unknown option, a missing argument, nothing at that line. */
export class UsageError extends Error {
  override readonly name = 'UsageError';

  constructor(
    message: string,
    /** What to try instead (`see 'headway status --help'`), appended to the message. */
    readonly hint: string | null = null,
  ) {
    super(message);
  }
}

/** Exit code: the command did what was asked. */
export const EXIT_OK = 0;
/** Exit code reserved for `headway check`: findings at or above the chosen severity. */
export const EXIT_FINDINGS = 1;
/** Exit code: the run could not be done — a usage, config or file error, or our own bug. */
export const EXIT_FAILURE = 2;

/** What the top-level catch prints and returns for a failure. */
export interface Failure {
  readonly exitCode: number;
  /** Printed on stderr; one line unless it is our own bug and debugging is on. */
  readonly text: string;
}

/**
 * Maps anything thrown to an exit code and a message. A user's mistake or the environment's
 * failure (a typed error) is one line naming the file; anything else is our bug, shown as an
 * internal error, with the stack only when HEADWAY_DEBUG=1.
 */
export function describeFailure(error: unknown, debug: boolean): Failure {
  if (error instanceof UsageError) {
    return { exitCode: EXIT_FAILURE, text: `headway: ${error.message}${error.hint === null ? '' : ` (${error.hint})`}\n` };
  }
  if (error instanceof ConfigError || error instanceof PathError || error instanceof IoError || error instanceof GitError) {
    return { exitCode: EXIT_FAILURE, text: `headway: ${error.message}\n` };
  }
  const message = error instanceof Error ? error.message : String(error);
  const stack = debug && error instanceof Error && error.stack !== undefined ? `${error.stack}\n` : '';
  const advice = debug ? '' : ' (set HEADWAY_DEBUG=1 for details)';
  return { exitCode: EXIT_FAILURE, text: `headway: internal error: ${message}${advice}\n${stack}` };
}

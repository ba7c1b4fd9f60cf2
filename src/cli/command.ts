import type { CliIo } from './io.js';

/** One `headway <name>` command: its help and what it does. */
export interface Command {
  readonly name: string;
  /** One line for `headway --help`. */
  readonly summary: string;
  /** Printed by `headway <name> --help`. */
  readonly help: string;
  /** Runs with the arguments after the command name; returns the exit code, throws typed errors. */
  run(args: readonly string[], io: CliIo): Promise<number>;
}

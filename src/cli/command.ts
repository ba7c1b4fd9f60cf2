import type { CliIo } from './io.js';

/** One `headway <name>` command: its help and what it does. */
export interface Command {
  readonly name: string;
  /** Printed by `headway <name> --help`. */
  readonly help: string;
  /** Runs with the arguments after the command name; returns the exit code, throws typed errors. */
  run(args: readonly string[], io: CliIo): Promise<number>;
}

/**
 * A command as `headway` lists it, loaded only when it runs: a run of one command never
 * compiles the others' code (history's warm path never loads the Markdown pipeline).
 */
export interface CommandEntry {
  readonly name: string;
  /** One line for `headway --help`. */
  readonly summary: string;
  load(): Promise<Command>;
}

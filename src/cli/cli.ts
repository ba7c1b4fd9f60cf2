import { closest } from '../config/suggest.js';
import type { Command } from './command.js';
import { explain } from './commands/explain.js';
import { burndown, history } from './commands/history.js';
import { report } from './commands/report.js';
import { status } from './commands/status.js';
import { describeFailure, EXIT_OK, UsageError } from './errors.js';
import { mainHelp } from './help.js';
import type { CliIo } from './io.js';
import { headwayVersion } from './version.js';

/** Every command, in the order `headway --help` lists them. */
export const COMMANDS: readonly Command[] = [status, explain, history, burndown, report];

/**
 * Runs `headway` with its arguments and returns the exit code. The one place errors are caught:
 * commands throw typed errors, this maps them to a line on stderr and an exit code.
 */
export async function runCli(args: readonly string[], io: CliIo): Promise<number> {
  try {
    return await dispatch(args, io);
  } catch (error) {
    const failure = describeFailure(error, io.env.HEADWAY_DEBUG === '1');
    io.stderr.write(failure.text);
    return failure.exitCode;
  }
}

async function dispatch(args: readonly string[], io: CliIo): Promise<number> {
  const [first, ...rest] = args;
  if (first === undefined || first === '--help' || first === '-h') {
    io.stdout.write(mainHelp(COMMANDS));
    return EXIT_OK;
  }
  if (first === '--version' || first === '-V') {
    io.stdout.write(`${headwayVersion()}\n`);
    return EXIT_OK;
  }
  if (first === 'help') return rest[0] === undefined ? dispatch([], io) : findCommand(rest[0]).run(['--help'], io);
  if (first.startsWith('-')) throw new UsageError(`unknown option '${first}'`, "see 'headway --help'");
  return findCommand(first).run(rest, io);
}

function findCommand(name: string): Command {
  const command = COMMANDS.find((candidate) => candidate.name === name);
  if (command !== undefined) return command;
  const guess = closest(name, COMMANDS.map((candidate) => candidate.name));
  const hint = guess === null ? "see 'headway --help'" : `did you mean '${guess}'? see 'headway --help'`;
  throw new UsageError(`unknown command '${name}'`, hint);
}

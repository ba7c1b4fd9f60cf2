import { closest } from '../config/suggest.js';
import type { Command, CommandEntry } from './command.js';
import { describeFailure, EXIT_OK, UsageError } from './errors.js';
import { mainHelp } from './help.js';
import type { CliIo } from './io.js';
import { headwayVersion } from './version.js';

/** Every command, in the order `headway --help` lists them. */
export const COMMANDS: readonly CommandEntry[] = [
  { name: 'status', summary: 'Show real progress beside what each document claims', load: async () => (await import('./commands/status.js')).status },
  { name: 'explain', summary: 'List every item behind a figure, and how it is computed', load: async () => (await import('./commands/explain.js')).explain },
  { name: 'history', summary: 'Burn-up, throughput and forecast from the git history', load: async () => (await import('./commands/history.js')).history },
  { name: 'burndown', summary: 'Burndown chart with the forecast cone', load: async () => (await import('./commands/history.js')).burndown },
  { name: 'report', summary: 'Generate Markdown reports: status, weekly, burndown, daily', load: async () => (await import('./commands/report.js')).report },
  { name: 'set', summary: "Change an item's state in its file (marker only, atomic)", load: async () => (await import('./commands/set.js')).set },
  { name: 'serve', summary: 'Serve the documents over HTTP: API, live updates, badges, edits', load: async () => (await import('./commands/serve.js')).serveCommand },
];

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
  if (first === 'help') return rest[0] === undefined ? dispatch([], io) : (await findCommand(rest[0])).run(['--help'], io);
  if (first.startsWith('-')) throw new UsageError(`unknown option '${first}'`, "see 'headway --help'");
  return (await findCommand(first)).run(rest, io);
}

async function findCommand(name: string): Promise<Command> {
  const command = COMMANDS.find((candidate) => candidate.name === name);
  if (command !== undefined) return command.load();
  const guess = closest(name, COMMANDS.map((candidate) => candidate.name));
  const hint = guess === null ? "see 'headway --help'" : `did you mean '${guess}'? see 'headway --help'`;
  throw new UsageError(`unknown command '${name}'`, hint);
}

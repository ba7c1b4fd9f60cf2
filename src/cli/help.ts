import type { CommandEntry } from './command.js';

/** `headway --help`: what Headway is, the commands, the global options, the exit codes. */
export function mainHelp(commands: readonly CommandEntry[]): string {
  const width = Math.max(...commands.map((command) => command.name.length));
  const list = commands.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`).join('\n');
  return `headway — real progress beside what your Markdown progress documents claim

Usage: headway <command> [options]

Commands:
${list}

Options:
  -h, --help   Show help; 'headway <command> --help' for a command's options
  --version    Print Headway's version

Exit codes: 0 done; 2 a usage, config or file error (one line on stderr).
`;
}

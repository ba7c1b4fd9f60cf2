/**
 * Counts the git processes started while a body runs, by wrapping `child_process.spawn` (the
 * ESM bindings of a built-in module follow `syncBuiltinESMExports`). The reader's promise is
 * one `git log` and one `git cat-file` however many commits and blobs: this is how tests hold it.
 */
import childProcess from 'node:child_process';
import { syncBuiltinESMExports } from 'node:module';

/** Runs `body`; returns its result and the git subcommands spawned meanwhile (`log`, `cat-file`…). */
export async function countSpawns<T>(body: () => Promise<T>): Promise<{ result: T; spawned: string[] }> {
  const original = childProcess.spawn;
  const spawned: string[] = [];
  const counting = ((command: string, args: readonly string[], ...rest: unknown[]) => {
    // After `-C <folder>` and the `-c key=value` pairs comes the subcommand.
    let i = 0;
    while (args[i] === '-C' || args[i] === '-c') i += 2;
    spawned.push(`${command} ${args[i] ?? ''}`);
    return (original as (...a: unknown[]) => unknown)(command, args, ...rest);
  }) as typeof childProcess.spawn;
  childProcess.spawn = counting;
  syncBuiltinESMExports();
  try {
    return { result: await body(), spawned };
  } finally {
    childProcess.spawn = original;
    syncBuiltinESMExports();
  }
}

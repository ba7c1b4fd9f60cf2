import { spawn } from 'node:child_process';
import { gitEnvironment, NEUTRAL_CONFIG } from './environment.js';
import { GitError } from './errors.js';

/** What a finished git command left. */
export interface GitOutput {
  /** Everything it wrote on stdout, unless `onStdout` consumed it (then empty). */
  readonly stdout: Buffer;
  readonly exitCode: number;
  /** Its stderr, trimmed (at most the first 64 KiB). */
  readonly stderr: string;
}

/** How to run one git command. */
export interface RunOptions {
  /** Receives stdout chunk by chunk instead of collecting it (a log too large to hold twice). */
  readonly onStdout?: (chunk: Buffer) => void;
  /** Exit codes that are answers rather than failures (`rev-parse --verify` says 1 for "no HEAD"). */
  readonly acceptExitCodes?: readonly number[];
}

const STDERR_LIMIT = 64 * 1024;

/**
 * Runs `git -C cwd <args>` to completion. Throws GitError `git-not-found` when git cannot be
 * started and `command-failed` (with git's own first line of complaint) for an exit code not
 * accepted.
 */
export function runGit(cwd: string, args: readonly string[], options: RunOptions = {}): Promise<GitOutput> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', ['-C', cwd, ...NEUTRAL_CONFIG, ...args], {
      env: gitEnvironment(),
      stdio: ['ignore', 'pipe', 'pipe'],
      windowsHide: true,
    });
    const chunks: Buffer[] = [];
    let stderr = '';
    let failure: unknown = null;
    child.stdout.on('data', (chunk: Buffer) => {
      if (options.onStdout === undefined) chunks.push(chunk);
      else if (failure === null) {
        // A throwing consumer (output it cannot read) ends the command: an exception in an
        // event handler would otherwise take the whole process down.
        try {
          options.onStdout(chunk);
        } catch (error) {
          failure = error;
          child.kill();
        }
      }
    });
    child.stderr.on('data', (chunk: Buffer) => {
      if (stderr.length < STDERR_LIMIT) stderr += chunk.toString('utf8');
    });
    child.on('error', (error) => reject(spawnFailure(error)));
    child.on('close', (code, signal) => {
      if (failure !== null) return reject(failure);
      const exitCode = code ?? 128;
      const output = { stdout: Buffer.concat(chunks), exitCode, stderr: stderr.trim() };
      if (exitCode === 0 || options.acceptExitCodes?.includes(exitCode) === true) resolve(output);
      else reject(commandFailure(args, cwd, output.stderr, signal ?? `exit code ${exitCode}`));
    });
  });
}

/** The error for a git process that could not be started. */
export function spawnFailure(error: Error): GitError {
  const code = (error as { code?: unknown }).code;
  if (code === 'ENOENT') return new GitError('git-not-found', 'git is not installed or not on PATH: Headway needs it to read history');
  return new GitError('command-failed', `cannot run git: ${error.message}`);
}

/** The error for a git command that failed, naming the command, the folder and git's reason. */
export function commandFailure(args: readonly string[], cwd: string, stderr: string, how: string): GitError {
  const reason = stderr.split('\n').find((line) => line.trim() !== '') ?? how;
  return new GitError('command-failed', `git ${args[0] ?? ''} failed in ${cwd}: ${reason.replace(/^(fatal|error): /, '')}`);
}

// Runs one child process and times it, wall clock, from spawn to exit.
import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';

const RSS_LINE = /^maxrss-kib (\d+)$/m;

/**
 * Runs `node …args` and resolves `{ ms, code, stdout, stderr, maxRssKiB }`. `keepStdout: false`
 * sends stdout to /dev/null, so a big output costs the child a file write, not a pipe the
 * parent must drain. maxRssKiB is read from rss-wrap.mjs's line on stderr, when present.
 */
export function runNode(args, { keepStdout = false, cwd } = {}) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, {
      cwd,
      stdio: ['ignore', keepStdout ? 'pipe' : 'ignore', 'pipe'],
      env: { ...process.env, NO_COLOR: '1' },
    });
    const out = [];
    const err = [];
    child.stdout?.on('data', (chunk) => out.push(chunk));
    child.stderr.on('data', (chunk) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      const ms = performance.now() - started;
      const stderr = Buffer.concat(err).toString();
      const rss = RSS_LINE.exec(stderr);
      resolve({
        ms,
        code: code ?? signal,
        stdout: Buffer.concat(out).toString(),
        stderr: stderr.replace(RSS_LINE, '').trim(),
        maxRssKiB: rss ? Number(rss[1]) : null,
      });
    });
  });
}

/**
 * Throws with the child's stderr unless it finished its work. Exit 0 always counts. With
 * `findingsExit1`, exit 1 counts too when stderr is empty: Headway exits 1 when it reports
 * findings (EXIT_FINDINGS), but Node also exits 1 on an uncaught error — a module that fails
 * to load dies in a fraction of a second with a stack trace on stderr, and must not be timed.
 */
export function assertSucceeded(name, result, { findingsExit1 = false } = {}) {
  const ok = result.code === 0 || (findingsExit1 && result.code === 1 && result.stderr === '');
  if (!ok) {
    throw new Error(`${name} exited with ${result.code}:\n${result.stderr || '(nothing on stderr)'}`);
  }
  return result;
}

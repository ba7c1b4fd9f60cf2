import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The compiled `headway` bin. */
export const BIN = fileURLToPath(new URL('../../headway.js', import.meta.url));

/** test/fixtures/cli in the source tree (fixtures are not compiled). */
export const FIXTURES = fileURLToPath(new URL('../../../test/fixtures/cli/', import.meta.url));

/** What a run of the bin gave. */
export interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Options for a run: working directory, extra environment, and a user to run as. */
export interface RunOptions {
  readonly cwd?: string;
  readonly env?: Readonly<Record<string, string>>;
  readonly uid?: number;
}

/** Runs `node dist/headway.js …args` (the bundled bin) to completion, with colour variables cleared unless given. */
export function headway(args: readonly string[], options: RunOptions = {}): Run {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && !['FORCE_COLOR', 'NO_COLOR', 'HEADWAY_DEBUG', 'NODE_TEST_CONTEXT'].includes(key)) env[key] = value;
  }
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? FIXTURES,
    env: { ...env, ...options.env },
    encoding: 'utf8',
    maxBuffer: 1 << 28,
    ...(options.uid === undefined ? {} : { uid: options.uid, gid: options.uid }),
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A fresh temporary folder holding the given files (path → content); removed by the returned function. */
export function tempTree(files: Readonly<Record<string, string>>): { root: string; remove: () => void } {
  const root = mkdtempSync(join(tmpdir(), 'headway-test-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return { root, remove: () => rmSync(root, { recursive: true, force: true }) };
}

/** True when stderr is exactly one line and carries no stack trace. */
export function isOneLine(text: string): boolean {
  return text.endsWith('\n') && text.trimEnd().split('\n').length === 1 && !/\n\s+at /.test(text);
}

/** The ANSI escape that starts every colour code. */
export const ANSI = /\u001b\[/;


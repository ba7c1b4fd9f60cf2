/**
 * Acceptance: the reports regenerated from the fixture repository equal the expected files
 * in test/fixtures/history-reports (`UPDATE=1` rewrites them; review the diff).
 */
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { after, before, test } from 'node:test';
import { runCli } from '../../src/cli/cli.js';
import type { CliIo, OutputStream } from '../../src/cli/io.js';
import type { TestRepo } from '../helpers/git-repo.js';
import { makeFixtureRepo } from './fixture-repo.js';

const EXPECTED = fileURLToPath(new URL('../../../test/fixtures/history-reports/', import.meta.url));
const NOW = new Date('2026-03-20T12:00:00Z');

let repo: TestRepo;
before(async () => {
  repo = await makeFixtureRepo();
});
after(async () => {
  await repo.cleanup();
});

/** Runs the CLI in the fixture repository with a fixed clock; returns stdout, failing on a non-zero exit. */
async function run(args: readonly string[]): Promise<string> {
  let stdout = '';
  let stderr = '';
  const stream = (write: (text: string) => void): OutputStream => ({ write, isTTY: false, columns: undefined });
  const io: CliIo = {
    stdout: stream((text) => void (stdout += text)),
    stderr: stream((text) => void (stderr += text)),
    env: { TZ: 'UTC' },
    cwd: repo.root,
    now: () => NOW,
  };
  const code = await runCli([...args, '--no-cache'], io);
  assert.equal(code, 0, `headway ${args.join(' ')} failed: ${stderr}`);
  return stdout;
}

const CASES: Readonly<Record<string, readonly string[]>> = {
  'status.md': ['report', 'status'],
  'weekly-w11.md': ['report', 'weekly', '--week', '2026-W11'],
  'weekly-w12.md': ['report', 'weekly', '--week', '2026-W12'],
  'burndown-milestone-1.md': ['report', 'burndown', '--section', 'Milestone 1: Core'],
  'burndown-roadmap.md': ['report', 'burndown', 'docs/roadmap.md', '--every-day'],
  'daily-2026-03-12.md': ['report', 'daily', '--date', '2026-03-12'],
  'daily-2026-03-17.md': ['report', 'daily', '--date', '2026-03-17'],
};

for (const [file, args] of Object.entries(CASES)) {
  test(`headway ${args.join(' ')} = ${file}`, async () => {
    const text = await run(args);
    if (process.env.UPDATE === '1') writeFileSync(EXPECTED + file, text);
    assert.equal(text, readFileSync(EXPECTED + file, 'utf8'));
  });
}

/**
 * Extraction fixtures: `test/fixtures/extract/<case>/input.md` with the expected summary in
 * `expected.json` beside it. `UPDATE=1 npm test` rewrites the expected files — review the diff.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { REPO_ROOT } from '../helpers/shared.js';
import { analyzeText } from '../helpers/report.js';
import { summarize } from '../helpers/summary.js';

const DIR = path.join(REPO_ROOT, 'test/fixtures/extract');

for (const name of readdirSync(DIR).sort()) {
  const input = path.join(DIR, name, 'input.md');
  if (!existsSync(input)) continue;
  test(`extract fixture: ${name}`, () => {
    const actual = summarize(analyzeText(new Uint8Array(readFileSync(input)), `${name}/input.md`));
    const expectedFile = path.join(DIR, name, 'expected.json');
    if (process.env['UPDATE'] === '1' || !existsSync(expectedFile)) {
      writeFileSync(expectedFile, `${JSON.stringify(actual, null, 2)}\n`);
      if (process.env['UPDATE'] !== '1') assert.fail(`wrote ${path.relative(REPO_ROOT, expectedFile)}: review it, then run again`);
      return;
    }
    assert.deepEqual(actual, JSON.parse(readFileSync(expectedFile, 'utf8')));
  });
}

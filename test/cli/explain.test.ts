import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ANSI, headway, isOneLine } from './helpers.js';

function fails(args: readonly string[]): string {
  const run = headway(args);
  assert.equal(run.code, 2, run.stderr);
  assert.equal(run.stdout, '');
  assert.ok(isOneLine(run.stderr), JSON.stringify(run.stderr));
  return run.stderr;
}

describe('headway explain', () => {
  test('by line: a heading explains its section, listing every item with file:line', () => {
    const run = headway(['explain', 'progress.md:5']);
    assert.equal(run.code, 0, run.stderr);
    assert.doesNotMatch(run.stdout, ANSI);
    assert.match(run.stdout, /Phase 1: Foundation/);
    for (const line of [8, 9, 10, 11]) assert.match(run.stdout, new RegExp(`progress\\.md:${line}\\b`));
    assert.doesNotMatch(run.stdout, /progress\.md:15\b/, 'items of other sections are not listed');
    assert.match(run.stdout, /claims 90% \(\+40\) {2}progress\.md:6/);
    assert.match(run.stdout, /50% = 2 ÷ 4 counted items/);
  });

  test('by line: an item line explains the item; a claim line explains the section it speaks about', () => {
    const item = headway(['explain', 'progress.md:9']);
    assert.equal(item.code, 0, item.stderr);
    assert.match(item.stdout, /^progress\.md:9 {2}item Pour the concrete slab\n/);
    const claimed = headway(['explain', 'progress.md:6']);
    assert.equal(claimed.code, 0, claimed.stderr);
    assert.match(claimed.stdout, /^progress\.md:5 {2}section Phase 1: Foundation\n/);
  });

  test('by section title, case-insensitive; subsections are included and the cancelled item is left out', () => {
    const run = headway(['explain', 'progress.md', '--section', 'phase 2: WALLS']);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /Phase 2: Walls › Windows/);
    assert.match(run.stdout, /Paint the walls pink.*not counted/);
    assert.match(run.stdout, /5 counted items \(1 left out\)/);
  });

  test('--json gives the explanation with every item', () => {
    const run = headway(['explain', 'progress.md:5', '--json']);
    assert.equal(run.code, 0, run.stderr);
    const json = JSON.parse(run.stdout) as { schemaVersion: number; scope: string; items: { line: number; fraction: number | null }[] };
    assert.equal(json.schemaVersion, 1);
    assert.equal(json.scope, 'section');
    assert.deepEqual(json.items.map((item) => [item.line, item.fraction]), [[8, 1], [9, 1], [10, 0], [11, 0]]);
  });

  test('the whole document when no line or section is given', () => {
    const run = headway(['explain', 'two-tasks.md']);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /two-tasks\.md:1\b/);
    assert.match(run.stdout, /two-tasks\.md:2\b/);
  });

  test('an ambiguous section title lists the candidates', () => {
    assert.match(fails(['explain', 'ambiguous.md', '--section', 'tasks']), /"tasks" matches 2 sections in ambiguous\.md: line 5 \(.*\), line 11 \(.*\)/);
  });

  test('an unknown section title', () => {
    assert.match(fails(['explain', 'progress.md', '--section', 'Phase 9']), /no section titled "Phase 9" in progress\.md/);
  });

  test('nothing at that line', () => {
    assert.equal(fails(['explain', 'progress.md:2']), 'headway: nothing to explain at progress.md:2: no heading, item or claim on that line\n');
    assert.equal(fails(['explain', 'progress.md:999']), 'headway: progress.md has 27 lines; there is no line 999\n');
  });

  test('usage errors', () => {
    assert.match(fails(['explain']), /explain needs a file/);
    assert.match(fails(['explain', 'a.md', 'b.md']), /explain takes one file/);
    assert.match(fails(['explain', 'configs']), /configs is a folder, not a file/);
    assert.match(fails(['explain', 'missing.md:3']), /no such file or directory: missing\.md/);
    assert.match(fails(['explain', 'progress.md:0']), /line numbers start at 1/);
    assert.match(fails(['explain', 'progress.md:5', '--section', 'Notes']), /either FILE:LINE or --section/);
  });
});

import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { headway, isOneLine, tempTree } from '../cli/helpers.js';

const PLAN = '# Plan\r\n\r\n- [ ] Write the parser\r\n- [x] Read the files\r\n- 🔄 Search\r\n';
const KIRO = '# Tasks\n\n- [ ] 1. Set up\n  - _Requirements: 1.1_\n';
const tree = tempTree({ 'plan.md': PLAN, '.kiro/specs/a/tasks.md': KIRO, 'headway.config.json': '{ "vocabulary": { "done": ["mastered"], "in-progress": ["learning"] } }', 'skills.md': '# S\n\n- Algebra — learning\n- Geometry — mastered\n' });
after(() => tree.remove());
const plan = join(tree.root, 'plan.md');
const sha256 = (path: string): string => createHash('sha256').update(readFileSync(path)).digest('hex');

function fails(args: readonly string[]): string {
  const run = headway(args, { cwd: tree.root });
  assert.equal(run.code, 2, run.stderr);
  assert.equal(run.stdout, '');
  assert.ok(isOneLine(run.stderr), JSON.stringify(run.stderr));
  return run.stderr;
}

describe('headway set', () => {
  test('FILE:LINE STATE rewrites only the marker and says what it did', () => {
    writeFileSync(plan, PLAN);
    const run = headway(['set', 'plan.md:3', 'done'], { cwd: tree.root });
    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.stdout, 'plan.md:3  open → done  [ ] → [x]  Write the parser\n');
    assert.equal(readFileSync(plan, 'utf8'), PLAN.replace('- [ ] Write', '- [x] Write'));
    const again = headway(['set', 'plan.md:3', 'done'], { cwd: tree.root });
    assert.equal(again.stdout, 'plan.md:3  already done  Write the parser\n');
  });

  test('--json gives the change and the new hash; --id finds the item; --expect-hash guards the write', () => {
    writeFileSync(plan, PLAN);
    const first = headway(['set', 'plan.md:5', 'done', '--json'], { cwd: tree.root });
    assert.equal(first.code, 0, first.stderr);
    const json = JSON.parse(first.stdout) as Record<string, unknown>;
    assert.deepEqual(Object.keys(json), ['schemaVersion', 'file', 'line', 'id', 'kind', 'text', 'from', 'to', 'before', 'after', 'hash', 'changed']);
    assert.deepEqual({ ...json, id: typeof json['id'] }, {
      schemaVersion: 1, file: 'plan.md', line: 5, id: 'string', kind: 'status', text: 'Search', from: 'in-progress', to: 'done',
      before: '🔄', after: '✅', hash: sha256(plan), changed: true,
    });
    const stale = fails(['set', 'plan.md', '--id', String(json['id']), 'open', '--expect-hash', createHash('sha256').update(PLAN).digest('hex')]);
    assert.match(stale, /^headway: plan\.md changed since it was read/);
    const second = headway(['set', 'plan.md', '--id', String(json['id']), 'blocked', '--expect-hash', String(json['hash'])], { cwd: tree.root });
    assert.equal(second.code, 0, second.stderr);
    assert.match(readFileSync(plan, 'utf8'), /- ⛔ Search\r\n$/);
  });

  test('states may be written as words (In Progress, in_progress)', () => {
    writeFileSync(plan, PLAN);
    const run = headway(['set', 'plan.md:3', 'In Progress'], { cwd: tree.root });
    assert.equal(run.code, 0, run.stderr);
    assert.match(readFileSync(plan, 'utf8'), /- \[\/\] Write the parser/);
  });

  test('the dialect comes from the path: a Kiro box cannot say cancelled', () => {
    assert.match(fails(['set', '.kiro/specs/a/tasks.md:3', 'cancelled']), /cannot set \.kiro\/specs\/a\/tasks\.md:3 to cancelled: a Kiro checkbox cannot say cancelled/);
    const run = headway(['set', '.kiro/specs/a/tasks.md:3', 'in-progress'], { cwd: tree.root });
    assert.equal(run.code, 0, run.stderr);
    assert.equal(readFileSync(join(tree.root, '.kiro/specs/a/tasks.md'), 'utf8'), KIRO.replace('[ ]', '[-]'));
  });

  test("the config's vocabulary is read and written", () => {
    const run = headway(['set', 'skills.md:3', 'done'], { cwd: tree.root });
    assert.equal(run.code, 0, run.stderr);
    assert.match(readFileSync(join(tree.root, 'skills.md'), 'utf8'), /- Algebra — mastered\n/);
  });

  test('mistakes are one line and exit 2', () => {
    assert.match(fails(['set', 'plan.md:3', 'finished']), /unknown state "finished": use done, in-progress, open, blocked, cancelled, deferred/);
    assert.match(fails(['set', 'plan.md:3', 'cancel']), /did you mean 'cancelled'/);
    assert.match(fails(['set', 'plan.md:3', 'blokced']), /did you mean 'blocked'/);
    assert.match(fails(['set', 'plan.md', 'done']), /which item\? give FILE:LINE or --id ID/);
    assert.match(fails(['set', 'plan.md:3']), /set takes FILE:LINE and STATE, got 1 argument/);
    assert.match(fails(['set', 'plan.md:2', 'done']), /no item on plan\.md:2: items nearby are on line 3, 4, 5/);
    assert.match(fails(['set', 'plan.md', '--id', 'nope', 'done']), /no item with id "nope" in plan\.md/);
    assert.match(fails(['set', 'missing.md:1', 'done']), /no such file or directory: missing\.md/);
    assert.match(fails(['set', 'plan.md:3', 'done', '--expect-hash', 'abc']), /--expect-hash takes a sha256/);
  });

  test('is listed by headway --help and has its own help', () => {
    assert.match(headway(['--help']).stdout, /\n {2}set +Change an item's state/);
    assert.match(headway(['set', '--help']).stdout, /^Usage: headway set FILE:LINE STATE/);
  });
});

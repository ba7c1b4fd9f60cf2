import assert from 'node:assert/strict';
import { chmodSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { headway, isOneLine, tempTree } from './helpers.js';

/** Runs and checks the shape every failure must have: exit 2, nothing on stdout, one line on stderr. */
function fails(args: readonly string[], options: Parameters<typeof headway>[1] = {}): string {
  const run = headway(args, options);
  assert.equal(run.code, 2, `exit code for ${args.join(' ')}: ${run.stderr}`);
  assert.equal(run.stdout, '');
  assert.ok(isOneLine(run.stderr), `one line without a stack: ${JSON.stringify(run.stderr)}`);
  assert.match(run.stderr, /^headway: /);
  return run.stderr;
}

describe('usage errors', () => {
  test('a path that does not exist is named', () => {
    assert.equal(fails(['status', 'missing/progress.md']), 'headway: no such file or directory: missing/progress.md\n');
  });

  test('an unknown option is named, with a guess', () => {
    assert.match(fails(['status', '--jsn']), /unknown option '--jsn'.*did you mean '--json'\?/);
    assert.match(fails(['--frobnicate']), /unknown option '--frobnicate'/);
  });

  test('an option without its value', () => {
    assert.match(fails(['status', '--include']), /option '--include' needs a value/);
  });

  test('an unknown command is named, with a guess', () => {
    assert.match(fails(['stauts']), /unknown command 'stauts'.*did you mean 'status'\?/);
  });
});

describe('help and version', () => {
  test('--help, <command> --help and help <command> print help and exit 0', () => {
    for (const args of [['--help'], [], ['status', '--help'], ['explain', '-h'], ['help', 'status']]) {
      const run = headway(args);
      assert.equal(run.code, 0, args.join(' '));
      assert.match(run.stdout, /Usage: headway/);
      assert.equal(run.stderr, '');
    }
    assert.match(headway(['status', '--help']).stdout, /--exclude GLOB/);
  });

  test('--version prints the version', () => {
    const run = headway(['--version']);
    assert.equal(run.code, 0);
    assert.match(run.stdout, /^\d+\.\d+\.\d+/);
  });
});

describe('config errors name the file and the key', () => {
  test('invalid JSON names the line and column', () => {
    assert.equal(
      fails(['status', 'two-tasks.md', '--config', 'configs/bad-json.json']),
      "headway: configs/bad-json.json:3:3: invalid JSON: expected ',' or '}' after a property value, found '\"'\n",
    );
  });

  test('an unknown key is an error', () => {
    assert.equal(
      fails(['status', 'two-tasks.md', '--config', 'configs/unknown-key.json']),
      'headway: configs/unknown-key.json: inclde: unknown key (did you mean "include"?)\n',
    );
  });

  test('a bad rule severity names the rule', () => {
    assert.match(fails(['status', 'two-tasks.md', '--config', 'configs/bad-severity.json']), /^headway: configs\/bad-severity\.json: rules\.claim-drift: /);
  });

  test('a --config file that does not exist', () => {
    assert.equal(fails(['status', '--config', 'nowhere.json']), 'headway: nowhere.json: cannot read: no such file or directory\n');
  });

  test('headway.config.json in the working directory is read', () => {
    const tree = tempTree({ 'headway.config.json': '{ "countOptional": "yes" }', 'a.md': '- [ ] a\n' });
    try {
      assert.equal(fails(['status'], { cwd: tree.root }), 'headway: headway.config.json: countOptional: expected boolean, got string\n');
    } finally {
      tree.remove();
    }
  });

  test('a valid config is accepted', () => {
    const run = headway(['status', 'two-tasks.md', '--config', 'configs/valid.json']);
    assert.equal(run.code, 0, run.stderr);
  });
});

describe('I/O errors', () => {
  test('an unreadable file: one line naming it, exit 2', () => {
    const tree = tempTree({ 'docs/locked.md': '- [ ] secret\n' });
    try {
      chmodSync(join(tree.root, 'docs/locked.md'), 0o000);
      chmodSync(tree.root, 0o755);
      // root reads anything, so run as `nobody` when the tests run as root.
      const uid = process.getuid?.() === 0 ? { uid: 65534 } : {};
      assert.equal(fails(['status', 'docs'], { cwd: tree.root, ...uid }), 'headway: cannot read docs/locked.md: permission denied\n');
    } finally {
      tree.remove();
    }
  });
});

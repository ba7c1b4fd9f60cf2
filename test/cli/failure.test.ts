import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { colorEnabled } from '../../src/cli/color.js';
import { describeFailure, UsageError } from '../../src/cli/errors.js';
import type { OutputStream } from '../../src/cli/io.js';
import { progressLine } from '../../src/cli/progress-line.js';
import { ConfigError } from '../../src/config/errors.js';
import { IoError } from '../../src/pipeline/io-error.js';
import { PathError } from '../../src/scan/errors.js';

describe('describeFailure', () => {
  test('typed errors are one line with exit code 2', () => {
    assert.deepEqual(describeFailure(new IoError('docs/x.md', 'EACCES'), false), {
      exitCode: 2,
      text: 'headway: cannot read docs/x.md: permission denied\n',
    });
    assert.equal(describeFailure(new ConfigError('headway.config.json', 'include: expected array'), false).text, 'headway: headway.config.json: include: expected array\n');
    assert.equal(describeFailure(new PathError('x', 'no such file or directory: x'), false).text, 'headway: no such file or directory: x\n');
    assert.equal(describeFailure(new UsageError('unknown option', "see 'headway --help'"), false).text, "headway: unknown option (see 'headway --help')\n");
  });

  test('our own bugs are internal errors; the stack only with HEADWAY_DEBUG', () => {
    const bug = new TypeError('x is undefined');
    const quiet = describeFailure(bug, false);
    assert.equal(quiet.exitCode, 2);
    assert.equal(quiet.text, 'headway: internal error: x is undefined (set HEADWAY_DEBUG=1 for details)\n');
    const loud = describeFailure(bug, true);
    assert.match(loud.text, /^headway: internal error: x is undefined\nTypeError: x is undefined\n\s+at /);
  });
});

describe('colour and progress', () => {
  const tty: OutputStream = { write() {}, isTTY: true, columns: 80 };
  const pipe: OutputStream = { write() {}, isTTY: false, columns: undefined };

  test('colour follows --no-color, FORCE_COLOR, NO_COLOR, then the terminal', () => {
    assert.equal(colorEnabled(tty, {}, false), true);
    assert.equal(colorEnabled(pipe, {}, false), false);
    assert.equal(colorEnabled(tty, { TERM: 'dumb' }, false), false);
    assert.equal(colorEnabled(tty, { NO_COLOR: '1' }, false), false);
    assert.equal(colorEnabled(pipe, { FORCE_COLOR: '1' }, false), true);
    assert.equal(colorEnabled(tty, { FORCE_COLOR: '0' }, false), false);
    assert.equal(colorEnabled(pipe, { FORCE_COLOR: '1' }, true), false);
  });

  test('the progress line shows only on a terminal, only for slow runs, and is erased', () => {
    let written = '';
    let now = 0;
    const stream: OutputStream = { write: (text) => void (written += text), isTTY: true, columns: 80 };
    const line = progressLine(stream, () => now);
    line.update(1, 100);
    assert.equal(written, '', 'nothing in the first moments');
    now = 300;
    line.update(40, 100);
    assert.match(written, /analyzing 40\/100 files/);
    line.clear();
    assert.ok(written.endsWith('\r\u001b[2K'));
    let piped = '';
    const quiet = progressLine({ write: (text) => void (piped += text), isTTY: false, columns: undefined }, () => (now += 1000));
    quiet.update(50, 100);
    quiet.clear();
    assert.equal(piped, '');
  });
});

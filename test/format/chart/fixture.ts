/**
 * Expected output kept in files beside the other fixtures: `UPDATE=1` rewrites them (look at
 * them in a terminal and review the diff), a missing one is written and the test fails once.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../../helpers/shared.js';
import { textWidth } from '../../../src/format/text-width.js';

/** Compares `actual` with `test/fixtures/<relative>`, or writes it there under UPDATE=1. */
export function expectFixture(relative: string, actual: string): void {
  const file = path.join(REPO_ROOT, 'test/fixtures', relative);
  const text = actual.endsWith('\n') ? actual : `${actual}\n`;
  if (process.env['UPDATE'] === '1' || !existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
    if (process.env['UPDATE'] !== '1') assert.fail(`wrote test/fixtures/${relative}: review it, then run again`);
    return;
  }
  assert.equal(text, readFileSync(file, 'utf8'), `output differs from test/fixtures/${relative} (UPDATE=1 to rewrite)`);
}

const ESCAPES = /\x1b\[[0-9;]*m/g;

/** Columns a line takes in a terminal, colour codes left out. */
export const visibleWidth = (line: string): number => textWidth(line.replace(ESCAPES, ''));

/** True when every character is printable ASCII (space to tilde) or a line break. */
export const printableAscii = (text: string): boolean => /^[\x20-\x7e\n]*$/.test(text);

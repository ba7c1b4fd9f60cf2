import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import type { StateEdit } from '../../src/edit/set-state.js';

/** test/fixtures/edit in the source tree (fixtures are not compiled). */
export const EDIT_FIXTURES = fileURLToPath(new URL('../../../test/fixtures/edit/', import.meta.url));

/**
 * Asserts the edit changed nothing outside the replaced bytes: the bytes before `span.start`
 * and after `span.end` of the old file are, byte for byte, the new file's start and end.
 */
export function assertOnlySpanChanged(before: Uint8Array, edit: StateEdit, expectedSpan?: { start: number; end: number }): void {
  const after = edit.bytes;
  const { start, end } = edit.span;
  if (expectedSpan !== undefined) assert.deepEqual({ start, end }, expectedSpan, 'the replaced bytes are exactly the marker');
  const tail = before.length - end;
  assert.ok(after.length >= start + tail, 'the new file is long enough to hold the unchanged head and tail');
  assert.ok(equalBytes(before.subarray(0, start), after.subarray(0, start)), `bytes before ${start} unchanged`);
  assert.ok(equalBytes(before.subarray(end), after.subarray(after.length - tail)), `bytes after ${end} unchanged`);
}

/** True when both arrays hold the same bytes. */
export function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && Buffer.from(a.buffer, a.byteOffset, a.length).equals(Buffer.from(b.buffer, b.byteOffset, b.length));
}

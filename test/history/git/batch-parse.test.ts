import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type BatchAnswer, BatchParser } from '../../../src/history/git/batch-parse.js';

const A = 'a'.repeat(40);
const B = 'b'.repeat(40);
const C = 'c'.repeat(40);
const encoder = new TextEncoder();
const BODY = Uint8Array.from([0, 10, 255, 35, 32, 10, 10]);

const stream = new Uint8Array([
  ...encoder.encode(`${A} blob ${BODY.length}\n`), ...BODY, 10,
  ...encoder.encode(`${B} missing\n`),
  ...encoder.encode(`${C} blob 0\n`), 10,
  ...encoder.encode(`${A} tree 3\n`), 1, 2, 3, 10,
]);

const plain = (answers: BatchAnswer[]): unknown[] => answers.map((answer) => (answer.kind === 'object' ? { ...answer, bytes: [...answer.bytes] } : answer));

const EXPECTED = [
  { kind: 'object', sha: A, type: 'blob', bytes: [...BODY] },
  { kind: 'missing', sha: B, reason: 'missing' },
  { kind: 'object', sha: C, type: 'blob', bytes: [] },
  { kind: 'object', sha: A, type: 'tree', bytes: [1, 2, 3] },
];

test('answers are read in order: bodies by their size (NULs and LFs inside), missing, empty, other types', () => {
  const parser = new BatchParser();
  assert.deepEqual(plain(parser.push(stream.subarray(0, 50))), []);
  assert.equal(parser.idle, false);
  assert.deepEqual(plain(parser.push(stream.subarray(50))), EXPECTED);
  assert.equal(parser.idle, true);
});

test('the same answers however the stream is cut: at every byte, and byte by byte', () => {
  for (let cut = 0; cut <= stream.length; cut++) {
    const parser = new BatchParser();
    const answers = [...parser.push(stream.subarray(0, cut)), ...parser.push(stream.subarray(cut))];
    assert.deepEqual(plain(answers), EXPECTED, `cut at ${cut}`);
  }
  const parser = new BatchParser();
  const answers: BatchAnswer[] = [];
  for (let i = 0; i < stream.length; i++) answers.push(...parser.push(stream.subarray(i, i + 1)));
  assert.deepEqual(plain(answers), EXPECTED);
  assert.equal(parser.idle, true);
});

test('a body inside one chunk is a view of it, not a copy', () => {
  const parser = new BatchParser();
  const [answer] = parser.push(stream);
  assert.ok(answer?.kind === 'object');
  assert.equal(answer.bytes.buffer, stream.buffer);
});

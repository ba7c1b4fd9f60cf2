import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LogParser, parseLog } from '../../../src/history/git/log-parse.js';
import { unionOfDiffs } from '../../../src/history/git/merge-diffs.js';
import type { FileChange } from '../../../src/history/model.js';

const A = 'a'.repeat(40);
const B = 'b'.repeat(40);
const Z = '0'.repeat(40);
const P1 = '1'.repeat(40);
const P2 = '2'.repeat(40);

const header = (sha: string, parents: string, subject = 'subject'): string => `${sha}\n${parents}\n2026-03-01T10:00:00+01:00\nAda\n${subject}\0`;
const raw = (src: string, dst: string, srcSha: string, dstSha: string, status: string, ...paths: string[]): string => `:${src} ${dst} ${srcSha} ${dstSha} ${status}\0${paths.map((p) => `${p}\0`).join('')}`;
const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

// As git prints it: the first entry after a header starts with a newline.
const OUTPUT = [
  header(A, `${P1} ${P2}`, 'merge: ünïcode subject'),
  `\n${raw('100644', '100644', Z, B, 'M', 'docs/a b.md')}`,
  raw('100644', '100644', B, B, 'R087', 'old name.md', ':starts with colon.md'),
  raw('000000', '100755', Z, B, 'A', 'new\nline.md'),
  raw('100644', '000000', B, Z, 'D', 'gone.md'),
  raw('100644', '100644', B, B, 'C050', 'src.md', 'copy.md'),
  raw('100644', '120000', B, A, 'T', 'now-a-link.md'),
  raw('120000', '100644', A, B, 'T', 'now-a-file.md'),
  raw('160000', '160000', A, B, 'M', 'submodule.md'),
  raw('000000', '160000', Z, A, 'A', 'new-submodule.md'),
  header(P1, ''),
  `\n${raw('000000', '100644', Z, A, 'A', 'docs/a b.md')}`,
].join('');

const EXPECTED = [
  {
    sha: A, parents: [P1, P2], date: '2026-03-01T10:00:00+01:00', author: 'Ada', subject: 'merge: ünïcode subject',
    changes: [
      { status: 'modified', path: 'docs/a b.md', from: null, blob: B },
      { status: 'renamed', path: ':starts with colon.md', from: 'old name.md', blob: B },
      { status: 'added', path: 'new\nline.md', from: null, blob: B },
      { status: 'deleted', path: 'gone.md', from: null, blob: null },
      { status: 'added', path: 'copy.md', from: null, blob: B },
      { status: 'deleted', path: 'now-a-link.md', from: null, blob: null },
      { status: 'added', path: 'now-a-file.md', from: null, blob: B },
    ],
  },
  { sha: P1, parents: [], date: '2026-03-01T10:00:00+01:00', author: 'Ada', subject: 'subject', changes: [{ status: 'added', path: 'docs/a b.md', from: null, blob: A }] },
];

test('the parser reads headers, raw entries and -z paths exactly; non-files and copies as documented', () => {
  assert.deepEqual(parseLog(bytes(OUTPUT)), EXPECTED);
});

test('the parser gives the same commits however the output is cut into chunks, even inside a character', () => {
  const whole = bytes(OUTPUT);
  for (let cut = 1; cut < whole.length; cut++) {
    const parser = new LogParser();
    parser.push(whole.subarray(0, cut));
    parser.push(whole.subarray(cut));
    assert.deepEqual(parser.end(), EXPECTED, `cut at ${cut}`);
  }
  const parser = new LogParser();
  for (let i = 0; i < whole.length; i++) parser.push(whole.subarray(i, i + 1));
  assert.deepEqual(parser.end(), EXPECTED);
});

test('a header repeated for the same sha is the next parent\'s diff of a merge, joined into one commit', () => {
  const output = header(A, `${P1} ${P2}`) + `\n${raw('100644', '100644', Z, B, 'M', 'x.md')}` + header(A, `${P1} ${P2}`) + `\n${raw('100644', '100644', Z, B, 'M', 'y.md')}${raw('100644', '100644', Z, B, 'M', 'x.md')}`;
  const [merge, ...rest] = parseLog(bytes(output));
  assert.equal(rest.length, 0);
  assert.deepEqual(merge?.changes.map((change) => change.path), ['x.md', 'y.md']);
});

test('a commit git lists without entries has no changes; empty output has no commits', () => {
  assert.deepEqual(parseLog(bytes(header(A, P1) + header(P1, ''))).map((commit) => commit.changes), [[], []]);
  assert.deepEqual(parseLog(new Uint8Array()), []);
});

const change = (status: FileChange['status'], path: string, from: string | null = null): FileChange => ({ status, path, from, blob: status === 'deleted' ? null : B });

test('unionOfDiffs: the first diff naming a path wins; a later overlapping rename keeps its free half', () => {
  assert.deepEqual(unionOfDiffs([[change('modified', 'b.md')], [change('renamed', 'b.md', 'a.md'), change('modified', 'c.md')]]), [
    change('modified', 'b.md'), change('deleted', 'a.md'), change('modified', 'c.md'),
  ]);
  assert.deepEqual(unionOfDiffs([[change('deleted', 'a.md')], [change('renamed', 'n.md', 'a.md')]]), [change('deleted', 'a.md'), change('added', 'n.md')]);
  assert.deepEqual(unionOfDiffs([[change('renamed', 'n.md', 'a.md')], [change('renamed', 'n.md', 'a.md')]]), [change('renamed', 'n.md', 'a.md')]);
  assert.deepEqual(unionOfDiffs([[], [change('added', 'x.md')]]), [change('added', 'x.md')]);
});

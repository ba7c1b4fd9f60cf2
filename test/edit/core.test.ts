import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { decode } from '../../src/decode/index.js';
import { byteSplice, utf8Offsets } from '../../src/edit/bytes.js';
import { EditError } from '../../src/edit/errors.js';
import { setItemState } from '../../src/edit/set-state.js';
import { caseLike } from '../../src/edit/spelling.js';
import { findItem } from '../../src/edit/target.js';
import type { Item } from '../../src/model/item.js';
import { assertOnlySpanChanged } from './helpers.js';

const OPTIONS = { vocabulary: {} };
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const text = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);

function refusal(run: () => unknown): EditError {
  try {
    run();
  } catch (error) {
    assert.ok(error instanceof EditError, String(error));
    return error;
  }
  assert.fail('expected a refusal');
}

describe('setItemState', () => {
  const doc = utf8('# Plan\n\n- [ ] Write the parser\n- [x] Read the files\n- 🔄 Search\n');

  test('finds the item by id as well as by line', () => {
    const byLine = setItemState(doc, 'plan.md', { line: 3 }, 'done', OPTIONS);
    const byId = setItemState(doc, 'plan.md', { id: byLine.item.id }, 'done', OPTIONS);
    assert.deepEqual(byId.bytes, byLine.bytes);
    assert.equal(text(byId.bytes), '# Plan\n\n- [x] Write the parser\n- [x] Read the files\n- 🔄 Search\n');
    assert.deepEqual(byId.span, { start: 10, end: 13 });
    assert.equal(byId.item.text, 'Write the parser');
  });

  test('an unknown id or an empty line is a not-found refusal naming the file', () => {
    assert.match(refusal(() => setItemState(doc, 'plan.md', { id: 'nope' }, 'done', OPTIONS)).message, /no item with id "nope" in plan\.md/);
    const empty = refusal(() => setItemState(doc, 'plan.md', { line: 2 }, 'done', OPTIONS));
    assert.equal(empty.reason, 'not-found');
    assert.deepEqual(empty.candidates.map((c) => c.line), [3, 4, 5]);
  });

  test('an item already in the state gives back the very same bytes', () => {
    const edit = setItemState(doc, 'plan.md', { line: 4 }, 'done', OPTIONS);
    assert.equal(edit.changed, false);
    assert.equal(edit.bytes, doc);
  });

  test('an icon takes the icon the document uses most for the state', () => {
    const own = utf8('# P\n\n- ✔️ One\n- ✔️ Two\n- ✅ Three\n- 🔄 Four\n');
    const edit = setItemState(own, 'p.md', { line: 6 }, 'done', OPTIONS);
    assert.equal(edit.after, '✔️');
    assertOnlySpanChanged(own, edit);
  });

  test("the team's own words (config vocabulary) are read and written", () => {
    const options = { vocabulary: { 'in-progress': ['learning'], done: ['mastered'] } };
    const own = utf8('# Skills\n\n- Algebra — learning\n- Geometry — mastered\n');
    const edit = setItemState(own, 'skills.md', { line: 3 }, 'done', options);
    assert.equal(text(edit.bytes), '# Skills\n\n- Algebra — mastered\n- Geometry — mastered\n');
  });

  test('a heading status item keeps its section (and the items under other sections) intact', () => {
    const headed = utf8('# P\n\n### ✅ Phase 2: Auth\n\nShipped.\n\n## Next\n\n- [ ] Billing\n');
    const edit = setItemState(headed, 'p.md', { line: 3 }, 'in-progress', OPTIONS);
    assert.equal(text(edit.bytes), '# P\n\n### 🔄 Phase 2: Auth\n\nShipped.\n\n## Next\n\n- [ ] Billing\n');
  });
});

describe('findItem', () => {
  const item = (id: string, line: number): Item => ({ id, line, kind: 'task', state: 'open', text: `item ${id}`, marker: null } as unknown as Item);

  test('several items on one line are ambiguous, with every candidate', () => {
    const error = refusal(() => findItem([item('a', 3), item('b', 3), item('c', 4)], { line: 3 }, 'p.md', 10));
    assert.equal(error.reason, 'ambiguous');
    assert.deepEqual(error.candidates.map((c) => c.id), ['a', 'b']);
    assert.match(error.message, /p\.md:3 holds 2 items: a \(task "item a"\), b \(task "item b"\); name one by its id/);
  });

  test('a line past the end says how many lines there are', () => {
    assert.match(refusal(() => findItem([item('a', 3)], { line: 30 }, 'p.md', 10)).message, /p\.md has 10 lines; there is no line 30/);
  });
});

describe('bytes', () => {
  test('text offsets map to UTF-8 byte offsets across invalid bytes and 4-byte sequences', () => {
    // "a" E2 9C (cut short) "A" then 😀 (4 bytes, 2 code units) then "[ ]"
    const bytes = new Uint8Array([0x61, 0xe2, 0x9c, 0x41, 0xf0, 0x9f, 0x98, 0x80, 0x5b, 0x20, 0x5d]);
    const decoded = new TextDecoder().decode(bytes);
    assert.equal(decoded, 'a\uFFFDA😀[ ]');
    assert.deepEqual(utf8Offsets(bytes, 0, 5, 8), [8, 11]);
    assert.deepEqual(utf8Offsets(bytes, 0, 1, 2), [1, 3]);
    assert.deepEqual(utf8Offsets(bytes, 0, 4, 5), [null, 8], 'an offset inside a surrogate pair has no byte');
  });

  test('a marker Windows-1252 cannot hold is refused, not written lossily', () => {
    const file = new Uint8Array([0x2d, 0x20, 0x54, 0x65, 0x72, 0x6d, 0x69, 0x6e, 0xe9]);
    const decoded = decode(file, 'legacy.md');
    assert.equal(decoded.encoding.detected, 'windows-1252');
    const error = refusal(() => byteSplice(file, decoded, 2, 9, '✅', 'legacy.md:1'));
    assert.equal(error.reason, 'unencodable');
    assert.match(error.message, /Windows-1252, which has no "✅"/);
    assert.deepEqual([...byteSplice(file, decoded, 2, 9, 'Résolu', 'legacy.md:1').bytes], [0x52, 0xe9, 0x73, 0x6f, 0x6c, 0x75]);
  });
});

describe('caseLike', () => {
  test('writes the new word the way the old one was written', () => {
    assert.equal(caseLike('DONE', 'In Progress'), 'IN PROGRESS');
    assert.equal(caseLike('done', 'In Progress'), 'in progress');
    assert.equal(caseLike('not_started', 'In Progress'), 'in_progress');
    assert.equal(caseLike('NOT-STARTED', 'Done'), 'DONE');
    assert.equal(caseLike('In progress', 'Not Started'), 'Not started');
    assert.equal(caseLike('In Progress', 'Not Started'), 'Not Started');
    assert.equal(caseLike('Done', 'In Progress'), 'In Progress');
    assert.equal(caseLike('完成', 'In Progress'), 'In Progress');
  });
});

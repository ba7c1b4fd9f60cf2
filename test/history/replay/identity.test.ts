/** Item identity across versions: kept through edits elsewhere, moves and slight re-wording; scope told from progress. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { ItemState } from '../../../src/model/item.js';
import type { ItemSnapshot } from '../../../src/history/model.js';
import { ItemIdentity, similarity, transition } from '../../../src/history/replay/identity.js';

let line = 0;
function item(text: string, state: ItemState = 'open', section = 'S', id = `id:${section}:${text}`): ItemSnapshot {
  return { id, kind: 'task', state, percent: null, text, section, counted: state !== 'cancelled', line: ++line, reason: null };
}

const at = (n: number) => ({ commit: `c${n}`, date: `2026-03-0${n}T10:00:00Z`, path: 'p.md' });

/** Runs versions through one identity; returns each version's ids and all events as text. */
function follow(versions: readonly (readonly ItemSnapshot[])[]) {
  const identity = new ItemIdentity();
  const ids: string[][] = [];
  const events: string[] = [];
  versions.forEach((items, n) => {
    const next = identity.next(items, at(n + 1));
    ids.push(next.items.map((i) => i.id));
    events.push(...next.events.map((e) => `${e.commit} ${e.kind} ${e.text} ${e.from}→${e.to}`));
  });
  return { ids, events };
}

describe('item identity', () => {
  test('an item keeps its id while lines around it change, and its state changes are events', () => {
    const { ids, events } = follow([
      [item('a'), item('b')],
      [item('new'), item('a', 'in-progress'), item('b')],
      [item('a', 'done'), item('b', 'blocked')],
      [item('a', 'open'), item('b', 'open')],
    ]);
    assert.equal(ids[3]![0], ids[0]![0]);
    assert.equal(ids[3]![1], ids[0]![1]);
    assert.deepEqual(events, [
      'c1 appeared a null→open',
      'c1 appeared b null→open',
      'c2 appeared new null→open',
      'c2 started a open→in-progress',
      'c3 done a in-progress→done',
      'c3 blocked b open→blocked',
      'c3 removed new open→null',
      'c4 reopened a done→open',
      'c4 unblocked b blocked→open',
    ]);
  });

  test('a moved item (another section, another place) keeps its id, without an event', () => {
    const { ids, events } = follow([
      [item('a', 'open', 'S1'), item('b', 'open', 'S1'), item('c', 'open', 'S2')],
      [item('c', 'open', 'S2'), item('b', 'open', 'S1'), item('a', 'open', 'S2', 'id:S2:a')],
    ]);
    assert.deepEqual(ids[1], [ids[0]![2], ids[0]![1], ids[0]![0]]);
    assert.deepEqual(events.filter((e) => e.startsWith('c2')), []);
  });

  test('a slightly re-worded item keeps its id with a "changed" event; a rewrite is one removed and one added', () => {
    const { ids, events } = follow([
      [item('Implement the export API'), item('Write docs')],
      [item('Implement the export API (v2)', 'open', 'S', 'fresh-1'), item('Ship a completely different thing', 'open', 'S', 'fresh-2')],
    ]);
    assert.equal(ids[1]![0], ids[0]![0], 're-worded: same id');
    assert.equal(ids[1]![1], 'fresh-2', 'a new item takes its own id');
    assert.deepEqual(events.filter((e) => e.startsWith('c2')), [
      'c2 changed Implement the export API (v2) open→open',
      'c2 appeared Ship a completely different thing null→open',
      'c2 removed Write docs open→null',
    ]);
  });

  test('re-wording across sections needs a closer match than within one', () => {
    const same = follow([[item('Read the git log', 'open', 'A')], [item('Read git log', 'open', 'A', 'x')]]);
    assert.equal(same.ids[1]![0], same.ids[0]![0]);
    const moved = follow([[item('Read the git log', 'open', 'A')], [item('Read git log', 'open', 'B', 'x')]]);
    assert.equal(moved.ids[1]![0], 'x', 'Dice 0.8: enough within a section, not across sections');
  });

  test('of two equal items, the one removed is the one that went; a new id never takes one in use', () => {
    const { ids, events } = follow([
      [item('TBD', 'open', 'S', 'dup'), item('x'), item('TBD', 'done', 'S', 'dup-1')],
      [item('x'), item('TBD', 'done', 'S', 'dup')],
    ]);
    assert.deepEqual(ids[1], [ids[0]![1], ids[0]![2]], 'the done TBD stayed');
    assert.deepEqual(events.filter((e) => e.startsWith('c2')), ['c2 removed TBD open→null']);
    // A re-worded item keeps the old id; the old text coming back as a new item cannot take it.
    const back = follow([[item('Deploy the app', 'open', 'S', 'd')], [item('Deploy the apps', 'open', 'S', 'e')], [item('Deploy the apps', 'open', 'S', 'e'), item('Deploy the app', 'open', 'S', 'd')]]);
    assert.deepEqual(back.ids[2], ['d', 'd~2']);
  });

  test('states map to the events of an item life', () => {
    assert.equal(transition('open', 'open'), null);
    assert.equal(transition('open', 'done'), 'done');
    assert.equal(transition('done', 'open'), 'reopened');
    assert.equal(transition('done', 'cancelled'), 'cancelled');
    assert.equal(transition('open', 'cancelled'), 'cancelled');
    assert.equal(transition('open', 'deferred'), 'deferred');
    assert.equal(transition('in-progress', 'blocked'), 'blocked');
    assert.equal(transition('blocked', 'in-progress'), 'unblocked');
    assert.equal(transition('open', 'in-progress'), 'started');
    assert.equal(transition('deferred', 'open'), 'changed');
  });

  test('similarity: Dice over bigrams, case ignored', () => {
    assert.equal(similarity('Same', 'same'), 1);
    assert.equal(similarity('ab', 'cd'), 0);
    assert.equal(similarity('a', 'b'), 0);
    assert.ok(Math.abs(similarity('night', 'nacht') - 0.25) < 1e-9);
  });
});

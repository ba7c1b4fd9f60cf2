import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { readDocument, type ReadDocument } from '../../src/edit/document.js';
import { EditError, type EditRefusal } from '../../src/edit/errors.js';
import { setItemState } from '../../src/edit/set-state.js';
import { ITEM_STATES, type Item, type ItemState } from '../../src/model/item.js';
import type { Section } from '../../src/model/document.js';
import { analyze } from '../../src/pipeline/analyze.js';
import { defaultAnalyzeOptions } from '../../src/pipeline/options.js';
import { readSharedFile, requireShared, sharedDocs } from '../helpers/shared.js';
import { assertOnlySpanChanged } from './helpers.js';

const OPTIONS = { vocabulary: {} };

/** A real document, read once. */
interface Doc {
  readonly path: string;
  readonly bytes: Uint8Array;
  readonly read: ReadDocument;
}

type Outcome = { readonly kind: 'edited' } | { readonly kind: 'unchanged' } | { readonly kind: 'refused'; readonly reason: EditRefusal; readonly message: string };

/**
 * The property the edit path promises: either the edit is refused with a typed reason, or the
 * new bytes differ from the old only inside the item's marker, and `headway status` (the whole
 * pipeline) then reads the new state for that item and the same state and text for every other.
 */
function checkEdit(doc: Doc, item: Item, state: ItemState): Outcome {
  const { bytes, path, read } = doc;
  let edit;
  try {
    edit = setItemState(bytes, path, { id: item.id }, state, OPTIONS);
  } catch (error) {
    assert.ok(error instanceof EditError, `${path}:${item.line} → ${state}: only typed refusals, got ${String(error)}`);
    assert.doesNotMatch(error.message, /\n/);
    return { kind: 'refused', reason: error.reason, message: error.message };
  }
  if (!edit.changed) {
    assert.equal(item.state, state);
    assert.equal(edit.bytes, bytes);
    return { kind: 'unchanged' };
  }
  const marker = item.marker!;
  // The marker's bytes, worked out apart from the edit code: the UTF-8 length of the text before it.
  const start = (read.decoded.encoding.bom ? 3 : 0) + Buffer.byteLength(read.decoded.text.slice(0, marker.from), 'utf8');
  const end = start + Buffer.byteLength(marker.text, 'utf8');
  assertOnlySpanChanged(bytes, edit, { start, end });
  assert.equal(Buffer.from(edit.bytes.subarray(start, edit.bytes.length - (bytes.length - end))).toString('utf8'), edit.after);
  const now = new Map(allItems(analyze(edit.bytes, path, defaultAnalyzeOptions())).map((found) => [found.id, found]));
  for (const old of read.items) {
    const found = now.get(old.id);
    assert.ok(found, `${path}:${old.line} still read after editing line ${item.line}`);
    assert.equal(found.state, old.id === item.id ? state : old.state, `${path}:${old.line} after editing line ${item.line} → ${state}`);
    assert.equal(found.text, old.text);
  }
  assert.equal(now.size, read.items.length);
  return { kind: 'edited' };
}

/** The seeds and the corpus, read; the two repaired seeds (000, 003) apart. */
function sharedDocuments(): { editable: Doc[]; repaired: Doc[] } {
  const docs = sharedDocs().map(({ relative }) => {
    const bytes = readSharedFile(relative);
    return { path: relative, bytes, read: readDocument(bytes, relative, OPTIONS) };
  });
  return {
    editable: docs.filter((doc) => doc.read.decoded.encoding.repair === 'none'),
    repaired: docs.filter((doc) => doc.read.decoded.encoding.repair !== 'none'),
  };
}

test('property: on every seed and corpus document, random items set to random states change only their marker', (t) => {
  if (!requireShared(t)) return;
  const { editable, repaired } = sharedDocuments();
  assert.ok(repaired.length >= 2, 'seeds 000 and 003 are mojibake');
  for (const doc of repaired) {
    const item = doc.read.items[0]!;
    const outcome = checkEdit(doc, item, item.state === 'done' ? 'open' : 'done');
    assert.equal(outcome.kind === 'refused' && outcome.reason, 'encoding', `${doc.path}: repaired text is never written back`);
  }
  editable.forEach((doc, index) => {
    const { items } = doc.read;
    if (items.length === 0) return;
    assert.equal(doc.read.decoded.encoding.detected, 'utf-8', `${doc.path}: the corpus is UTF-8`);
    fc.assert(
      fc.property(fc.nat(items.length - 1), fc.constantFrom(...ITEM_STATES), (at, state) => {
        checkEdit(doc, items[at]!, state);
      }),
      { seed: 20261122 + index, numRuns: 5 },
    );
  });
});

test('property: edits of items drawn uniformly from all documents are refused only now and then, and for a reason', (t) => {
  if (!requireShared(t)) return;
  const pool = sharedDocuments().editable.flatMap((doc) => doc.read.items.map((item) => ({ doc, item })));
  const refused = new Map<EditRefusal, { count: number; example: string }>();
  let edited = 0;
  let unchanged = 0;
  let attempts = 0;
  fc.assert(
    // Uniform over every item of every document (no bias to the ends), so the tally measures the corpus.
    fc.property(fc.noBias(fc.nat(pool.length - 1)), fc.constantFrom(...ITEM_STATES), (at, state) => {
      const { doc, item } = pool[at]!;
      attempts++;
      const outcome = checkEdit(doc, item, state);
      if (outcome.kind === 'edited') edited++;
      else if (outcome.kind === 'unchanged') unchanged++;
      else {
        const seen = refused.get(outcome.reason);
        refused.set(outcome.reason, { count: (seen?.count ?? 0) + 1, example: seen?.example ?? outcome.message });
      }
    }),
    { seed: 20261122, numRuns: 300 },
  );
  const total = [...refused.values()].reduce((sum, { count }) => sum + count, 0);
  t.diagnostic(`${attempts} edits of ${pool.length} items: ${edited} written, ${unchanged} already in that state, ${total} refused`);
  for (const [reason, { count, example }] of refused) t.diagnostic(`  ${count} × ${reason}, e.g. ${example}`);
  // Refusals are a small minority, each with a reason: a form that cannot say the state (a Kiro
  // box has no cancelled, a box in a Status cell no blocked), a state not written on the item
  // (a label above it gives it), or a result the reader would read differently (a struck name
  // stays cancelled; a status word inside the item's own text would change its identity).
  assert.ok(total < attempts * 0.12, `${total} of ${attempts} refused`);
  assert.ok((refused.get('surprising-result')?.count ?? 0) < attempts * 0.03, 'surprising results are rare');
  for (const reason of refused.keys()) assert.ok(['unsupported-state', 'no-marker', 'surprising-result'].includes(reason), reason);
});

function allItems(report: ReturnType<typeof analyze>): Item[] {
  const out: Item[] = [...report.doc.items];
  const visit = (sections: readonly Section[]): void => {
    for (const section of sections) {
      out.push(...section.items);
      visit(section.sections);
    }
  };
  visit(report.doc.sections);
  return out;
}

/**
 * A replayed version — parsed incrementally from the one before, extracted with that
 * version's segments remembered — must give the figures a cold `headway status` gives for
 * the same bytes: the property the history's correctness rests on.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { mutate, type MutationKind } from '../../helpers/mutations.js';
import { readSharedFile, requireShared, sharedDocs } from '../../helpers/shared.js';
import { clearSegmentMemo } from '../../../src/extract/segments.js';
import type { Snapshot } from '../../../src/history/model.js';
import { ChainReplay } from '../../../src/history/replay/replay.js';
import { joinReplayed, resumePoint } from '../../../src/history/replay/replayed.js';
import { snapshotOf } from '../../../src/history/replay/snapshot.js';
import { replayTask, runReplayTask } from '../../../src/history/replay/task.js';
import { analyze } from '../../../src/pipeline/analyze.js';
import { defaultAnalyzeOptions } from '../../../src/pipeline/options.js';

const OPTIONS = defaultAnalyzeOptions(new Date('2026-11-22T00:00:00Z'));
const encoder = new TextEncoder();

/** What a snapshot says, without where it was taken or its items' history ids. */
function figures(snapshot: Snapshot) {
  return {
    counts: snapshot.counts,
    claimed: snapshot.claimed,
    sections: snapshot.sections,
    items: snapshot.items.map(({ id: _id, ...rest }) => rest),
  };
}

function cold(bytes: Uint8Array | null, path: string): ReturnType<typeof figures> {
  clearSegmentMemo();
  const at = { commit: 'c', date: '2026-01-01T00:00:00Z', path, blob: 'b' };
  return figures(snapshotOf(analyze(bytes ?? new Uint8Array(0), path, OPTIONS), at, OPTIONS.countOptional));
}

const version = (n: number, path: string, blob: string | null) => ({ commit: { sha: `c${n}`, date: `2026-01-${String(1 + (n % 28)).padStart(2, '0')}T00:00:00Z` }, path, blob });

const KINDS: MutationKind[] = ['delete', 'duplicate', 'swap', 'indent', 'dedent', 'fence', 'quote', 'blank', 'tab', 'crlf'];
const edit = fc.record({ kind: fc.constantFrom(...KINDS), at: fc.nat(), amount: fc.integer({ min: 1, max: 4 }) });
/** Besides the structural mutations: ticking and unticking boxes, the commonest commit. */
const tick = fc.record({ kind: fc.constant('tick' as const), at: fc.nat() });

function apply(lines: string[], step: { kind: string; at: number; amount?: number }): string[] {
  if (step.kind !== 'tick') return mutate(lines, step as Parameters<typeof mutate>[1]);
  const boxes = lines.flatMap((line, i) => (/\[[ xX]\]/.test(line) ? [i] : []));
  if (boxes.length === 0) return lines;
  const i = boxes[step.at % boxes.length]!;
  const out = [...lines];
  out[i] = out[i]!.replace(/\[([ xX])\]/, (_, box: string) => (box === ' ' ? '[x]' : '[ ]'));
  return out;
}

test('every replayed version of an edited real document equals a cold analysis of it', (t) => {
  if (!requireShared(t)) return;
  const docs = sharedDocs();
  fc.assert(
    fc.property(fc.nat({ max: docs.length - 1 }), fc.array(fc.oneof(edit, tick, tick), { minLength: 1, maxLength: 8 }), (index, steps) => {
      const doc = docs[index]!;
      let lines = new TextDecoder().decode(readSharedFile(doc.relative)).split('\n');
      const texts = [lines.join('\n')];
      for (const step of steps) texts.push((lines = apply(lines, step)).join('\n'));
      const replay = new ChainReplay(OPTIONS);
      texts.forEach((text, n) => {
        const bytes = encoder.encode(text);
        const snapshot = replay.add(version(n, doc.relative, `b${n}`), bytes);
        assert.deepEqual(figures(snapshot), cold(bytes, doc.relative), `${doc.relative}, version ${n} after ${JSON.stringify(steps.slice(0, n))}`);
      });
    }),
    { seed: 20261122, numRuns: 60 },
  );
});

test('a deletion is an empty version, and the document re-added after it is read from scratch', () => {
  const replay = new ChainReplay(OPTIONS);
  const first = encoder.encode('# P\n\n- [x] a\n- [ ] b\n');
  const again = encoder.encode('# P\n\n- [x] a\n- [x] b\n- [ ] c\n');
  replay.add(version(0, 'p.md', 'b0'), first);
  const gone = replay.add(version(1, 'p.md', null), null);
  assert.deepEqual([gone.counts.done, gone.counts.total, gone.blob, gone.sections.length], [0, 0, '', 0]);
  const back = replay.add(version(2, 'p.md', 'b2'), again);
  assert.deepEqual(figures(back), cold(again, 'p.md'));
  const { events } = replay.replayed();
  assert.deepEqual(events.map((e) => `${e.kind} ${e.text}`), ['appeared a', 'appeared b', 'removed a', 'removed b', 'appeared a', 'appeared b', 'appeared c']);
});

test('a replay split in two (a cache, then new commits; or two threads) equals one replay', () => {
  const texts = ['- [ ] a\n- [ ] b\n', '- [x] a\n- [ ] b\n', '- [x] a\n- [ ] b renamed slightly\n', '- [x] a\n- [x] b renamed slightly\n- [ ] c\n'];
  const contents = new Map(texts.map((text, n) => [`b${n}`, encoder.encode(text)]));
  const versions = texts.map((_, n) => version(n, 'p.md', `b${n}`));
  const whole = runReplayTask(replayTask(versions, contents, null, OPTIONS));
  const head = runReplayTask(replayTask(versions.slice(0, 2), contents, null, OPTIONS));
  const tail = runReplayTask(replayTask(versions.slice(2), contents, head.snapshots.at(-1)!.items, OPTIONS));
  const joined = joinReplayed(head, tail);
  assert.deepEqual(joined.events, whole.events);
  assert.deepEqual(joined.snapshots.map(figures), whole.snapshots.map(figures));
  assert.deepEqual(joined.snapshots.at(-1)!.items, whole.snapshots.at(-1)!.items, 'the same ids at the end');
  assert.ok(joined.snapshots.slice(0, -1).every((s) => s.items.length === 0));
});

test('a cache is resumed only where it is a prefix of the versions', () => {
  const versions = [version(0, 'p.md', 'b0'), version(1, 'p.md', 'b1'), version(2, 'p.md', 'b2')];
  const snapshot = (n: number, blob: string) => ({ commit: `c${n}`, path: 'p.md', blob }) as Snapshot;
  assert.equal(resumePoint(versions, [snapshot(0, 'b0'), snapshot(1, 'b1')]), 2);
  assert.equal(resumePoint(versions, [snapshot(0, 'b0'), snapshot(1, 'other')]), 0, 'history rewritten');
  assert.equal(resumePoint(versions.slice(0, 1), [snapshot(0, 'b0'), snapshot(1, 'b1')]), 0, 'the cache is ahead (a reset)');
  assert.equal(resumePoint(versions, []), 0);
});

test('ticks since the last parse and a later edit make one sorted list of changes', async () => {
  const { withTicks } = await import('../../../src/text/changed-range.js');
  // Ticks at 2 and 40, an insertion of 5 chars at 20, a tick right before it at 19 (joins it), one right after at 20.
  assert.deepEqual(withTicks([2, 19, 20, 40], { fromA: 20, toA: 20, fromB: 20, toB: 25 }), [
    { fromA: 2, toA: 3, fromB: 2, toB: 3 },
    { fromA: 19, toA: 21, fromB: 19, toB: 26 },
    { fromA: 40, toA: 41, fromB: 45, toB: 46 },
  ]);
  assert.deepEqual(withTicks([], { fromA: 3, toA: 9, fromB: 3, toB: 4 }), [{ fromA: 3, toA: 9, fromB: 3, toB: 4 }]);
});

test('a version that only ticks a box is computed from the last one, and equals a cold analysis', () => {
  const replay = new ChainReplay(OPTIONS);
  const texts = [
    '# P\n\n## Phase 1\n\n- [ ] a\n- [ ] b (40%)\n\n## Phase 2\n\n- [ ] Phase 1 done\n- [ ] c *(blocked: waiting)*\n',
    '# P\n\n## Phase 1\n\n- [x] a\n- [ ] b (40%)\n\n## Phase 2\n\n- [ ] Phase 1 done\n- [ ] c *(blocked: waiting)*\n',
    '# P\n\n## Phase 1\n\n- [x] a\n- [ ] b (40%)\n\n## Phase 2\n\n- [x] Phase 1 done\n- [ ] c *(blocked: waiting)*\n',
    '# P\n\n## Phase 1\n\n- [x] a\n- [ ] b (40%)\n\n## Phase 2\n\n- [x] Phase 1 done\n- [x] c *(blocked: waiting)*\n',
    '# P\n\n## Phase 1\n\n- [x] a\n- [x] b (40%)\n- [ ] new\n\n## Phase 2\n\n- [x] Phase 1 done\n- [x] c *(blocked: waiting)*\n',
  ];
  texts.forEach((text, n) => {
    const bytes = encoder.encode(text);
    assert.deepEqual(figures(replay.add(version(n, 'p.md', `b${n}`), bytes)), cold(bytes, 'p.md'), `version ${n}`);
  });
});

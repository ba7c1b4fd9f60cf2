/**
 * Acceptance on the reference history (`../shared/bench/make-history-repo.mjs`: 20 documents,
 * 5,001 commits): every snapshot the replay gives must be what `headway status` computes on a
 * checkout of that commit. Checked at HEAD for every document (counts, sections, items), at
 * 20 commits spread over the history (through `analyze()` of `git cat-file` bytes, and for
 * three of them through the real CLI on a `git worktree` checkout), and through the cache:
 * a warm run replays nothing, a run after one new commit replays one version, and both give
 * what a run without the cache gives.
 *
 * Builds its own repository (~5 s) in a temporary folder, once for the file.
 */
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import type { Counts, DocumentHistory, SectionSnapshot, Snapshot } from '../../src/history/model.js';
import { readProjectHistory, type ProjectHistory } from '../../src/history/project.js';
import { KEY_SEPARATOR, snapshotOf } from '../../src/history/replay/snapshot.js';
import { analyze } from '../../src/pipeline/analyze.js';
import { defaultAnalyzeOptions } from '../../src/pipeline/options.js';
import { DEFAULT_INCLUDE } from '../../src/scan/defaults.js';
import { BIN } from '../cli/helpers.js';
import { gitIn, testGitEnvironment } from '../helpers/git-repo.js';
import { requireShared, sharedAvailable, SHARED_DIR } from '../helpers/shared.js';

const NOW = new Date('2026-01-01T12:00:00Z');
const OPTIONS = defaultAnalyzeOptions(NOW);
/** What the generator writes (../shared/bench/README.md). */
const COMMITS = 5001;
const DOCUMENTS = 20;
const HEAD = '1fcf91f61cbdbc1266f21b4e47581776c0c22808';
/** Commits sampled over the history, and which of them are checked out and run through the CLI. */
const SAMPLES = 20;
const CHECKED_OUT = [0, 10, 19];

/** Generous: a cold replay of 5,020 versions takes ~7 s on 2 idle cores, and the machine may be busy. */
const SLOW = { timeout: 180_000 };

let folder = '';
let root = '';
/** The history without the cache, read once and shared by the tests below. */
let fresh: ProjectHistory | null = null;

before(async () => {
  if (!sharedAvailable()) return;
  folder = await mkdtemp(path.join(tmpdir(), 'headway-bench-repo-'));
  root = path.join(folder, 'repo');
  const generator = path.join(SHARED_DIR, 'bench', 'make-history-repo.mjs');
  execFileSync(process.execPath, [generator, '--out', root], { env: testGitEnvironment(), stdio: ['ignore', 'ignore', 'inherit'] });
}, SLOW);

after(async () => {
  if (folder !== '') await rm(folder, { recursive: true, force: true });
});

const git = (...args: string[]): string => gitIn(root, args);

function read(cache: boolean): Promise<ProjectHistory> {
  return readProjectHistory({ cwd: root, paths: [], globs: { include: DEFAULT_INCLUDE, exclude: [] }, analyze: OPTIONS, now: NOW, cache });
}

async function freshHistory(): Promise<ProjectHistory> {
  fresh ??= await read(false);
  return fresh;
}

/** `git cat-file --batch` for `rev:path` specs: the blob sha and bytes of each, in order. */
function catFiles(specs: readonly string[]): { sha: string; bytes: Buffer }[] {
  const out = execFileSync('git', ['cat-file', '--batch'], { cwd: root, env: testGitEnvironment(), input: `${specs.join('\n')}\n`, maxBuffer: 1 << 30 });
  const blobs: { sha: string; bytes: Buffer }[] = [];
  let at = 0;
  for (const spec of specs) {
    // `<sha> blob <size>\n<bytes>\n`, or `<spec> missing\n`
    const end = out.indexOf(0x0a, at);
    const header = out.subarray(at, end).toString();
    const [, sha, size] = /^([0-9a-f]{40}) blob (\d+)$/.exec(header) ?? [];
    assert.ok(sha !== undefined && size !== undefined, `git cat-file ${spec}: ${header}`);
    blobs.push({ sha, bytes: out.subarray(end + 1, end + 1 + Number(size)) });
    at = end + 1 + Number(size) + 1;
  }
  return blobs;
}

/** What `headway status` makes of these bytes, as a snapshot at `snapshot`'s point. */
function expectedAt(bytes: Uint8Array, snapshot: Snapshot): Snapshot {
  const { commit, date, path: file, blob } = snapshot;
  return snapshotOf(analyze(bytes, file, OPTIONS), { commit, date, path: file, blob }, OPTIONS.countOptional);
}

/** A snapshot's figures without its items, for versions before the last (which keep none). */
const figures = (s: Snapshot) => ({ path: s.path, counts: s.counts, claimed: s.claimed, sections: s.sections });

/** Items as status gives them, without the ids (history ids are the ids items first had). */
const itemsOf = (s: Snapshot) => s.items.map(({ id: _id, ...item }) => item);

test('the generated repository is the reference one', (t) => {
  if (!requireShared(t)) return;
  assert.equal(git('rev-parse', 'HEAD'), HEAD);
  assert.equal(Number(git('rev-list', '--count', 'HEAD')), COMMITS);
});

test('history at HEAD: every document\'s last snapshot is what status computes on the working tree', SLOW, async (t) => {
  if (!requireShared(t)) return;
  const history = await freshHistory();
  assert.equal(history.repository?.head, HEAD);
  assert.equal(history.commits, COMMITS);
  assert.equal(history.documents.length, DOCUMENTS);
  assert.equal(history.cached, 0);
  const files = git('ls-files').split('\n');
  assert.deepEqual(history.documents.map((d) => d.path), files);
  assert.equal(history.replayed, history.documents.reduce((n, d) => n + d.snapshots.length, 0));
  for (const document of history.documents) {
    const last = document.snapshots[document.snapshots.length - 1]!;
    assert.equal(last.blob, git('rev-parse', `HEAD:${document.path}`), document.path);
    const expected = expectedAt(await readFile(path.join(root, document.path)), last);
    assert.deepEqual(figures(last), figures(expected), `${document.path} at HEAD`);
    assert.deepEqual(itemsOf(last), itemsOf(expected), `${document.path} at HEAD: items`);
  }
});

/** The snapshot of `document` in force at first-parent position `index`: the last one taken at or before it. */
function snapshotAt(document: DocumentHistory, position: ReadonlyMap<string, number>, index: number): Snapshot | null {
  let found: Snapshot | null = null;
  for (const snapshot of document.snapshots) {
    const at = position.get(snapshot.commit);
    assert.ok(at !== undefined, `${document.path}: snapshot at ${snapshot.commit}, not on the first-parent line`);
    if (at <= index) found = snapshot;
  }
  return found;
}

/** `status --json` sections flattened depth first, keyed as history keys them. */
interface StatusSection {
  readonly path: readonly string[];
  readonly progress: { readonly done: number; readonly total: number; readonly states: Counts['states'] };
  readonly sections: readonly StatusSection[];
}
function flatten(sections: readonly StatusSection[]): { key: string; done: number; total: number; states: Counts['states'] }[] {
  return sections.flatMap((s) => [{ key: s.path.join(KEY_SEPARATOR), done: s.progress.done, total: s.progress.total, states: s.progress.states }, ...flatten(s.sections)]);
}
const sectionCounts = (sections: readonly SectionSnapshot[]) =>
  sections.map((s) => ({ key: s.key, done: s.counts.done, total: s.counts.total, states: s.counts.states }));

/** Runs the real CLI, `headway status --json .`, on a `git worktree` checkout of `sha`. */
function statusOnCheckout(sha: string): Map<string, { progress: { done: number; total: number; states: Counts['states'] }; sections: StatusSection[] }> {
  const checkout = path.join(folder, `checkout-${sha.slice(0, 12)}`);
  git('worktree', 'add', '-q', '--detach', checkout, sha);
  try {
    // Not test/cli/helpers' `headway()`: its output (2.5 MB) is over spawnSync's default 1 MiB buffer.
    const run = spawnSync(process.execPath, [BIN, 'status', '--json', '.'], { cwd: checkout, encoding: 'utf8', maxBuffer: 1 << 28, env: { ...process.env, NO_COLOR: '1' } });
    assert.equal(run.status, 0, run.error?.message ?? run.stderr);
    const json = JSON.parse(run.stdout) as { documents: { path: string; progress: { done: number; total: number; states: Counts['states'] }; sections: StatusSection[] }[] };
    return new Map(json.documents.map((d) => [d.path, d]));
  } finally {
    git('worktree', 'remove', '--force', checkout);
  }
}

test(`history at ${SAMPLES} commits spread over the log: each document's snapshot is what status computes on that commit`, SLOW, async (t) => {
  if (!requireShared(t)) return;
  const history = await freshHistory();
  const line = git('rev-list', '--first-parent', '--reverse', 'HEAD').split('\n');
  assert.equal(line.length, COMMITS);
  const position = new Map(line.map((sha, index) => [sha, index]));
  const samples = Array.from({ length: SAMPLES }, (_, i) => Math.round((i * (line.length - 1)) / (SAMPLES - 1)));
  for (const [n, index] of samples.entries()) {
    const sha = line[index]!;
    const files = git('ls-tree', '-r', '--name-only', sha).split('\n');
    const snapshots = history.documents.flatMap((document) => {
      const snapshot = snapshotAt(document, position, index);
      return snapshot === null ? [] : [snapshot];
    });
    assert.deepEqual(snapshots.map((s) => s.path), files, `documents at commit #${index} ${sha}`);
    const blobs = catFiles(snapshots.map((s) => `${sha}:${s.path}`));
    for (const [i, snapshot] of snapshots.entries()) {
      const blob = blobs[i]!;
      assert.equal(snapshot.blob, blob.sha, `${snapshot.path} at commit #${index} ${sha}: blob`);
      assert.deepEqual(figures(snapshot), figures(expectedAt(blob.bytes, snapshot)), `${snapshot.path} at commit #${index} ${sha} (snapshot of ${snapshot.commit})`);
    }
    if (!CHECKED_OUT.includes(n)) continue;
    const status = statusOnCheckout(sha);
    assert.deepEqual([...status.keys()], files, `status on a checkout of #${index}`);
    for (const snapshot of snapshots) {
      const document = status.get(snapshot.path)!;
      const { done, total, states } = snapshot.counts;
      assert.deepEqual({ done, total, states }, { done: document.progress.done, total: document.progress.total, states: document.progress.states }, `${snapshot.path}: history vs status on a checkout of #${index} ${sha}`);
      assert.deepEqual(sectionCounts(snapshot.sections), flatten(document.sections), `${snapshot.path}: sections, history vs status on a checkout of #${index} ${sha}`);
    }
  }
});

/** Ticks the box of an open task of `document` (its line from the last snapshot) and commits that alone. */
async function tickOne(document: DocumentHistory): Promise<void> {
  const last = document.snapshots[document.snapshots.length - 1]!;
  const item = last.items.find((i) => i.kind === 'task' && i.state === 'open');
  assert.ok(item, `${document.path} has no open task`);
  const file = path.join(root, document.path);
  const lines = (await readFile(file, 'utf8')).split('\n');
  lines[item.line - 1] = lines[item.line - 1]!.replace('[ ]', '[x]');
  await writeFile(file, lines.join('\n'));
  git('add', '--', document.path);
  gitIn(root, ['commit', '-q', '--no-verify', '-m', `${document.path}: tick "${item.text}"`], '2025-12-01T10:00:00+00:00');
}

test('the cache: a second run replays nothing, a run after one commit replays that version, and both equal a run without it', SLOW, async (t) => {
  if (!requireShared(t)) return;
  const uncached = await freshHistory();
  const cold = await read(true);
  assert.equal(cold.cached, 0);
  assert.deepEqual(cold.documents, uncached.documents, 'a run that fills the cache gives what a run without it gives');
  const warm = await read(true);
  assert.equal(warm.replayed, 0);
  assert.equal(warm.cached, cold.replayed);
  assert.deepEqual(warm.documents, cold.documents);

  const ticked = uncached.documents[6]!;
  await tickOne(ticked);
  const next = await read(true);
  assert.equal(next.commits, COMMITS + 1);
  assert.equal(next.replayed, 1);
  assert.equal(next.cached, cold.replayed);
  const was = ticked.snapshots[ticked.snapshots.length - 1]!.counts;
  const is = next.documents.find((d) => d.path === ticked.path)!.snapshots.at(-1)!.counts;
  assert.deepEqual([is.done, is.total], [was.done + 1, was.total], `${ticked.path}: one more done`);
  const reread = await read(false);
  assert.equal(reread.replayed, cold.replayed + 1);
  assert.deepEqual(next.documents, reread.documents, 'after one commit, the cached run gives what a run without the cache gives');
});

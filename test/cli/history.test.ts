/**
 * `headway history` and `headway burndown` through the CLI entry (`runCli`) in this process,
 * with a fake io: fixed clock, captured streams, a terminal or not. The repositories are built
 * with fixed dates (test/helpers/git-repo.ts), so shas, series and forecasts are the same on
 * every run.
 */
import assert from 'node:assert/strict';
import { realpathSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { runCli } from '../../src/cli/cli.js';
import type { CliIo } from '../../src/cli/io.js';
import { progressBar, progressLine } from '../../src/cli/progress-line.js';
import { makeRepo, type TestRepo } from '../helpers/git-repo.js';

// "Today" and the working tree's date are local (`todayOf`, `localDateTime`): one zone for every
// machine, so the fixed clock falls on the same day everywhere. Each test file runs in its own process.
process.env.TZ = 'UTC';

/** What one run of the CLI gave. */
interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  /** Each write to stderr, in order. */
  readonly stderrWrites: readonly string[];
}

interface RunOptions {
  /** `io.now()`; default NOW. */
  readonly now?: string;
  /** stdout is a terminal (80 columns unless `columns`). */
  readonly tty?: boolean;
  readonly columns?: number;
  readonly stderrTty?: boolean;
  readonly env?: Readonly<Record<string, string>>;
}

const NOW = '2026-01-20T12:00:00Z';

/** Runs `headway …args` in `cwd` with captured streams and a fixed clock. */
async function headway(cwd: string, args: readonly string[], options: RunOptions = {}): Promise<Run> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const tty = options.tty === true;
  const io: CliIo = {
    stdout: { write: (text) => void stdout.push(text), isTTY: tty, columns: tty ? (options.columns ?? 80) : undefined },
    stderr: { write: (text) => void stderr.push(text), isTTY: options.stderrTty === true, columns: options.stderrTty === true ? 80 : undefined },
    env: options.env ?? {},
    cwd,
    now: () => new Date(options.now ?? NOW),
  };
  const code = await runCli(args, io);
  return { code, stdout: stdout.join(''), stderr: stderr.join(''), stderrWrites: stderr };
}

/** Runs and parses `--json` output, failing on a non-zero exit or anything on stderr. */
async function historyJson(cwd: string, args: readonly string[], options: RunOptions = {}): Promise<HistoryJson> {
  const run = await headway(cwd, ['history', '--json', ...args], options);
  assert.equal(run.stderr, '');
  assert.equal(run.code, 0);
  return JSON.parse(run.stdout) as HistoryJson;
}

/** Runs a text command, failing on a non-zero exit or anything on stderr. */
async function text(cwd: string, args: readonly string[], options: RunOptions = {}): Promise<string> {
  const run = await headway(cwd, args, options);
  assert.equal(run.stderr, '');
  assert.equal(run.code, 0);
  return run.stdout;
}

interface Point {
  commit: string;
  at: string;
  remaining: number;
  done: number;
  scope: number;
  inProgress: number;
  blocked: number;
  fraction: number | null;
}
interface Forecast {
  status: string;
  remaining: number;
  sample: number[];
  trials: number;
  seed: number;
  p50: string | null;
  p85: string | null;
  p95: string | null;
  reason: string | null;
}
interface Progression {
  current: Point | null;
  byCommit: Point[];
  byDay: Point[];
  byWeek: Point[];
  throughput: { week: string; done: number }[];
  forecast: Forecast;
}
interface SectionJson {
  key: string;
  title: string;
  milestone: boolean;
  current: Point | null;
  byCommit: Point[] | null;
  byDay: Point[] | null;
  byWeek: Point[] | null;
  throughput: { week: string; done: number }[] | null;
  forecast: Forecast | null;
}
interface ItemJson {
  id: string;
  text: string;
  kind: string | null;
  section: string;
  state: string | null;
  line: number | null;
  events: { kind: string; commit: string; date: string; from: string | null; to: string | null; text: string }[];
}
interface DocumentJson extends Progression {
  path: string;
  paths: string[];
  versions: number;
  sections: SectionJson[];
  items: ItemJson[];
  notes: unknown[];
}
interface HistoryJson {
  schemaVersion: number;
  repository: { root: string; head: string | null; shallow: boolean; startsAt: string | null } | null;
  message: string | null;
  commits: number;
  project: Progression | null;
  documents: DocumentJson[];
}

/** A series point with nothing in progress or blocked. */
const point = (commit: string, at: string, done: number, scope: number): Point => ({
  commit, at, remaining: scope - done, done, scope, inProgress: 0, blocked: 0, fraction: scope === 0 ? null : done / scope,
});

/** Drops colour codes. */
const plain = (text: string): string => text.replace(/\u001b\[[0-9;]*m/g, '');
const ANSI = /\u001b\[/;
const BRAILLE = /[\u2801-\u28ff]/;
/** The first character of `text` outside printable ASCII (newlines allowed), or null. */
const nonAscii = (text: string): string | null => /[^\n\x20-\x7e]/.exec(text)?.[0] ?? null;

// ---------------------------------------------------------------------------------------------
// A tiny repository: three commits over two ISO weeks, one document with two sections.
//
//   2026-01-05 (W02)  start            Phase 1: a b c open; Later: d open          0 / 4
//   2026-01-07 (W02)  a done                                                      1 / 4
//   2026-01-13 (W03)  b done, e added  Phase 1: a b done, c e open                 2 / 5
//
// With the clock at 2026-01-20 (W04), throughput is W02 1, W03 1, W04 0: three weeks, too
// few for a forecast.
// ---------------------------------------------------------------------------------------------

const tinyDoc = (lines: readonly string[]): string => `# Plan\n\n## Phase 1: Core\n\n${lines.join('\n')}\n\n## Later\n\n- [ ] d\n`;
const TINY_STEPS = [
  { date: '2026-01-05T10:00:00Z', message: 'start', files: { 'progress.md': tinyDoc(['- [ ] a', '- [ ] b', '- [ ] c']) } },
  { date: '2026-01-07T10:00:00Z', message: 'a done', files: { 'progress.md': tinyDoc(['- [x] a', '- [ ] b', '- [ ] c']) } },
  { date: '2026-01-13T10:00:00Z', message: 'b done, e added', files: { 'progress.md': tinyDoc(['- [x] a', '- [x] b', '- [ ] c', '- [ ] e']) } },
];
const PHASE_1 = 'Plan › Phase 1: Core';

describe('headway history on a tiny repository', () => {
  let repo: TestRepo;
  let root: string;
  let c1: string;
  let c2: string;
  let c3: string;
  before(async () => {
    repo = await makeRepo(TINY_STEPS);
    root = realpathSync(repo.root);
    [c1, c2, c3] = repo.commits as [string, string, string];
  });
  after(() => repo.cleanup());

  test('--json: schemaVersion 1, the repository, and the project series by commit, day and week', async () => {
    const json = await historyJson(root, []);
    assert.deepEqual(Object.keys(json), ['schemaVersion', 'repository', 'message', 'commits', 'project', 'documents']);
    assert.equal(json.schemaVersion, 1);
    assert.deepEqual(json.repository, { root, head: c3, shallow: false, startsAt: null });
    assert.equal(json.message, null);
    assert.equal(json.commits, 3);
    const project = json.project;
    assert.ok(project !== null);
    assert.deepEqual(Object.keys(project), ['current', 'byCommit', 'byDay', 'byWeek', 'throughput', 'forecast']);
    assert.deepEqual(project.byCommit, [
      point(c1, '2026-01-05T10:00:00+00:00', 0, 4),
      point(c2, '2026-01-07T10:00:00+00:00', 1, 4),
      point(c3, '2026-01-13T10:00:00+00:00', 2, 5),
    ]);
    assert.deepEqual(project.current, point(c3, '2026-01-13T10:00:00+00:00', 2, 5));
    // Every day from the first commit to the last, each with the last commit on or before it.
    assert.deepEqual(project.byDay, [
      point(c1, '2026-01-05', 0, 4),
      point(c1, '2026-01-06', 0, 4),
      ...['07', '08', '09', '10', '11', '12'].map((day) => point(c2, `2026-01-${day}`, 1, 4)),
      point(c3, '2026-01-13', 2, 5),
    ]);
    assert.deepEqual(project.byWeek, [point(c2, '2026-W02', 1, 4), point(c3, '2026-W03', 2, 5)]);
    assert.deepEqual(project.throughput, [
      { week: '2026-W02', done: 1 },
      { week: '2026-W03', done: 1 },
      { week: '2026-W04', done: 0 },
    ]);
    assert.deepEqual(project.forecast, {
      status: 'not-enough-history',
      remaining: 3,
      sample: [1, 1, 0],
      trials: 0,
      seed: 1,
      p50: null,
      p85: null,
      p95: null,
      reason: '3 weeks of history; a forecast needs at least 4.',
    });
  });

  test('--json: the document, its sections (current only) and every item with its events', async () => {
    const json = await historyJson(root, []);
    assert.equal(json.documents.length, 1);
    const document = json.documents[0]!;
    assert.deepEqual(Object.keys(document), ['path', 'paths', 'versions', 'current', 'byCommit', 'byDay', 'byWeek', 'throughput', 'forecast', 'sections', 'items', 'notes']);
    assert.equal(document.path, 'progress.md');
    assert.deepEqual(document.paths, ['progress.md']);
    assert.equal(document.versions, 3);
    assert.deepEqual(document.notes, []);
    // One document: its figures are the project's.
    const { current, byCommit, byDay, byWeek, throughput, forecast } = json.project!;
    assert.deepEqual({ current: document.current, byCommit: document.byCommit, byDay: document.byDay, byWeek: document.byWeek, throughput: document.throughput, forecast: document.forecast }, { current, byCommit, byDay, byWeek, throughput, forecast });

    const at = '2026-01-13T10:00:00+00:00';
    const unseries = { byCommit: null, byDay: null, byWeek: null, throughput: null, forecast: null };
    assert.deepEqual(document.sections, [
      { key: 'Plan', title: 'Plan', milestone: false, current: point(c3, at, 2, 5), ...unseries },
      { key: PHASE_1, title: 'Phase 1: Core', milestone: true, current: point(c3, at, 2, 4), ...unseries },
      { key: 'Plan › Later', title: 'Later', milestone: false, current: point(c3, at, 0, 1), ...unseries },
    ]);

    const event = (kind: string, commit: string, date: string, from: string | null, to: string | null, itemText: string) => ({ kind, commit, date, from, to, text: itemText });
    const [d5, d7, d13] = ['2026-01-05T10:00:00+00:00', '2026-01-07T10:00:00+00:00', '2026-01-13T10:00:00+00:00'];
    // Items still present, in document order (e was inserted above the Later section).
    assert.deepEqual(document.items.map(({ id: _id, ...item }) => item), [
      { text: 'a', kind: 'task', section: PHASE_1, state: 'done', line: 5, events: [event('appeared', c1, d5, null, 'open', 'a'), event('done', c2, d7, 'open', 'done', 'a')] },
      { text: 'b', kind: 'task', section: PHASE_1, state: 'done', line: 6, events: [event('appeared', c1, d5, null, 'open', 'b'), event('done', c3, d13, 'open', 'done', 'b')] },
      { text: 'c', kind: 'task', section: PHASE_1, state: 'open', line: 7, events: [event('appeared', c1, d5, null, 'open', 'c')] },
      { text: 'e', kind: 'task', section: PHASE_1, state: 'open', line: 8, events: [event('appeared', c3, d13, null, 'open', 'e')] },
      { text: 'd', kind: 'task', section: 'Plan › Later', state: 'open', line: 12, events: [event('appeared', c1, d5, null, 'open', 'd')] },
    ]);
    const ids = document.items.map((item) => item.id);
    assert.ok(ids.every((id) => typeof id === 'string' && id !== ''), 'every item has an id');
    assert.equal(new Set(ids).size, ids.length, 'ids are unique');
  });

  test('--json is one line in a pipe and indented on a terminal; the same either way', async () => {
    const piped = await headway(root, ['history', '--json']);
    assert.equal(piped.stdout.indexOf('\n'), piped.stdout.length - 1, 'a single line');
    const terminal = await headway(root, ['history', '--json'], { tty: true });
    assert.match(terminal.stdout, /^\{\n {2}"schemaVersion": 1,\n/);
    assert.ok(!ANSI.test(terminal.stdout), 'no colour in JSON');
    assert.deepEqual(JSON.parse(terminal.stdout), JSON.parse(piped.stdout));
  });

  test('--json --sections: series, throughput and forecast for every section', async () => {
    const json = await historyJson(root, ['--sections']);
    const sections = json.documents[0]!.sections;
    assert.deepEqual(sections.map((section) => section.key), ['Plan', PHASE_1, 'Plan › Later']);
    const phase1 = sections[1]!;
    assert.deepEqual(phase1.byCommit, [
      point(c1, '2026-01-05T10:00:00+00:00', 0, 3),
      point(c2, '2026-01-07T10:00:00+00:00', 1, 3),
      point(c3, '2026-01-13T10:00:00+00:00', 2, 4),
    ]);
    assert.deepEqual(phase1.byWeek, [point(c2, '2026-W02', 1, 3), point(c3, '2026-W03', 2, 4)]);
    assert.deepEqual(phase1.throughput, [
      { week: '2026-W02', done: 1 },
      { week: '2026-W03', done: 1 },
      { week: '2026-W04', done: 0 },
    ]);
    assert.equal(phase1.forecast?.status, 'not-enough-history');
    assert.equal(phase1.forecast?.remaining, 2);
    const later = sections[2]!;
    assert.deepEqual(later.byCommit?.map((p) => [p.done, p.scope]), [[0, 1], [0, 1], [0, 1]]);
    assert.deepEqual(later.throughput, [
      { week: '2026-W02', done: 0 },
      { week: '2026-W03', done: 0 },
      { week: '2026-W04', done: 0 },
    ]);
  });

  test('--section keeps one section and its items, by title (case ignored) or by key', async () => {
    const byTitle = await historyJson(root, ['--section', 'phase 1: CORE']);
    const byKey = await historyJson(root, ['--section', PHASE_1]);
    assert.deepEqual(byKey, byTitle);
    assert.equal(byTitle.project, null, 'no project figures for a section');
    assert.equal(byTitle.documents.length, 1);
    const document = byTitle.documents[0]!;
    assert.deepEqual(document.sections.map((section) => section.key), [PHASE_1]);
    assert.deepEqual(document.sections[0]?.byCommit?.map((p) => [p.done, p.scope]), [[0, 3], [1, 3], [2, 4]]);
    assert.deepEqual(document.items.map((item) => item.text), ['a', 'b', 'c', 'e']);
    // A section takes its subsections with it.
    const top = await historyJson(root, ['--section', 'Plan']);
    assert.deepEqual(top.documents[0]!.sections.map((section) => section.key), ['Plan', PHASE_1, 'Plan › Later']);
    assert.deepEqual(top.documents[0]!.items.map((item) => item.text), ['a', 'b', 'c', 'e', 'd']);
  });

  test('--section draws the section: its burn-up, and its remaining items', async () => {
    const out = await text(root, ['history', '--section', 'Phase 1: Core']);
    assert.ok(out.includes(`\nBurn-up - progress.md > Plan > Phase 1: Core, by day\n`), out);
    assert.equal(nonAscii(out), null, 'section keys too are ASCII in a pipe');
    assert.ok(out.includes('\n2 remaining: No forecast - 3 weeks of history; a forecast needs at least 4.\n'), out);
    assert.ok(!/ d {2}progress\.md$/m.test(out), 'item d (section Later) is not among the recent changes');
  });

  test('--section naming no section is a usage error, in text and chart views', async () => {
    for (const command of ['history', 'burndown']) {
      const run = await headway(root, [command, '--section', 'Nope']);
      assert.equal(run.code, 2, command);
      assert.equal(run.stdout, '', command);
      assert.equal(run.stderr, "headway: no section 'Nope' in the history of these documents (see 'headway status' for section titles)\n", command);
    }
  });

  test('--section naming no section is a usage error with --json too', async () => {
    const run = await headway(root, ['history', '--json', '--section', 'Nope']);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /no section 'Nope'/);
  });

  test('text in a pipe: plain ASCII — headline, burn-up by day, throughput, the forecast, recent changes', async () => {
    const out = await text(root, ['history']);
    assert.equal(nonAscii(out), null, 'ASCII only when stdout is not a terminal');
    assert.ok(!ANSI.test(out), 'no colour in a pipe');
    assert.ok(!BRAILLE.test(out));
    const lines = out.split('\n');
    assert.equal(lines[0], `History | 1 document | 3 commits | 2026-01-05 -> 2026-01-13 | HEAD ${c3.slice(0, 7)}`);
    assert.equal(lines[2], 'Burn-up - progress.md, by day');
    assert.ok(lines.includes('* done  o scope'), 'the burn-up legend');
    assert.ok(lines.includes('Throughput'));
    assert.ok(lines.includes('items done per week, mean 0.7, 3 weeks'), out);
    assert.ok(lines.includes('3 remaining: No forecast - 3 weeks of history; a forecast needs at least 4.'), out);
    const recent = lines.slice(lines.indexOf('Recent changes') + 1, -1);
    assert.deepEqual(recent, [
      `2026-01-13  ${c3.slice(0, 7)}  done      b  progress.md`,
      `2026-01-13  ${c3.slice(0, 7)}  appeared  e  progress.md`,
      `2026-01-07  ${c2.slice(0, 7)}  done      a  progress.md`,
      `2026-01-05  ${c1.slice(0, 7)}  appeared  a  progress.md`,
      `2026-01-05  ${c1.slice(0, 7)}  appeared  b  progress.md`,
      `2026-01-05  ${c1.slice(0, 7)}  appeared  c  progress.md`,
      `2026-01-05  ${c1.slice(0, 7)}  appeared  d  progress.md`,
    ]);
    // $COLUMNS is not set and stdout is no terminal: 120 columns.
    assert.ok(lines.every((line) => line.length <= 120), 'fits 120 columns');
    assert.equal(Math.max(...lines.map((line) => line.length)), 120, 'charts take the whole width');
  });

  test('text on a terminal: braille, Unicode separators, colour; fits the terminal', async () => {
    const out = await text(root, ['history'], { tty: true, columns: 80 });
    assert.ok(ANSI.test(out), 'colour on a terminal');
    assert.ok(BRAILLE.test(out), 'braille lines on a terminal');
    const lines = plain(out).split('\n');
    assert.equal(lines[0], `History · 1 document · 3 commits · 2026-01-05 → 2026-01-13 · HEAD ${c3.slice(0, 7)}`);
    assert.equal(lines[2], 'Burn-up — progress.md, by day');
    assert.ok(lines.includes('3 remaining: No forecast — 3 weeks of history; a forecast needs at least 4.'), plain(out));
    assert.ok(lines.some((line) => line.includes('████')), 'throughput bars in blocks');
    for (const line of lines) assert.ok([...line].length <= 80, `fits 80 columns: ${JSON.stringify(line)}`);
    // --no-color: the same picture without the colour.
    const uncoloured = await text(root, ['history', '--no-color'], { tty: true, columns: 80 });
    assert.ok(!ANSI.test(uncoloured));
    assert.equal(uncoloured, plain(out));
  });

  test('FORCE_COLOR in a pipe colours the output but keeps it ASCII', async () => {
    const out = await text(root, ['history'], { env: { FORCE_COLOR: '1' } });
    assert.ok(ANSI.test(out));
    assert.equal(nonAscii(plain(out)), null);
    assert.equal(plain(out), await text(root, ['history']));
  });

  test('--by week and --by commit choose the chart points; the JSON does not change', async () => {
    const week = (await text(root, ['history', '--by', 'week'])).split('\n');
    assert.equal(week[2], 'Burn-up - progress.md, by week');
    const weekAxis = week.find((line) => line.startsWith('   2026-W02'));
    assert.ok(weekAxis !== undefined && /\bW03$/.test(weekAxis), `week labels: ${weekAxis}`);
    const day = (await text(root, ['history'])).split('\n');
    const dayAxis = day.find((line) => line.startsWith('   2026-01-05'));
    assert.ok(dayAxis !== undefined && dayAxis.endsWith('01-13'), `day labels: ${dayAxis}`);
    const commit = await text(root, ['burndown', '--by', 'commit']);
    assert.ok(commit.includes('\nBurndown - progress.md, by commit\n'));
    assert.deepEqual(await historyJson(root, ['--by', 'week']), await historyJson(root, []));
  });

  test('an unknown --by is a usage error before any history is read', async () => {
    for (const [command, value] of [['history', 'month'], ['burndown', ''], ['history', 'Week']] as const) {
      const run = await headway('/nonexistent/headway-test', [command, '--by', value, '--json']);
      assert.equal(run.code, 2);
      assert.equal(run.stdout, '');
      assert.equal(run.stderr, `headway: --by takes commit, day or week, not '${value}' (see 'headway ${command} --help')\n`);
    }
  });

  test('burndown with too little history: the line, no cone, and why there is no forecast', async () => {
    const lines = (await text(root, ['burndown'])).split('\n');
    assert.equal(lines[2], 'Burndown - progress.md, by day');
    assert.ok(lines.includes('* remaining'), 'legend without a forecast');
    assert.ok(!lines.some((line) => line.includes('P50')), 'no cone');
    assert.equal(lines.at(-2), '3 remaining: No forecast - 3 weeks of history; a forecast needs at least 4.');
  });

  test('--seed: recorded in the forecast, changes nothing else when history is too short', async () => {
    const seeded = await historyJson(root, ['--seed', '42', '--no-cache']);
    const standard = await historyJson(root, ['--no-cache']);
    assert.equal(seeded.project?.forecast.seed, 42);
    assert.equal(seeded.documents[0]?.forecast.seed, 42);
    const unseed = (json: HistoryJson): HistoryJson => JSON.parse(JSON.stringify(json).replaceAll('"seed":42', '"seed":1')) as HistoryJson;
    assert.deepEqual(unseed(seeded), standard);
    assert.equal(await text(root, ['history', '--seed', '42']), await text(root, ['history']));
    assert.equal((await historyJson(root, ['--seed=-3'])).project?.forecast.seed, -3);
  });

  test('--seed must be a whole number', async () => {
    for (const value of ['x', '1.5', '9007199254740993', 'NaN']) {
      const run = await headway(root, ['burndown', '--seed', value]);
      assert.equal(run.code, 2, value);
      assert.equal(run.stdout, '', value);
      assert.equal(run.stderr, `headway: --seed takes a whole number, not '${value}' (see 'headway burndown --help')\n`);
    }
  });

  test('--seed takes a decimal whole number only', async () => {
    for (const value of ['', '0x10', '1e3', ' 7']) {
      const run = await headway(root, ['history', '--seed', value]);
      assert.equal(run.code, 2, JSON.stringify(value));
    }
  });

  test('the progress bar is drawn on a terminal stderr, then erased; never on a pipe', async (t) => {
    // A clock that moves a second each time it is read: every update is past the delay and the throttle.
    let clock = 0;
    t.mock.method(Date, 'now', () => (clock += 1000));
    const drawn = await headway(root, ['history', '--json', '--no-cache'], { stderrTty: true });
    assert.equal(drawn.code, 0);
    const bar = (done: number): string => `\r\u001b[2Kheadway: replaying history ${progressBar(done / 3, 24)} ${done}/3 versions…`;
    // Three versions: drawn after the first and the second, not at 3/3, then erased.
    assert.deepEqual(drawn.stderrWrites, [bar(1), bar(2), '\r\u001b[2K']);
    assert.equal(JSON.parse(drawn.stdout).commits, 3, 'stdout holds only the JSON');
    const piped = await headway(root, ['history', '--json', '--no-cache'], { stderrTty: false });
    assert.deepEqual(piped.stderrWrites, []);
    assert.equal(piped.stdout, drawn.stdout);
  });
});

describe('the history progress line', () => {
  test('waits 250 ms, draws a 24-cell bar at most every 100 ms, not when done, and erases only what it drew', () => {
    const writes: string[] = [];
    let now = 0;
    const line = progressLine({ write: (written) => void writes.push(written), isTTY: true, columns: 80 }, () => now, { verb: 'replaying history', noun: 'versions', bar: 24 });
    now = 100;
    line.update(1, 10);
    line.clear();
    assert.deepEqual(writes, [], 'nothing in the first 250 ms, and nothing to erase');
    now = 300;
    line.update(3, 10);
    now = 350;
    line.update(4, 10);
    now = 400;
    line.update(5, 10);
    now = 2000;
    line.update(10, 10);
    line.clear();
    line.clear();
    assert.deepEqual(writes, [
      // 0.3 of 24 cells is 7 cells and 2 eighths.
      `\r\u001b[2Kheadway: replaying history ${'█'.repeat(7)}▎${'░'.repeat(16)} 3/10 versions…`,
      `\r\u001b[2Kheadway: replaying history ${'█'.repeat(12)}${'░'.repeat(12)} 5/10 versions…`,
      '\r\u001b[2K',
    ]);
  });
});

// ---------------------------------------------------------------------------------------------
// Five weeks of steady work: enough for a forecast, so burndown draws the cone.
//
//   week   W02      W03      W04      W05      W06
//   done   1        2        2        1        2          (12 items, 8 done by 2026-02-03)
// ---------------------------------------------------------------------------------------------

const roadmap = (core: number, polish: number): string =>
  `# Roadmap\n\n## Phase 1: Core\n\n${Array.from({ length: 6 }, (_, i) => `- [${i < core ? 'x' : ' '}] core ${i}\n`).join('')}\n## Phase 2: Polish\n\n${Array.from({ length: 6 }, (_, i) => `- [${i < polish ? 'x' : ' '}] polish ${i}\n`).join('')}`;
const WEEKS_STEPS = ([[0, 0, '2026-01-05'], [1, 0, '2026-01-07'], [2, 0, '2026-01-13'], [3, 0, '2026-01-15'], [4, 1, '2026-01-21'], [5, 1, '2026-01-28'], [6, 2, '2026-02-03']] as const).map(
  ([core, polish, day], i) => ({ date: `${day}T10:00:00Z`, message: `week step ${i}`, files: { 'roadmap.md': roadmap(core, polish) } }),
);
const WEEKS_NOW = '2026-02-04T12:00:00Z';
const FORECAST_ASCII = 'P50 2026-02-25 | P85 2026-02-25 | P95 2026-03-04 (10,000 trials over 5 weeks)';

describe('headway burndown with a forecast', () => {
  let repo: TestRepo;
  let root: string;
  before(async () => {
    repo = await makeRepo(WEEKS_STEPS);
    root = realpathSync(repo.root);
  });
  after(() => repo.cleanup());

  test('--json: the Monte Carlo forecast from five weeks of throughput, the same for a given seed', async () => {
    const json = await historyJson(root, ['--no-cache'], { now: WEEKS_NOW });
    assert.deepEqual(json.project?.throughput.map((week) => week.done), [1, 2, 2, 1, 2]);
    assert.deepEqual(json.project?.forecast, {
      status: 'forecast',
      remaining: 4,
      sample: [1, 2, 2, 1, 2],
      trials: 10_000,
      seed: 1,
      p50: '2026-02-25',
      p85: '2026-02-25',
      p95: '2026-03-04',
      reason: null,
    });
    // Cached forecasts (the memo) are the ones computed.
    assert.deepEqual(await historyJson(root, [], { now: WEEKS_NOW }), json);
    assert.deepEqual(await historyJson(root, [], { now: WEEKS_NOW }), json);
  });

  /** A separator right after the lead (`4 remaining: · P50 …`): the line once broke so when the lead was bold. */
  const STRAY_SEPARATOR = /remaining:\s*[|·]/;

  test('in a pipe: the remaining line, the dotted P50 path, P50 and P95 on the axis, the forecast in words', async () => {
    const out = await text(root, ['burndown'], { now: WEEKS_NOW });
    assert.equal(nonAscii(out), null, 'ASCII only');
    const lines = out.split('\n');
    assert.equal(lines[2], 'Burndown - roadmap.md, by day');
    assert.ok(lines.includes('* remaining  . forecast (P50)  : P50-P95'), out);
    assert.ok(lines.some((line) => /^\s+2026-01-05 .* P50 +P95$/.test(line)), 'P50 and P95 marked on the axis');
    assert.ok(lines.some((line) => /^ 0 \+ *\.+$/.test(line)), 'the P50 path reaches zero');
    assert.ok(lines.some((line) => line.endsWith(FORECAST_ASCII)), 'the forecast in words');
    assert.ok(!STRAY_SEPARATOR.test(out), out);
  });

  test('on a terminal: braille, the shaded cone, the same text coloured or not', async () => {
    const coloured = await text(root, ['burndown'], { now: WEEKS_NOW, tty: true, columns: 80 });
    const uncoloured = await text(root, ['burndown', '--no-color'], { now: WEEKS_NOW, tty: true, columns: 80 });
    assert.ok(ANSI.test(coloured));
    assert.equal(plain(coloured), uncoloured);
    const lines = uncoloured.split('\n');
    assert.equal(lines[2], 'Burndown — roadmap.md, by day');
    assert.ok(BRAILLE.test(uncoloured));
    assert.ok(lines.includes('── remaining  ⠤⠤ forecast (P50)  ░░ P50–P95'), uncoloured);
    assert.ok(lines.some((line) => line.startsWith('P50 2026-02-25 · P85 2026-02-25 · P95 2026-03-04')), uncoloured);
    assert.ok(!STRAY_SEPARATOR.test(uncoloured), uncoloured);
    for (const line of lines) assert.ok([...line].length <= 80, `fits 80 columns: ${JSON.stringify(line)}`);
  });

  test('history: the throughput bars and the forecast after what remains, in a pipe and on a terminal', async () => {
    const lines = (await text(root, ['history'], { now: WEEKS_NOW })).split('\n');
    assert.ok(lines.includes('items done per week, mean 1.6, 5 weeks'), lines.join('\n'));
    assert.ok(lines.includes(`4 remaining: ${FORECAST_ASCII}`), lines.join('\n'));
    // Bold lead and all: a space after it, then the dates (the trials note does not fit 80 columns).
    const terminal = plain(await text(root, ['history'], { now: WEEKS_NOW, tty: true, columns: 80 })).split('\n');
    assert.ok(terminal.includes('4 remaining: P50 2026-02-25 · P85 2026-02-25 · P95 2026-03-04'), terminal.join('\n'));
  });
});

describe('help', () => {
  const OPTIONS: Readonly<Record<string, readonly string[]>> = {
    history: ['--json', '--sections', '--by commit|day|week', '--section NAME', '--since DATE', '--until DATE', '--all-parents', '--no-working-tree', '--no-cache', '--seed N', '--include GLOB', '--exclude GLOB', '--config FILE', '--no-color', '-h, --help'],
    burndown: ['--json', '--by commit|day|week', '--section NAME', '--since DATE', '--until DATE', '--all-parents', '--no-working-tree', '--no-cache', '--seed N', '--include GLOB', '--exclude GLOB', '--config FILE', '--no-color', '-h, --help'],
    report: ['-o, --out FILE', '--week YYYY-Www', '--date YYYY-MM-DD', '--title TEXT', '--every-day', '--section NAME', '--since DATE', '--until DATE', '--no-cache', '--seed N', '-h, --help'],
  };

  for (const [command, options] of Object.entries(OPTIONS)) {
    test(`${command} --help, -h and 'help ${command}' print the same usage, without reading anything`, async () => {
      const nowhere = '/nonexistent/headway-test';
      const runs = await Promise.all([[command, '--help'], [command, '-h'], ['help', command]].map((args) => headway(nowhere, args)));
      for (const run of runs) {
        assert.equal(run.code, 0);
        assert.equal(run.stderr, '');
        assert.equal(run.stdout, runs[0]!.stdout);
      }
      const help = runs[0]!.stdout;
      assert.ok(help.startsWith(`Usage: headway ${command} `), help);
      for (const option of options) assert.ok(help.includes(`  ${option} `), `${command} --help lists ${option}`);
    });
  }

  test('headway --help lists the history commands', async () => {
    const run = await headway('/nonexistent/headway-test', ['--help']);
    assert.equal(run.code, 0);
    assert.match(run.stdout, /\n {2}history +Burn-up, throughput and forecast from the git history\n/);
    assert.match(run.stdout, /\n {2}burndown +Burndown chart with the forecast cone\n/);
    assert.match(run.stdout, /\n {2}report +Generate Markdown reports: status, weekly, burndown, daily\n/);
  });
});

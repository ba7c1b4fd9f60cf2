/**
 * `headway report status|weekly|burndown|daily` through the CLI entry (`runCli`) in this
 * process, on a small repository with fixed dates and a fixed clock: each report kind exactly,
 * `--out` (atomic, errors as IoErrors) and the usage errors.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { runCli } from '../../src/cli/cli.js';
import type { CliIo } from '../../src/cli/io.js';
import { makeRepo, type TestRepo } from '../helpers/git-repo.js';

// "Today" and the working tree's date are local (`todayOf`, `localDateTime`): one zone for every
// machine, so the fixed clock falls on the same day everywhere. Each test file runs in its own process.
process.env.TZ = 'UTC';

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Wednesday of ISO week 2026-W11. */
const NOW = '2026-03-11T12:00:00Z';

/** Runs `headway …args` in `cwd` with captured streams (not terminals) and the clock at NOW. */
async function headway(cwd: string, args: readonly string[]): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: { write: (text) => void (stdout += text), isTTY: false, columns: undefined },
    stderr: { write: (text) => void (stderr += text), isTTY: false, columns: undefined },
    env: {},
    cwd,
    now: () => new Date(NOW),
  };
  const code = await runCli(args, io);
  return { code, stdout, stderr };
}

// ---------------------------------------------------------------------------------------------
// A roadmap with two phases over two ISO weeks:
//
//   2026-03-02 (W10)  start      core 0-2, polish 0-2 open
//   2026-03-03 (W10)  core 0     core 0 done
//   2026-03-04 (W10)  block      a blocked item added to Phase 2
//   2026-03-10 (W11)  core done  core 1, core 2 and polish 0 done: Phase 1 complete
// ---------------------------------------------------------------------------------------------

const BLOCKED = '- [ ] 🚫 Blocked: deploy (waiting on ops)\n';
const roadmap = (core: number, polish: number, extra = ''): string =>
  `# Roadmap\n\n## Phase 1: Core\n\n${[0, 1, 2].map((i) => `- [${i < core ? 'x' : ' '}] core ${i}\n`).join('')}\n## Phase 2: Polish\n\n${[0, 1, 2].map((i) => `- [${i < polish ? 'x' : ' '}] polish ${i}\n`).join('')}${extra}`;

const NO_FORECAST = 'No forecast — 2 weeks of history; a forecast needs at least 4.';

describe('headway report', () => {
  let repo: TestRepo;
  let root: string;
  /** A folder outside the repository for --out files (a report inside would become a document). */
  let out: string;
  before(async () => {
    repo = await makeRepo([
      { date: '2026-03-02T09:00:00Z', message: 'start', files: { 'roadmap.md': roadmap(0, 0) } },
      { date: '2026-03-03T10:00:00Z', message: 'core 0', files: { 'roadmap.md': roadmap(1, 0) } },
      { date: '2026-03-04T11:00:00Z', message: 'block', files: { 'roadmap.md': roadmap(1, 0, BLOCKED) } },
      { date: '2026-03-10T10:00:00Z', message: 'core done', files: { 'roadmap.md': roadmap(3, 1, BLOCKED) } },
    ]);
    root = realpathSync(repo.root);
    out = realpathSync(mkdtempSync(join(tmpdir(), 'headway-report-out-')));
  });
  after(async () => {
    await repo.cleanup();
    rmSync(out, { recursive: true, force: true });
  });

  /** The report's text, failing on a non-zero exit or anything on stderr. */
  async function report(args: readonly string[]): Promise<string> {
    const run = await headway(root, ['report', ...args]);
    assert.equal(run.stderr, '');
    assert.equal(run.code, 0);
    return run.stdout;
  }

  test('status: items by state, then each milestone with status, progress, dates, forecast and blockers', async () => {
    assert.equal(
      await report(['status']),
      `# Implementation Status

*Last Updated: 2026-03-11 12:00 UTC*

## Overall Progress

| Metric             | Count | Percentage |
|--------------------|------:|-----------:|
| Total items        |     7 |       100% |
| Completed          |     4 |        57% |
| In progress        |     0 |         0% |
| Blocked            |     1 |        14% |
| Not started (open) |     2 |        29% |

## Milestone Status

### Phase 1: Core
- **Status**: Complete
- **Progress**: 3/3 items (100%)
- **Started**: 2026-03-03
- **Actual Completion**: 2026-03-10

### Phase 2: Polish
- **Status**: In Progress
- **Progress**: 1/4 items (25%)
- **Started**: 2026-03-10
- **Estimated Completion**: ${NO_FORECAST}
- **Blocking Issues**:
  - deploy (waiting on ops)
`,
    );
  });

  test('status --title: the title, escaped as Markdown', async () => {
    const text = await report(['status', '--title', 'Q1 *Status* <draft>']);
    assert.ok(text.startsWith('# Q1 \\*Status\\* \\<draft>\n\n*Last Updated: 2026-03-11 12:00 UTC*\n'), text);
  });

  test('weekly: this week by default (2026-W11): progress, achievements, blockers, scope, forecast', async () => {
    assert.equal(
      await report(['weekly']),
      `## Week of 2026-03-09 — Weekly Summary

*2026-W11: 2026-03-09 to 2026-03-15*

### Milestone Progress

- Phase 1: Core: 3/3 items - 100% complete (+2 done this week)
- Phase 2: Polish: 1/4 items - 25% complete (+1 done this week)
- Overall: 4/7 items - 57% complete (+3 done this week)

### Key Achievements

1. core 1 — Phase 1: Core (2026-03-10)
2. core 2 — Phase 1: Core (2026-03-10)
3. polish 0 — Phase 2: Polish (2026-03-10)

### Blockers and Risks

1. Blocker: deploy (waiting on ops)
   - Section: Phase 2: Polish
   - Reason: waiting on ops
   - Blocked since: 2026-03-04

### Scope Changes

No items added or removed.

### Forecast

${NO_FORECAST}
`,
    );
  });

  test('weekly --week 2026-W10: the first week, its scope added', async () => {
    assert.equal(
      await report(['weekly', '--week', '2026-W10']),
      `## Week of 2026-03-02 — Weekly Summary

*2026-W10: 2026-03-02 to 2026-03-08*

### Milestone Progress

- Phase 1: Core: 1/3 items - 33% complete (+1 done, scope +3 this week)
- Phase 2: Polish: 0/4 items - 0% complete (scope +4 this week)
- Overall: 1/7 items - 14% complete (+1 done, scope +7 this week)

### Key Achievements

1. core 0 — Phase 1: Core (2026-03-03)

### Blockers and Risks

1. Blocker: deploy (waiting on ops)
   - Section: Phase 2: Polish
   - Reason: waiting on ops
   - Blocked since: 2026-03-04

### Scope Changes

7 items added, 0 removed (net +7).

- Added: core 0 — Phase 1: Core (2026-03-02)
- Added: core 1 — Phase 1: Core (2026-03-02)
- Added: core 2 — Phase 1: Core (2026-03-02)
- Added: polish 0 — Phase 2: Polish (2026-03-02)
- Added: polish 1 — Phase 2: Polish (2026-03-02)
- Added: polish 2 — Phase 2: Polish (2026-03-02)
- Added: deploy (waiting on ops) — Phase 2: Polish (2026-03-04)

### Forecast

${NO_FORECAST}
`,
    );
  });

  test('weekly for a week before the history: nothing yet', async () => {
    const text = await report(['weekly', '--week', '2026-W01']);
    assert.ok(text.startsWith('## Week of 2025-12-29 — Weekly Summary\n\n*2026-W01: 2025-12-29 to 2026-01-04*\n'), text);
    assert.ok(text.includes('\n- Overall: no items\n'), text);
    assert.ok(text.includes('\n### Key Achievements\n\nNone this week.\n'), text);
    assert.ok(text.includes('\n### Scope Changes\n\nNo items added or removed.\n'), text);
  });

  test('burndown: a row per day with a change, the scope, the forecast', async () => {
    assert.equal(
      await report(['burndown']),
      `## roadmap.md Burndown

| Date       | Remaining Items | Completed Today | Scope Change | Blockers                |
|------------|----------------:|----------------:|-------------:|-------------------------|
| 2026-03-02 |               6 |               0 |            — | None                    |
| 2026-03-03 |               5 |               1 |            0 | None                    |
| 2026-03-04 |               6 |               0 |           +1 | deploy (waiting on ops) |
| 2026-03-10 |               3 |               3 |            0 | deploy (waiting on ops) |

Scope 6 → 7 items: 4 done, 3 remaining.

Forecast: ${NO_FORECAST}
`,
    );
  });

  test('burndown --section: the milestone alone, done', async () => {
    assert.equal(
      await report(['burndown', '--section', 'phase 1: core']),
      `## Phase 1: Core Burndown

| Date       | Remaining Items | Completed Today | Scope Change | Blockers |
|------------|----------------:|----------------:|-------------:|----------|
| 2026-03-02 |               3 |               0 |            — | None     |
| 2026-03-03 |               2 |               1 |            0 | None     |
| 2026-03-10 |               0 |               2 |            0 | None     |

Scope 3 items: 3 done, 0 remaining.

Forecast: Done: nothing left to forecast
`,
    );
  });

  test('burndown --every-day: a row for each of the nine days', async () => {
    const rows = (await report(['burndown', '--every-day'])).split('\n').filter((line) => /^\| 2026-/.test(line));
    assert.deepEqual(rows.map((row) => row.slice(2, 12)), ['02', '03', '04', '05', '06', '07', '08', '09', '10'].map((day) => `2026-03-${day}`));
    assert.equal(rows[5], '| 2026-03-07 |               6 |               0 |            0 | deploy (waiting on ops) |');
  });

  test('burndown --section naming no section is a usage error', async () => {
    const run = await headway(root, ['report', 'burndown', '--section', 'Phase 9']);
    assert.equal(run.code, 2);
    assert.equal(run.stdout, '');
    assert.equal(run.stderr, "headway: no section 'Phase 9' in the history of these documents (see 'headway status' for section titles)\n");
  });

  test('daily --date: the items that changed state that day, with their commit', async () => {
    const sha = repo.sha('core done').slice(0, 7);
    assert.equal(
      await report(['daily', '--date', '2026-03-10']),
      `## 2026-03-10 — Daily Log

3 items changed state in 1 document: 3 done.

### \`roadmap.md\`

#### Roadmap › Phase 1: Core

- core 1: open → done (\`${sha}\`)
- core 2: open → done (\`${sha}\`)

#### Roadmap › Phase 2: Polish

- polish 0: open → done (\`${sha}\`)
`,
    );
  });

  test('daily: today by default, a quiet day', async () => {
    assert.equal(await report(['daily']), '## 2026-03-11 — Daily Log\n\nNo item changed state.\n');
  });

  test('--out writes the report to the file, nothing to stdout, and leaves no temporary file', async () => {
    const folder = mkdtempSync(join(out, 'write-'));
    const target = join(folder, 'status.md');
    const run = await headway(root, ['report', 'status', '--out', target]);
    assert.deepEqual(run, { code: 0, stdout: '', stderr: '' });
    assert.equal(readFileSync(target, 'utf8'), await report(['status']));
    assert.deepEqual(readdirSync(folder), ['status.md']);
  });

  test('-o replaces an existing file whole; a relative path is taken from the working folder', async () => {
    const folder = mkdtempSync(join(out, 'replace-'));
    const target = join(folder, 'weekly.md');
    writeFileSync(target, 'an old report, much longer than the new one would be if it were only partly overwritten\n'.repeat(100));
    const run = await headway(root, ['report', 'daily', '-o', relative(root, target)]);
    assert.deepEqual(run, { code: 0, stdout: '', stderr: '' });
    assert.equal(readFileSync(target, 'utf8'), '## 2026-03-11 — Daily Log\n\nNo item changed state.\n');
    assert.deepEqual(readdirSync(folder), ['weekly.md']);
  });

  test('--out into a missing folder: an IoError naming the file, exit 2', async () => {
    const folder = mkdtempSync(join(out, 'missing-'));
    const target = join(folder, 'no', 'such', 'status.md');
    const run = await headway(root, ['report', 'status', '--out', target]);
    assert.equal(run.code, 2);
    assert.equal(run.stdout, '');
    // The message says "cannot read" for a write today (reported); the path and the reason are what matter.
    assert.equal(run.stderr.replace('cannot read', 'cannot write'), `headway: cannot write ${target}: no such file or directory\n`);
    assert.deepEqual(readdirSync(folder), []);
  });

  test('--out onto a folder: an IoError, and the temporary file is removed', async () => {
    const folder = mkdtempSync(join(out, 'onto-folder-'));
    mkdirSync(join(folder, 'taken.md'));
    writeFileSync(join(folder, 'taken.md', 'keep.txt'), 'keep\n');
    const run = await headway(root, ['report', 'status', '--out', join(folder, 'taken.md')]);
    assert.equal(run.code, 2);
    assert.equal(run.stdout, '');
    assert.match(run.stderr, /^headway: cannot (?:read|write) .*taken\.md: is a directory\n$/);
    assert.deepEqual(readdirSync(folder), ['taken.md'], 'no .tmp left beside it');
    assert.deepEqual(readdirSync(join(folder, 'taken.md')), ['keep.txt']);
  });

  test('which report: missing or unknown kinds are usage errors with a hint', async () => {
    const cases: [readonly string[], string][] = [
      [['report'], "headway: which report? status, weekly, burndown or daily (see 'headway report --help')\n"],
      [['report', 'monthly'], "headway: unknown report 'monthly': status, weekly, burndown or daily (see 'headway report --help')\n"],
      [['report', 'Status'], "headway: unknown report 'Status': status, weekly, burndown or daily (did you mean 'status'? see 'headway report --help')\n"],
      [['report', 'status', '--by', 'week'], "headway: unknown option '--by' (see 'headway report --help')\n"],
    ];
    for (const [args, stderr] of cases) assert.deepEqual(await headway(root, args), { code: 2, stdout: '', stderr }, args.join(' '));
  });

  test('--week and --date are validated before anything is read', async () => {
    const nowhere = '/nonexistent/headway-test';
    for (const week of ['2026-10', 'W10', '2026-W1', '2026-W00', '2026-W60', '2025-W53', '2026-w10']) {
      assert.deepEqual(await headway(nowhere, ['report', 'weekly', '--week', week]), {
        code: 2,
        stdout: '',
        stderr: `headway: --week takes an ISO week like 2026-W09, not '${week}' (see 'headway report --help')\n`,
      });
    }
    for (const date of ['2026-02-30', 'yesterday', '2026-3-1', '2026-03-01T10:00', '']) {
      assert.deepEqual(await headway(nowhere, ['report', 'daily', '--date', date]), {
        code: 2,
        stdout: '',
        stderr: `headway: --date takes a day like 2026-03-01, not '${date}' (see 'headway report --help')\n`,
      });
    }
    // 2026 has a week 53 (it starts on a Thursday).
    assert.ok((await report(['weekly', '--week', '2026-W53'])).startsWith('## Week of 2026-12-28 — Weekly Summary\n'));
  });
});

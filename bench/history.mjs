#!/usr/bin/env node
// `headway history` on the reference history (5,001 commits, 20 documents), whole processes,
// measured (never asserted in tests). See bench/README.md, "History".
//
//   (a) cold: `headway history --json` after `rm -rf .headway`, alternating with
//   (b) the baseline: one `git log --raw` + one `git cat-file --batch` + a regex count
//   (c) warm: a second run        (d) after one new commit        (e) peak RSS of the cold run
//
// usage: node bench/history.mjs [--repo DIR] [--runs N]
import { statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { benchHistory } from './lib/bench-history.mjs';
import { buildStamp, checkBuild, describeMachine, watchOtherWork } from './lib/environment.mjs';
import { ensureRepo, REFERENCE, takeRepo } from './lib/history-repo.mjs';
import { CLI, REPO_ROOT } from './lib/paths.mjs';
import { printTable } from './lib/report.mjs';
import { mib, millis, ratio, seconds } from './lib/stats.mjs';

const USAGE = `usage: node bench/history.mjs [--repo DIR] [--runs N]

  --repo DIR  measure the git repository DIR instead of the cached reference one (built there
              if DIR is missing or empty; otherwise measured as it is, never rebuilt). Its
              tracked files must be clean: the benchmark commits, then resets to where it was.
  --runs N    runs of each measurement (default 5)
`;

/** The issue's targets. Peak RSS is judged in decimal MB: 500 MB = 477 MiB. */
const TARGETS = { coldRatio: 4, coldMs: 3000, warmMs: 500, incrementalMs: 300, coldRssBytes: 500e6 };

const log = (line) => console.error(line);

function readArgs(argv) {
  const { values } = parseArgs({ args: argv, options: { repo: { type: 'string' }, runs: { type: 'string', default: '5' }, help: { type: 'boolean', short: 'h' } } });
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a positive integer, not ${values.runs}`);
  return { repo: values.repo, runs, help: values.help === true };
}

/** Same wording as bench/status.mjs. */
function describeOtherWork(cores) {
  if (cores === null) return 'other work on the machine: unknown (no /proc)';
  const verdict = cores < 0.1 ? 'the machine was quiet' : 'other work competed for the cores: figures are slower than on a quiet machine';
  return `other processes kept ${cores.toFixed(2)} cores busy on average during the run — ${verdict}`;
}

const verdict = (pass) => (pass ? 'PASS' : 'MISS');

function targetRows({ cold, baseline, warm, incremental }, reference) {
  const judged = (pass) => verdict(pass) + (reference ? '' : ' (other repository)');
  const coldRatio = cold.medianMs / baseline.medianMs;
  return [
    ['history cold / baseline (median wall)', ratio(coldRatio), `< ${ratio(TARGETS.coldRatio)}`, judged(coldRatio < TARGETS.coldRatio)],
    ['history cold (median wall)', seconds(cold.medianMs), `< ${seconds(TARGETS.coldMs)}`, judged(cold.medianMs < TARGETS.coldMs)],
    ['history warm, second run (median wall)', millis(warm.medianMs), `< ${millis(TARGETS.warmMs)}`, judged(warm.medianMs < TARGETS.warmMs)],
    ['history after one new commit (median wall)', millis(incremental.medianMs), `< ${millis(TARGETS.incrementalMs)}`, judged(incremental.medianMs < TARGETS.incrementalMs)],
    ['history cold, peak RSS (highest run)', mib(cold.peakRssKiB), '< 500 MB (477 MiB)', judged(cold.peakRssKiB * 1024 < TARGETS.coldRssBytes)],
  ];
}

function printResults(results, repo, runs, otherCores) {
  const { history } = results;
  console.log(`\n${describeMachine()}`);
  console.log(describeOtherWork(otherCores));
  const kind = repo.reference ? 'the reference repository' : 'NOT the reference repository: figures are not comparable to the targets';
  console.log(`repository: ${repo.dir} — ${history.commits} commits, ${history.documents} documents, ${history.versions} versions, ${(history.bytes / 1e6).toFixed(1)} MB (${kind}); runs: ${runs}`);
  console.log('\nWhole processes, stdout to /dev/null');
  const rows = [results.baseline, results.cold, results.warm, results.incremental].map((r) => [r.name, seconds(r.medianMs), seconds(r.minMs), mib(r.peakRssKiB)]);
  printTable(['process (whole)', 'median', 'min', 'peak RSS'], rows);
  console.log('\nTargets');
  printTable(['target', 'measured', 'goal', 'verdict'], targetRows(results, repo.reference));
}

async function main() {
  const args = readArgs(process.argv.slice(2));
  if (args.help) return void process.stdout.write(USAGE);
  const stale = checkBuild();
  if (stale) log(`warning: ${stale}`);
  const repo = ensureRepo({ requested: args.repo, repoRoot: REPO_ROOT, log });
  log(`repository: ${repo.dir} at ${repo.head.slice(0, 12)}, ${repo.commits} commits${repo.reference ? ' (the reference one)' : ` (NOT the reference one, ${REFERENCE.head.slice(0, 12)})`}${repo.built ? ', just built' : ''}`);
  const state = takeRepo(repo);
  // Ctrl-C reaches the children too; put the repository back before going.
  const interrupted = () => {
    state.restore();
    process.exit(130);
  };
  process.once('SIGINT', interrupted);
  const otherWork = watchOtherWork();
  const builtBefore = buildStamp();
  const bundledBefore = statSync(CLI).mtimeMs;
  let results;
  try {
    results = await benchHistory({ repo, state, runs: args.runs, log });
  } catch (error) {
    log(`history benchmark failed: ${error.message}`);
    process.exitCode = 1;
    return;
  } finally {
    state.restore();
    process.off('SIGINT', interrupted);
  }
  printResults(results, repo, args.runs, otherWork());
  if (buildStamp() !== builtBefore) log('\nwarning: dist/ was rebuilt during the run: figures may mix two builds; run again');
  // The cache is keyed by a hash of the bundle: a rebuild midway makes a "warm" run a cold one.
  if (statSync(CLI).mtimeMs !== bundledBefore) log(`\nwarning: ${CLI} was rebuilt during the run: the cache was invalidated midway, warm figures may be cold ones; run again`);
  process.exitCode = 0;
}

try {
  await main();
} catch (error) {
  log(`${error.message}\n\n${USAGE}`);
  process.exitCode = 2;
}

// The history benchmark: `headway history --json` as whole processes in the repository —
// cold (no cache), against the baseline that only reads every version and counts boxes;
// warm (a second run); and after one new commit.
import { join } from 'node:path';
import { commitTick } from './history-repo.mjs';
import { assertSucceeded, runNode } from './run-process.mjs';
import { CLI, LIB, RSS_WRAP } from './paths.mjs';
import { max, median, min } from './stats.mjs';

/** Every process runs through rss-wrap.mjs, which reports its peak RSS (worker threads included). */
const HEADWAY = [RSS_WRAP, CLI, 'history', '--json'];
const BASELINE = [RSS_WRAP, join(LIB, 'history-baseline.mjs')];

const secondsOf = (result) => `${(result.ms / 1000).toFixed(2)} s`;

function summarize(name, runs) {
  const times = runs.map((run) => run.ms);
  return { name, medianMs: median(times), minMs: min(times), peakRssKiB: max(runs.map((run) => run.maxRssKiB ?? 0)), times };
}

/** One run of headway in the repository; throws unless it exits 0. */
async function headway(repo, keepStdout = false) {
  return assertSucceeded('headway history --json', await runNode(HEADWAY, { cwd: repo.dir, keepStdout }));
}

async function baseline(repo, keepStdout = false) {
  return assertSucceeded('baseline', await runNode(BASELINE, { cwd: repo.dir, keepStdout }));
}

/**
 * One untimed run of each with stdout kept: warms the page cache and checks that both read the
 * same history — as many commits, and headway a document for each one the baseline counted.
 */
async function warmUpAndCheck(repo, state, log) {
  const base = await baseline(repo, true);
  const [commits, versions, bytes] = base.stdout.trim().split(' ').map(Number);
  state.clearCache();
  const run = await headway(repo, true);
  const json = JSON.parse(run.stdout);
  if (json.commits !== commits) throw new Error(`headway read ${json.commits} commits, the baseline ${commits}`);
  // Equal on the reference repository; elsewhere the baseline also reads vendored folders and
  // counts a rename as a new file, so a difference is worth a word, not a failure.
  const replayed = json.documents.reduce((n, document) => n + document.versions, 0);
  if (replayed !== versions) log(`  note: headway replayed ${replayed} versions, the baseline read ${versions}`);
  log(`  warm-up: baseline ${secondsOf(base)}, ${commits} commits, ${versions} versions, ${(bytes / 1e6).toFixed(1)} MB; headway (cold) ${secondsOf(run)}, ${json.documents.length} documents`);
  return { commits, versions, bytes, documents: json.documents.length };
}

/** (a) cold, no `.headway/`, alternating with (b) the baseline; the order swaps every round. */
async function coldRounds(repo, state, runs, log) {
  const cold = [];
  const base = [];
  for (let round = 0; round < runs; round++) {
    const contestants = [
      async () => (state.clearCache(), cold.push(await headway(repo))),
      async () => base.push(await baseline(repo)),
    ];
    if (round % 2 === 1) contestants.reverse();
    for (const contestant of contestants) await contestant();
    log(`  round ${round + 1}/${runs}: cold ${secondsOf(cold.at(-1))}, baseline ${secondsOf(base.at(-1))}`);
  }
  return { cold: summarize('headway history --json, cold (no .headway/)', cold), baseline: summarize('baseline: 1 git log + 1 cat-file --batch + regex count', base) };
}

/** (c) a second run: the cache holds every document's history. */
async function warmRuns(repo, runs, log) {
  await headway(repo); // fills the cache, whatever ran last
  const warm = [];
  for (let run = 0; run < runs; run++) warm.push(await headway(repo));
  log(`  warm: ${warm.map(secondsOf).join(', ')}`);
  return summarize('headway history --json, warm (second run)', warm);
}

/** (d) each run: back to the original HEAD, an untimed run to fit the cache to it, one commit, the timed run. */
async function incrementalRuns(repo, state, runs, log) {
  const after = [];
  let document = '';
  for (let run = 0; run < runs; run++) {
    state.resetHead();
    await headway(repo);
    document = commitTick(repo);
    after.push(await headway(repo));
  }
  state.resetHead();
  log(`  after one commit (to ${document}): ${after.map(secondsOf).join(', ')}`);
  return summarize('headway history --json, after one new commit', after);
}

/** Runs the three in order (each needs the cache the one before leaves); `state` from takeRepo(). */
export async function benchHistory({ repo, state, runs, log }) {
  const history = await warmUpAndCheck(repo, state, log);
  log(`\n(a) cold / (b) baseline, ${runs} rounds`);
  const { cold, baseline: base } = await coldRounds(repo, state, runs, log);
  log(`\n(c) warm, ${runs} runs`);
  const warm = await warmRuns(repo, runs, log);
  log(`\n(d) after one new commit, ${runs} runs`);
  const incremental = await incrementalRuns(repo, state, runs, log);
  return { history, baseline: base, cold, warm, incremental };
}

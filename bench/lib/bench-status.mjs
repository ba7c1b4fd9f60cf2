// Benchmark 1: the whole `headway status --json DIR` process against bare parses of the same
// files, each its own process, alternating in the same run.
import { join } from 'node:path';
import { assertSucceeded, runNode } from './run-process.mjs';
import { CLI, HEADWAY_EXITS, LIB, RSS_WRAP } from './paths.mjs';
import { max, mbPerSecond, median, min } from './stats.mjs';

/** The three processes, each run through rss-wrap.mjs so it reports its own peak RSS. */
function contestants(dir) {
  const baseline = (script) => [RSS_WRAP, join(LIB, script), dir];
  return [
    { id: 'markdown-it', name: 'markdown-it parse (1 thread)', args: baseline('parse-markdown-it.mjs'), count: countLines },
    { id: 'lezer', name: '@lezer/markdown+GFM parse (1 thread)', args: baseline('parse-lezer.mjs'), count: countLines },
    { id: 'headway', name: 'headway status --json', args: [RSS_WRAP, CLI, 'status', '--json', dir], count: countDocuments, exits: HEADWAY_EXITS },
  ];
}

/** Files a baseline read: the first number it prints. */
function countLines(stdout) {
  return Number(stdout.trim().split(' ')[0]);
}

/** Documents in headway's JSON. */
function countDocuments(stdout) {
  return JSON.parse(stdout).documents.length;
}

/**
 * One untimed run of each with stdout kept: warms the page cache and the disk, and checks that
 * every contestant read every file (and that headway exits 0 with valid JSON).
 */
async function warmUpAndCheck(list, corpus, log) {
  for (const contestant of list) {
    const result = assertSucceeded(contestant.name, await runNode(contestant.args, { keepStdout: true, cwd: corpus.dir }), contestant.exits);
    const count = contestant.count(result.stdout);
    if (count !== corpus.files) throw new Error(`${contestant.name} saw ${count} files, expected ${corpus.files}`);
    log(`  warm-up ${contestant.name}: ${(result.ms / 1000).toFixed(2)} s, ${count} files`);
  }
}

/** `list` rotated left by `by`, so no contestant always runs first (or right after the same one). */
function rotate(list, by) {
  const k = by % list.length;
  return [...list.slice(k), ...list.slice(0, k)];
}

function summarize(contestant, runs, bytes) {
  const times = runs.map((run) => run.ms);
  const medianMs = median(times);
  return {
    id: contestant.id,
    name: contestant.name,
    medianMs,
    minMs: min(times),
    mbPerSecond: mbPerSecond(bytes, medianMs),
    peakRssKiB: max(runs.map((run) => run.maxRssKiB)),
  };
}

/** Runs the rounds; resolves one summary per contestant, by id. */
export async function benchStatus({ corpus, rounds, log }) {
  const list = contestants(corpus.dir);
  await warmUpAndCheck(list, corpus, log);
  const runs = new Map(list.map((contestant) => [contestant.id, []]));
  for (let round = 0; round < rounds; round++) {
    const line = [];
    for (const contestant of rotate(list, round)) {
      const result = assertSucceeded(contestant.name, await runNode(contestant.args, { cwd: corpus.dir }), contestant.exits);
      runs.get(contestant.id).push(result);
      line.push(`${contestant.id} ${(result.ms / 1000).toFixed(2)} s`);
    }
    log(`  round ${round + 1}/${rounds}: ${line.join(', ')}`);
  }
  return Object.fromEntries(list.map((contestant) => [contestant.id, summarize(contestant, runs.get(contestant.id), corpus.bytes)]));
}

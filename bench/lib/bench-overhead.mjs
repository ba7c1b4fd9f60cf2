// Benchmark 2: single-threaded cost of the full per-file pipeline over the bare parse.
import { join } from 'node:path';
import { assertSucceeded, runNode } from './run-process.mjs';
import { LIB } from './paths.mjs';
import { mbPerSecond, median, min } from './stats.mjs';

function summarize(times, bytes) {
  const medianMs = median(times);
  return { medianMs, minMs: min(times), mbPerSecond: mbPerSecond(bytes, medianMs) };
}

/**
 * Runs the measuring process (its own, so its heap starts clean and --expose-gc is allowed)
 * and resolves `{ parse, analyze, ratio }`; ratio = median analyze / median parse.
 */
export async function benchOverhead({ corpus, rounds, log }) {
  const args = ['--expose-gc', join(LIB, 'overhead-child.mjs'), corpus.dir, String(rounds)];
  const result = assertSucceeded('overhead benchmark', await runNode(args, { keepStdout: true }));
  const { bytes, times } = JSON.parse(result.stdout);
  const format = (list) => list.map((ms) => (ms / 1000).toFixed(2)).join(' ');
  log(`  parse   (s): ${format(times.parse)}`);
  log(`  analyze (s): ${format(times.analyze)}`);
  const parse = summarize(times.parse, bytes);
  const analyze = summarize(times.analyze, bytes);
  return { parse, analyze, ratio: analyze.medianMs / parse.medianMs };
}

#!/usr/bin/env node
// Headway's performance targets, measured (never asserted in tests). See bench/README.md.
//
//   1. status:   `headway status --json` on the 20 MB reference corpus vs bare parses, whole processes
//   2. overhead: analyze() vs parse() on one thread, files in memory
//   3. seed:     `headway status` on one seed document, whole process, vs `node -e 0`
//
// usage: node bench/status.mjs [--rounds N] [--corpus DIR] [--only status|overhead|seed]
import { readArgs, USAGE } from './lib/args.mjs';
import { benchOverhead } from './lib/bench-overhead.mjs';
import { benchSeed, SEED_RUNS } from './lib/bench-seed.mjs';
import { benchStatus } from './lib/bench-status.mjs';
import { ensureCorpus, warmPageCache } from './lib/corpus.mjs';
import { buildStamp, checkBuild, describeMachine, watchOtherWork } from './lib/environment.mjs';
import { REPO_ROOT } from './lib/paths.mjs';
import * as report from './lib/report.mjs';

const log = (line) => console.error(line);

/** Runs `fn`, keeping its result, or its error so the other benchmarks still run. */
async function attempt(name, errors, fn) {
  try {
    return await fn();
  } catch (error) {
    errors[name] = error;
    log(`  ${name} failed: ${error.message}`);
    return null;
  }
}

function prepareCorpus(args) {
  const corpus = ensureCorpus({ requested: args.corpus, repoRoot: REPO_ROOT, log });
  warmPageCache(corpus.dir);
  const kind = corpus.reference ? 'reference corpus' : 'NOT the reference corpus: figures are not comparable to the targets';
  log(`corpus: ${corpus.dir} — ${corpus.files} files, ${corpus.bytes.toLocaleString('en')} bytes (${kind}${corpus.built ? ', just built' : ''})`);
  return corpus;
}

/** One line on how busy the machine was with work other than ours. */
function describeOtherWork(cores) {
  if (cores === null) return 'other work on the machine: unknown (no /proc)';
  const verdict = cores < 0.1 ? 'the machine was quiet' : 'other work competed for the cores: figures are slower than on a quiet machine';
  return `other processes kept ${cores.toFixed(2)} cores busy on average during the run — ${verdict}`;
}

function printResults({ status, overhead, seed, errors, otherCores }, args, corpus) {
  console.log(`\n${describeMachine()}`);
  console.log(describeOtherWork(otherCores));
  if (corpus) console.log(`corpus: ${corpus.files} files, ${(corpus.bytes / 1e6).toFixed(1)} MB${corpus.reference ? '' : ' (NOT the reference corpus)'}; rounds: ${args.rounds}`);
  if (status) {
    console.log('\n1. Whole processes on the corpus, alternating');
    report.printTable(report.STATUS_HEADERS, report.statusRows(status));
  }
  if (overhead) {
    console.log('\n2. One thread, every file in memory, alternating');
    report.printTable(report.OVERHEAD_HEADERS, report.overheadRows(overhead));
  }
  if (seed) {
    console.log(`\n3. One document, whole process, ${SEED_RUNS} runs each, alternating`);
    report.printTable(report.SEED_HEADERS, report.seedRows(seed));
  }
  console.log('\nTargets');
  report.printTable(report.TARGET_HEADERS, report.targetRows({ status, overhead, seed, errors, corpus }));
}

async function main() {
  const args = readArgs(process.argv.slice(2));
  if (args.help) return void process.stdout.write(USAGE);
  const stale = checkBuild();
  if (stale) log(`warning: ${stale}`);
  const errors = {};
  const otherWork = watchOtherWork();
  const builtBefore = buildStamp();
  const needsCorpus = args.only.has('status') || args.only.has('overhead');
  const corpus = needsCorpus ? prepareCorpus(args) : null;
  const results = { errors };
  if (args.only.has('status')) {
    log(`\n1. status: markdown-it / lezer / headway, ${args.rounds} rounds`);
    results.status = await attempt('status', errors, () => benchStatus({ corpus, rounds: args.rounds, log }));
  }
  if (args.only.has('overhead')) {
    log(`\n2. overhead: parse vs analyze, ${args.rounds} rounds`);
    results.overhead = await attempt('overhead', errors, () => benchOverhead({ corpus, rounds: args.rounds, log }));
  }
  if (args.only.has('seed')) {
    log(`\n3. seed: node -e 0 / headway status, ${SEED_RUNS} runs`);
    results.seed = await attempt('seed', errors, () => benchSeed({ log }));
  }
  results.otherCores = otherWork();
  printResults(results, args, corpus);
  if (buildStamp() !== builtBefore) log('\nwarning: dist/ was rebuilt during the run: figures may mix two builds; run again');
  process.exitCode = Object.keys(errors).length > 0 ? 1 : 0;
}

try {
  await main();
} catch (error) {
  log(`${error.message}\n\n${USAGE}`);
  process.exitCode = 2;
}

#!/usr/bin/env node
// Runs headway once under `node --cpu-prof` (every thread writes its own profile) and prints
// the functions and areas with the most self time, all threads together.
//
// usage: node bench/cpu-profile.mjs [--top N] [-- HEADWAY ARGS…]
//   default args: status --json <the cached reference corpus>; stdout goes to /dev/null.
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ensureCorpus } from './lib/corpus.mjs';
import { summarizeProfiles } from './lib/cpu-profile-summary.mjs';
import { CLI, HEADWAY_EXITS, REPO_ROOT } from './lib/paths.mjs';
import { printTable } from './lib/report.mjs';
import { assertSucceeded, runNode } from './lib/run-process.mjs';

const { values, positionals } = parseArgs({ options: { top: { type: 'string', default: '25' } }, allowPositionals: true });
const log = (line) => console.error(line);
const headwayArgs = positionals.length > 0
  ? positionals
  : ['status', '--json', ensureCorpus({ repoRoot: REPO_ROOT, log }).dir];

const dir = mkdtempSync(join(tmpdir(), 'headway-cpu-prof-'));
log(`profiling: headway ${headwayArgs.join(' ')}`);
const result = assertSucceeded('headway', await runNode(['--cpu-prof', `--cpu-prof-dir=${dir}`, CLI, ...headwayArgs]), HEADWAY_EXITS);
const files = readdirSync(dir).filter((name) => name.endsWith('.cpuprofile')).map((name) => join(dir, name));
const summary = summarizeProfiles(files, Number(values.top));

const row = ([name, ms]) => [name, `${ms.toFixed(0)} ms`, `${((100 * ms) / summary.busy).toFixed(1)}%`];
const s = (ms) => `${(ms / 1000).toFixed(2)} s`;
console.log(`wall ${s(result.ms)} (slower than unprofiled); ${files.length} thread profiles in ${dir}`);
console.log(`CPU busy ${s(summary.busy)} over all threads, idle ${s(summary.idle)}; shares below are of busy time`);
console.log('\nSelf time by area');
printTable(['area', 'self', 'share'], summary.areas.map(row));
console.log('\nSelf time by function');
printTable(['function  location', 'self', 'share'], summary.functions.map(row));

// Benchmark 3: `headway status SEED` for one real document, whole process, against `node -e 0`.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { assertSucceeded, runNode } from './run-process.mjs';
import { CLI, HEADWAY_EXITS, SHARED } from './paths.mjs';
import { median, min } from './stats.mjs';

export const SEED_RUNS = 20;

/** ../shared/seeds/001_*.txt */
export function findSeed() {
  const seeds = join(SHARED, 'seeds');
  const name = readdirSync(seeds).find((entry) => entry.startsWith('001_'));
  if (!name) throw new Error(`no 001_* seed in ${seeds}`);
  return join(seeds, name);
}

/** Alternates the two processes SEED_RUNS times each after one untimed run of each. */
export async function benchSeed({ log }) {
  const seed = findSeed();
  const contestants = [
    { name: 'floor', args: ['-e', '0'] },
    { name: 'headway', args: [CLI, 'status', seed], exits: HEADWAY_EXITS },
  ];
  const once = async ({ name, args, exits }) => assertSucceeded(name, await runNode(args), exits).ms;
  const times = { floor: [], headway: [] };
  for (const contestant of contestants) await once(contestant);
  for (let run = 0; run < SEED_RUNS; run++) {
    for (const contestant of contestants) times[contestant.name].push(await once(contestant));
  }
  log(`  headway (ms): ${times.headway.map((ms) => ms.toFixed(0)).join(' ')}`);
  const summary = (list) => ({ medianMs: median(list), minMs: min(list) });
  return { seed, floor: summary(times.floor), headway: summary(times.headway) };
}

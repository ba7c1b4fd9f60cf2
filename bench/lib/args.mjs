// Command-line flags of bench/status.mjs.
import { parseArgs } from 'node:util';

export const BENCHMARKS = ['status', 'overhead', 'seed'];

export const USAGE = `usage: node bench/status.mjs [--rounds N] [--corpus DIR] [--only status|overhead|seed]

  --rounds N    rounds of benchmarks 1 and 2 (default 5); benchmark 3 always runs 20 times
  --corpus DIR  measure DIR instead of the cached reference corpus (built there if DIR is
                missing or empty; otherwise measured as it is, never rebuilt)
  --only LIST   run only these benchmarks, comma-separated (default: all three)
`;

/** `{ rounds, corpus, only }` from argv; throws a usage message on bad input. */
export function readArgs(argv) {
  const { values } = parseArgs({
    args: argv,
    options: {
      rounds: { type: 'string', default: '5' },
      corpus: { type: 'string' },
      only: { type: 'string', default: BENCHMARKS.join(',') },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const rounds = Number(values.rounds);
  if (!Number.isInteger(rounds) || rounds < 1) throw new Error(`--rounds must be a positive integer, not ${values.rounds}`);
  const only = values.only.split(',').map((name) => name.trim()).filter(Boolean);
  const unknown = only.filter((name) => !BENCHMARKS.includes(name));
  if (unknown.length > 0) throw new Error(`--only: unknown benchmark ${unknown.join(', ')} (know ${BENCHMARKS.join(', ')})`);
  return { rounds, corpus: values.corpus, only: new Set(only), help: values.help === true };
}

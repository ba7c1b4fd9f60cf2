// What the figures were measured on, and whether dist/ is older than src/.
import { readdirSync, statSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, release, type } from 'node:os';
import { join } from 'node:path';
import { CLI, DIST, REPO_ROOT } from './paths.mjs';

/** One line: date, Node, cores, CPU model, OS. */
export function describeMachine() {
  const model = cpus()[0]?.model.trim() ?? 'unknown CPU';
  return `${new Date().toISOString()} · Node ${process.version} · ${availableParallelism()} cores (${model}) · ${type()} ${release()}`;
}

/** The 1-minute load average: other work on the machine skews every figure. */
export function loadNow() {
  return loadavg()[0];
}

/** Newest modification time of the files under `dir` whose names end with `suffix`. */
function newest(dir, suffix) {
  return readdirSync(dir, { recursive: true })
    .filter((name) => name.endsWith(suffix))
    .reduce((latest, name) => Math.max(latest, statSync(join(dir, name)).mtimeMs), 0);
}

const newestSource = () => newest(join(REPO_ROOT, 'src'), '.ts');

/** When dist/src was last written; compare before and after a run to catch a rebuild midway. */
export const buildStamp = () => newest(DIST, '.js');

/** Throws when there is no build; returns a warning (or null) when src/ changed after it. */
export function checkBuild() {
  let built;
  try {
    built = statSync(CLI).mtimeMs;
  } catch {
    throw new Error(`no build at ${CLI}: run \`npx tsc -p tsconfig.json\` first`);
  }
  return newestSource() > built ? 'src/ has changed since dist/ was built: the figures are for the older build' : null;
}

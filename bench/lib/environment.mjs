// What the figures were measured on, and whether dist/ is older than src/.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { availableParallelism, cpus, release, type } from 'node:os';
import { performance } from 'node:perf_hooks';
import { join } from 'node:path';
import { CLI, DIST, REPO_ROOT } from './paths.mjs';

/** One line: date, Node, cores, CPU model, OS. */
export function describeMachine() {
  const model = cpus()[0]?.model.trim() ?? 'unknown CPU';
  return `${new Date().toISOString()} · Node ${process.version} · ${availableParallelism()} cores (${model}) · ${type()} ${release()}`;
}

/** CPU time (clock ticks) the whole machine spent busy, from /proc/stat: all but idle and iowait. */
function machineBusyTicks() {
  const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1, 9).map(Number);
  const [user, nice, system, idle, iowait, irq, softirq, steal] = fields;
  return user + nice + system + irq + softirq + steal;
}

/** CPU time (clock ticks) of this process and of every child it has reaped, from /proc/self/stat. */
function ownTicks() {
  const stat = readFileSync('/proc/self/stat', 'utf8');
  // After "pid (name) ": state ppid … utime stime cutime cstime are fields 14–17 of the line.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ').map(Number);
  return fields[11] + fields[12] + fields[13] + fields[14];
}

/**
 * Starts watching for other work on the machine. The returned function says how many cores
 * other processes kept busy on average since then — machine CPU time minus this process's and
 * its children's — or null where /proc is missing. A load average would count our own runs.
 */
export function watchOtherWork() {
  let start;
  try {
    start = { busy: machineBusyTicks(), own: ownTicks(), ms: performance.now() };
  } catch {
    return () => null;
  }
  return () => {
    const seconds = (performance.now() - start.ms) / 1000;
    const others = machineBusyTicks() - start.busy - (ownTicks() - start.own);
    return Math.max(0, others / TICKS_PER_SECOND / seconds);
  };
}

/** USER_HZ: the unit of /proc/stat and /proc/self/stat, 100 on every Linux Node supports. */
const TICKS_PER_SECOND = 100;

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

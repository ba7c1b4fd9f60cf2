// Self time per function and per area from V8 .cpuprofile files (one per thread).
import { readFileSync } from 'node:fs';
import { REPO_ROOT } from './paths.mjs';

/** A script URL shortened to something readable: dist/src/…, node_modules/pkg/…, node:… */
function shortUrl(url) {
  if (!url) return '';
  const path = url.replace(/^file:\/\//, '');
  const modules = path.lastIndexOf('/node_modules/');
  if (modules >= 0) return path.slice(modules + 1);
  return path.startsWith(REPO_ROOT) ? path.slice(REPO_ROOT.length + 1) : path;
}

/** What a function belongs to: a pipeline stage (dist/src/<stage>), a package, or V8/Node itself. */
function areaOf(frame) {
  const url = shortUrl(frame.url);
  if (!url) {
    if (frame.functionName.startsWith('RegExp:')) return '(regular expressions)';
    return frame.functionName.startsWith('(') ? frame.functionName : '(native)';
  }
  const stage = /^dist\/src\/([^/]+)\//.exec(url);
  if (stage) return `headway ${stage[1]}/`;
  const pkg = /^node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url);
  if (pkg) return pkg[1];
  return url.startsWith('node:') ? 'node internals' : url;
}

/** Adds one profile's self times (ms) into `byFunction` and `byArea`. */
function addProfile(profile, byFunction, byArea) {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  // timeDeltas[i + 1] is the time from sample i to the next: charge it to sample i's function.
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const frame = nodes.get(id).callFrame;
    const name = (frame.functionName || '(anonymous)').slice(0, NAME_WIDTH); // RegExp: names hold the whole pattern
    const key = `${name}  ${shortUrl(frame.url)}${frame.url ? `:${frame.lineNumber + 1}` : ''}`;
    byFunction.set(key, (byFunction.get(key) ?? 0) + ms);
    const area = areaOf(frame);
    byArea.set(area, (byArea.get(area) ?? 0) + ms);
  });
}

const NAME_WIDTH = 70;

const top = (map, n) => [...map].sort((a, b) => b[1] - a[1]).slice(0, n);

/**
 * `{ busy, idle, functions: [[name, ms]…], areas: [[area, ms]…] }` over all the given profiles.
 * Idle time (a thread waiting) is left out of the lists and of `busy`, so shares are of CPU work.
 */
export function summarizeProfiles(files, n) {
  const byFunction = new Map();
  const byArea = new Map();
  for (const file of files) addProfile(JSON.parse(readFileSync(file, 'utf8')), byFunction, byArea);
  const idle = byArea.get('(idle)') ?? 0;
  byArea.delete('(idle)');
  byFunction.delete('(idle)  ');
  const busy = [...byArea.values()].reduce((sum, ms) => sum + ms, 0);
  return { busy, idle, functions: top(byFunction, n), areas: top(byArea, n) };
}

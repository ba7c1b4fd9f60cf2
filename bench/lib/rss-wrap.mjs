// usage: node bench/lib/rss-wrap.mjs SCRIPT [args…]
// Runs SCRIPT in this process as if started by `node SCRIPT args…`, and on exit writes the
// process's peak resident set size (all threads, workers included) to stderr:
//
//   maxrss-kib 131072
//
// Measured from inside, so it needs nothing installed (no /usr/bin/time) and counts only
// this process, not a shell or npm around it.
import { writeSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export const RSS_MARKER = 'maxrss-kib';

const [node, , script, ...args] = process.argv;
if (!script) {
  writeSync(2, 'usage: node rss-wrap.mjs SCRIPT [args…]\n');
  process.exit(2);
}

process.on('exit', () => {
  // resourceUsage().maxRSS is in kibibytes. writeSync: an exit handler cannot wait for a stream.
  writeSync(2, `\n${RSS_MARKER} ${process.resourceUsage().maxRSS}\n`);
});

const entry = resolve(script);
process.argv = [node, entry, ...args];
await import(pathToFileURL(entry).href);

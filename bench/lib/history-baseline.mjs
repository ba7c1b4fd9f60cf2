// Baseline of the history benchmark: the least a tool must do to read every version of every
// Markdown document — ONE `git log --raw` (HEAD's first-parent line, as headway reads it), then
// ONE `git cat-file --batch` streaming every blob it named — and a regex count of the boxes
// (`- [ ]` open, `- [x]` done) in each version. No parse: wrong on code fences, right on speed.
// usage: node history-baseline.mjs [DIR] — prints `commits versions bytes open done` to stdout.
import { spawn } from 'node:child_process';
import { once } from 'node:events';

const cwd = process.argv[2] ?? '.';

/** Runs git, resolving its whole stdout; rejects on a non-zero exit. */
async function gitOutput(args) {
  const child = spawn('git', args, { cwd, stdio: ['ignore', 'pipe', 'inherit'] });
  const chunks = [];
  child.stdout.on('data', (chunk) => chunks.push(chunk));
  const [code] = await once(child, 'close');
  if (code !== 0) throw new Error(`git ${args[0]} exited with ${code}`);
  return Buffer.concat(chunks).toString();
}

/**
 * Commits that changed a document, and the blob each change left, from
 *
 *     <sha>                                   (--format=%H)
 *                                             (blank)
 *     :100644 100644 <old> <new> M\tdocs/a.md (--raw --no-abbrev; <new> is 0000… on a delete)
 */
async function readLog() {
  const log = await gitOutput(['log', '--first-parent', '--raw', '--no-abbrev', '--no-renames', '--format=%H', 'HEAD', '--', '*.md']);
  let commits = 0;
  const blobs = [];
  for (const line of log.split('\n')) {
    if (line.startsWith(':')) {
      const blob = line.split(' ')[3];
      if (!/^0+$/.test(blob)) blobs.push(blob);
    } else if (line.length === 40) {
      commits++;
    }
  }
  return { commits, blobs };
}

const BOX = /^[ \t]*(?:[-*+]|\d+[.)])[ \t]+\[([ xX])\][ \t]/gm;

/** Open and done boxes of one version. */
function countBoxes(text) {
  let open = 0;
  let done = 0;
  for (const match of text.matchAll(BOX)) {
    if (match[1] === ' ') open++;
    else done++;
  }
  return { open, done };
}

/**
 * Streams `blobs` through one `git cat-file --batch`: `<sha> blob <size>\n<bytes>\n` per blob,
 * calling `onBlob(bytes)` for each, in order.
 */
async function readBlobs(blobs, onBlob) {
  const child = spawn('git', ['cat-file', '--batch'], { cwd, stdio: ['pipe', 'pipe', 'inherit'] });
  let pending = Buffer.alloc(0);
  let size = -1; // -1: a header comes next
  child.stdout.on('data', (chunk) => {
    pending = pending.length === 0 ? chunk : Buffer.concat([pending, chunk]);
    for (;;) {
      if (size < 0) {
        const end = pending.indexOf(0x0a);
        if (end < 0) break;
        const header = pending.subarray(0, end).toString();
        const match = / blob (\d+)$/.exec(header);
        if (!match) throw new Error(`git cat-file: ${header}`);
        size = Number(match[1]);
        pending = pending.subarray(end + 1);
      }
      if (pending.length < size + 1) break;
      onBlob(pending.subarray(0, size));
      pending = pending.subarray(size + 1);
      size = -1;
    }
  });
  child.stdin.end(`${blobs.join('\n')}\n`);
  const [code] = await once(child, 'close');
  if (code !== 0) throw new Error(`git cat-file exited with ${code}`);
}

const { commits, blobs } = await readLog();
// Per version, as a history would keep them: [open, done].
const series = [];
let bytes = 0;
await readBlobs(blobs, (content) => {
  bytes += content.length;
  const { open, done } = countBoxes(content.toString('utf8'));
  series.push([open, done]);
});
if (series.length !== blobs.length) throw new Error(`read ${series.length} of ${blobs.length} versions`);
const open = series.reduce((n, [o]) => n + o, 0);
const done = series.reduce((n, [, d]) => n + d, 0);
console.log(commits, series.length, bytes, open, done);

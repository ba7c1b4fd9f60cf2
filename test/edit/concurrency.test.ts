import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { test } from 'node:test';
import { writeAtomically } from '../../src/edit/atomic-write.js';
import { WriteConflictError } from '../../src/edit/errors.js';
import { contentHash } from '../../src/edit/hash.js';

/** How long the writers race. */
const RACE_MS = 1_500;
const IN_PROCESS_WRITERS = 6;
/** Filler lines: a version is ~80 KB, so a torn or truncated read could not pass for a whole one. */
const LINES = 3_000;

/** A whole version of the document: `version ID`, the filler, `end ID`. */
function version(id: string): string {
  let body = `version ${id}\n`;
  for (let i = 0; i < LINES; i++) body += `- [ ] item ${i} of ${id}\n`;
  return `${body}end ${id}\n`;
}

/** The id of a whole version; fails on anything else (torn, truncated, mixed). */
function idOf(text: string, where: string): string {
  const id = /^version (\S+)\n/.exec(text)?.[1];
  assert.ok(id !== undefined && text === version(id), `${where}: a whole version, got ${text.length} chars starting ${JSON.stringify(text.slice(0, 30))}`);
  return id;
}

/** A write Headway reported as done: its version, the version it replaced, and when it began. */
interface Done {
  readonly id: string;
  readonly parent: string;
  readonly start: number;
}

/**
 * One writer: read, note the version and its hash, pause a moment (so writers race), write a
 * new version expecting that hash. A refusal (the file changed meanwhile) is counted.
 */
async function writer(file: string, name: string, until: number): Promise<{ done: Done[]; refused: number }> {
  const done: Done[] = [];
  let refused = 0;
  for (let n = 0; Date.now() < until; n++) {
    const bytes = await readFile(file);
    const parent = idOf(bytes.toString('utf8'), name);
    await sleep(Math.random() * 2);
    const id = `${name}-${n}`;
    const start = performance.timeOrigin + performance.now();
    try {
      await writeAtomically(file, new TextEncoder().encode(version(id)), { expectedHash: contentHash(bytes) });
      done.push({ id, parent, start });
    } catch (error) {
      if (!(error instanceof WriteConflictError)) throw error;
      refused++;
    }
  }
  return { done, refused };
}

/** The same writer in a second Headway process: it meets this one's writers only through the lock file. */
const HEADWAY_CHILD = (file: string, until: number): string => `
const { writeAtomically } = await import(${JSON.stringify(new URL('../../src/edit/atomic-write.js', import.meta.url).href)});
const { contentHash } = await import(${JSON.stringify(new URL('../../src/edit/hash.js', import.meta.url).href)});
const { readFile } = await import('node:fs/promises');
const LINES = ${LINES};
${version.toString()}
const done = [];
let refused = 0;
for (let n = 0; Date.now() < ${until}; n++) {
  const bytes = await readFile(${JSON.stringify(file)});
  const text = bytes.toString('utf8');
  const parent = text.slice('version '.length, text.indexOf(String.fromCharCode(10)));
  if (text !== version(parent)) throw new Error('the second process read a torn version: ' + text.length + ' chars');
  await new Promise((resolve) => setTimeout(resolve, Math.random() * 2));
  const id = 'child-' + n;
  const start = performance.timeOrigin + performance.now();
  try {
    await writeAtomically(${JSON.stringify(file)}, new TextEncoder().encode(version(id)), { expectedHash: contentHash(bytes) });
    done.push({ id, parent, start });
  } catch (error) {
    if (error.name !== 'WriteConflictError') throw error;
    refused++;
  }
}
process.stdout.write(JSON.stringify({ done, refused }));
`;

/** An editor outside Headway: saves whole versions (temp file + rename, as editors save) without the lock. */
const EXTERNAL = (file: string, until: number) => `
const { writeFileSync, renameSync } = require('node:fs');
const LINES = ${LINES};
${version.toString()}
const log = [];
for (let n = 0; Date.now() < ${until}; n++) {
  const id = 'ext-' + n;
  writeFileSync(${JSON.stringify(file)} + '.ext-tmp', version(id));
  renameSync(${JSON.stringify(file)} + '.ext-tmp', ${JSON.stringify(file)});
  log.push({ id, at: performance.timeOrigin + performance.now() });
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10 + Math.random() * 30);
}
process.stdout.write(JSON.stringify(log));
`;

function run(args: readonly string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(out) : reject(new Error(`child exited ${code}: ${err}`))));
  });
}

test('concurrent writers: the file is always one whole version, and no write that raced a check is lost', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'headway-race-'));
  try {
    const file = join(dir, 'progress.md');
    writeFileSync(file, version('initial'));
    const until = Date.now() + RACE_MS;
    const external = run(['-e', EXTERNAL(file, until)]);
    const child = run(['--input-type=module', '-e', HEADWAY_CHILD(file, until)]);
    let reads = 0;
    const reader = (async () => {
      while (Date.now() < until) {
        idOf(await readFile(file, 'utf8'), 'a reader');
        reads++;
        await sleep(0);
      }
    })();
    const local = await Promise.all(Array.from({ length: IN_PROCESS_WRITERS }, (_, w) => writer(file, `hw${w}`, until)));
    await reader;
    const theirs = JSON.parse(await child) as { done: Done[]; refused: number };
    const log = JSON.parse(await external) as { id: string; at: number }[];

    const final = idOf(readFileSync(file, 'utf8'), 'the final file');
    const done = [...local.flatMap((w) => w.done), ...theirs.done];
    const refused = local.reduce((sum, w) => sum + w.refused, theirs.refused);
    // A Headway write is refused unless the file still holds the version it read: so no two
    // writes can both succeed from the same version.
    const parents = new Map<string, string>();
    for (const write of done) {
      assert.ok(!parents.has(write.parent), `${write.id} and ${parents.get(write.parent)} both replaced ${write.parent}: a lost update`);
      parents.set(write.parent, write.id);
    }
    // Every reported write is in the final file, or a later Headway write read it, or an outside save came after it began.
    for (const write of done) {
      const kept = final === write.id || parents.has(write.id) || log.some((save) => save.at >= write.start);
      assert.ok(kept, `${write.id} was reported done but is lost`);
    }
    assert.ok(done.length > 0, 'some writes succeed');
    assert.ok(refused > 0, 'writers that read a stale version were refused');
    assert.ok(log.length > 0, 'the outside editor saved');
    assert.deepEqual(readdirSync(dir).filter((name) => name !== 'progress.md'), [], 'no temp or lock file left');
    t.diagnostic(`${done.length} Headway writes done (${theirs.done.length} by the second process), ${refused} refused as stale, ${log.length} outside saves, ${reads} whole reads`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { joinStatusJson } from '../../src/format/status-json.js';
import { IoError } from '../../src/pipeline/io-error.js';
import { INLINE_MAX_BYTES, INLINE_MAX_FILES, isSmallJob } from '../../src/pipeline/job-size.js';
import { defaultAnalyzeOptions } from '../../src/pipeline/options.js';
import { splitIntoBatches } from '../../src/pipeline/pool.js';
import { analyzeFiles } from '../../src/pipeline/run.js';
import { resolveGlobs } from '../../src/scan/globs.js';
import { scanPaths } from '../../src/scan/scan.js';
import { headway, tempTree } from './helpers.js';

/** More documents than the inline threshold, each a little different. */
function manyDocuments(count: number): Record<string, string> {
  const files: Record<string, string> = {};
  for (let index = 0; index < count; index++) {
    const done = index % 5;
    const tasks = Array.from({ length: 5 }, (_, task) => `- [${task < done ? 'x' : ' '}] Task ${task + 1} of document ${index}`);
    files[`docs/part-${String(index).padStart(3, '0')}.md`] = `# Part ${index}\n\n## Work\n**Progress**: ${index}%\n\n${tasks.join('\n')}\n`;
  }
  return files;
}

const options = defaultAnalyzeOptions(new Date('2025-06-01T00:00:00Z'));
const globs = resolveGlobs({ configInclude: null, configExclude: [], cliInclude: [], cliExclude: [] });

describe('analyzeFiles', () => {
  test('small jobs stay in this thread; many files or many bytes go to the pool', async () => {
    const tree = tempTree({ ...manyDocuments(INLINE_MAX_FILES + 1), 'big/a.md': 'x'.repeat(INLINE_MAX_BYTES), 'big/b.md': 'y' });
    try {
      const docs = await scanPaths(['docs'], { cwd: tree.root, ...globs });
      assert.equal(await isSmallJob(docs.slice(0, 1)), true);
      assert.equal(await isSmallJob(docs.slice(0, INLINE_MAX_FILES)), true);
      assert.equal(await isSmallJob(docs), false);
      assert.equal(await isSmallJob(await scanPaths(['big'], { cwd: tree.root, ...globs })), false);
    } finally {
      tree.remove();
    }
  });

  test('the worker pool gives the same JSON as the main thread, in input order', async () => {
    const tree = tempTree(manyDocuments(INLINE_MAX_FILES + 16));
    try {
      const files = await scanPaths(['.'], { cwd: tree.root, ...globs });
      const projection = { kind: 'status-json', indent: 0 } as const;
      let progress = 0;
      const pooled = await analyzeFiles(files, options, { projection, mode: 'pool', onProgress: (done) => (progress = done) });
      const inline = await analyzeFiles(files, options, { projection, mode: 'inline' });
      assert.equal(progress, files.length);
      assert.deepEqual(pooled, inline);
      const paths = (JSON.parse(joinStatusJson(pooled, 0)) as { documents: { path: string }[] }).documents.map((doc) => doc.path);
      assert.deepEqual(paths, files.map((file) => file.display));
    } finally {
      tree.remove();
    }
  });

  test('the pool also returns whole reports when asked', async () => {
    const tree = tempTree(manyDocuments(INLINE_MAX_FILES + 1));
    try {
      const files = await scanPaths(['.'], { cwd: tree.root, ...globs });
      const pooled = await analyzeFiles(files, options, { mode: 'pool' });
      const inline = await analyzeFiles(files, options, { mode: 'inline' });
      assert.deepEqual(pooled, inline);
    } finally {
      tree.remove();
    }
  });

  test('the bin sends a large job through workers and prints what the main thread computes', async () => {
    const tree = tempTree(manyDocuments(INLINE_MAX_FILES + 16));
    try {
      const run = headway(['status', '--json'], { cwd: tree.root });
      assert.equal(run.code, 0, run.stderr);
      const files = await scanPaths(['.'], { cwd: tree.root, ...globs });
      // The bin reads the clock itself, so compare what does not depend on it.
      const inline = await analyzeFiles(files, defaultAnalyzeOptions(), { projection: { kind: 'status-json', indent: 0 }, mode: 'inline' });
      assert.equal(run.stdout, joinStatusJson(inline, 0));
    } finally {
      tree.remove();
    }
  });

  test('a file that cannot be read is an IoError naming it, from the pool and inline', async () => {
    const tree = tempTree(manyDocuments(INLINE_MAX_FILES + 1));
    try {
      const files = await scanPaths(['.'], { cwd: tree.root, ...globs });
      const broken = [...files.slice(0, 3), { path: join(tree.root, 'gone.md'), display: 'gone.md' }, { path: tree.root, display: 'folder' }];
      for (const mode of ['inline', 'pool'] as const) {
        await assert.rejects(analyzeFiles(broken, options, { mode }), (error: unknown) => {
          assert.ok(error instanceof IoError);
          assert.equal(error.message, 'cannot read gone.md: no such file or directory');
          return true;
        });
      }
      await assert.rejects(analyzeFiles([{ path: tree.root, display: 'folder' }], options), /cannot read folder: is a directory/);
    } finally {
      tree.remove();
    }
  });

  test('batches are contiguous and cover every file once', () => {
    const files = Array.from({ length: 10 }, (_, index) => index);
    assert.deepEqual(splitIntoBatches(files, 3), [[0, 1, 2, 3], [4, 5, 6, 7], [8, 9]]);
    assert.deepEqual(splitIntoBatches(files, 20).length, 10);
    assert.deepEqual(splitIntoBatches([], 4), []);
  });
});


import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { DEFAULT_INCLUDE } from '../../src/scan/defaults.js';
import { displayPath } from '../../src/scan/display-path.js';
import { PathError } from '../../src/scan/errors.js';
import { resolveGlobs } from '../../src/scan/globs.js';
import { scanFile, scanPaths } from '../../src/scan/scan.js';

let root = '';
let outside = '';

function write(base: string, files: readonly string[]): void {
  for (const file of files) {
    mkdirSync(dirname(join(base, file)), { recursive: true });
    writeFileSync(join(base, file), '- [ ] x\n');
  }
}

before(() => {
  root = mkdtempSync(join(tmpdir(), 'headway-scan-'));
  outside = mkdtempSync(join(tmpdir(), 'headway-outside-'));
  write(root, [
    'TODO.md', 'notes.txt', 'docs/roadmap.markdown', 'docs/plan.mdown', 'docs/old.mkd', 'docs/drafts/idea.md',
    '.kiro/specs/app/tasks.md', '.github/progress.md',
    'node_modules/pkg/README.md', 'a/b/node_modules/deep/CHANGELOG.md', 'vendor/x.md', 'third_party/y.md', 'dist/z.md',
    'build/z.md', 'coverage/c.md', '.git/d.md', '.venv/lib/e.md', '__pycache__/f.md', '.headway/g.md', 'site-packages/h.md',
  ]);
  write(outside, ['elsewhere.md', 'sub/deeper.md']);
  symlinkSync(outside, join(root, 'linked-folder'), 'dir');
  symlinkSync(join(outside, 'elsewhere.md'), join(root, 'linked-file.md'));
  symlinkSync(root, join(root, 'docs/loop'), 'dir');
});

after(() => {
  rmSync(root, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

const defaults = resolveGlobs({ configInclude: null, configExclude: [], cliInclude: [], cliExclude: [] });

async function scan(paths: readonly string[], globs = defaults, cwd = root): Promise<string[]> {
  return (await scanPaths(paths, { cwd, ...globs })).map((file) => file.display);
}

describe('scanPaths', () => {
  test('finds Markdown by the default globs, dot folders included, ignored folders and symlinks skipped', async () => {
    assert.deepEqual(await scan(['.']), [
      '.github/progress.md',
      '.kiro/specs/app/tasks.md',
      'TODO.md',
      'docs/drafts/idea.md',
      'docs/old.mkd',
      'docs/plan.mdown',
      'docs/roadmap.markdown',
    ]);
  });

  test('a named file is read whatever its extension; a named ignored folder is scanned', async () => {
    assert.deepEqual(await scan(['notes.txt', 'node_modules', 'dist/z.md']), ['dist/z.md', 'node_modules/pkg/README.md', 'notes.txt']);
  });

  test('a symlink named on the command line is followed', async () => {
    assert.deepEqual(await scan(['linked-folder', 'linked-file.md']), ['linked-file.md', 'linked-folder/elsewhere.md', 'linked-folder/sub/deeper.md']);
  });

  test('globs are relative to the working directory, whichever folder is scanned', async () => {
    const globs = resolveGlobs({ configInclude: null, configExclude: ['docs/drafts/**'], cliInclude: ['**/*.txt'], cliExclude: [] });
    assert.deepEqual(await scan(['docs'], globs), ['docs/old.mkd', 'docs/plan.mdown', 'docs/roadmap.markdown']);
    assert.deepEqual(await scan(['.'], globs), [
      '.github/progress.md', '.kiro/specs/app/tasks.md', 'TODO.md', 'docs/old.mkd', 'docs/plan.mdown', 'docs/roadmap.markdown', 'notes.txt',
    ]);
    const anchored = resolveGlobs({ configInclude: ['docs/*.markdown', '*.md'], configExclude: [], cliInclude: [], cliExclude: [] });
    assert.deepEqual(await scan(['docs'], anchored), ['docs/roadmap.markdown']);
    assert.deepEqual(await scan(['.'], anchored), ['TODO.md', 'docs/roadmap.markdown']);
  });

  test('a folder outside the working directory takes the globs relative to itself', async () => {
    assert.deepEqual(await scan([outside], defaults, join(root, 'docs')), [
      displayPath(join(root, 'docs'), join(outside, 'elsewhere.md')),
      displayPath(join(root, 'docs'), join(outside, 'sub/deeper.md')),
    ]);
    assert.match((await scan([outside], defaults, join(root, 'docs')))[0] ?? '', /^\.\.\/\.\.\//);
  });

  test('results are sorted and each file appears once', async () => {
    assert.deepEqual(await scan(['docs/old.mkd', 'docs', './docs/old.mkd', 'TODO.md']), [
      'TODO.md', 'docs/drafts/idea.md', 'docs/old.mkd', 'docs/plan.mdown', 'docs/roadmap.markdown',
    ]);
  });

  test('a missing path is a PathError naming it as written', async () => {
    await assert.rejects(scan(['docs', 'nope/x.md']), (error: unknown) => {
      assert.ok(error instanceof PathError);
      assert.equal(error.message, 'no such file or directory: nope/x.md');
      return true;
    });
    await assert.rejects(scan(['TODO.md/inside']), /no such file or directory: TODO\.md\/inside/);
  });
});

describe('special files', () => {
  test('a FIFO named on the command line is refused, not read (reading would block)', async (context) => {
    const fifo = join(root, 'pipe.md');
    if (spawnSync('mkfifo', [fifo]).status !== 0) return context.skip('no mkfifo');
    try {
      await assert.rejects(scan(['pipe.md']), /pipe\.md is not a regular file/);
      await assert.rejects(scanFile('pipe.md', root), /pipe\.md is not a regular file/);
      assert.ok(!(await scan(['.'])).includes('pipe.md'), 'a folder scan passes it over');
    } finally {
      rmSync(fifo);
    }
  });
});

describe('scanFile', () => {
  test('one named file; a folder or a missing path is an error', async () => {
    assert.deepEqual(await scanFile('notes.txt', root), { path: join(root, 'notes.txt'), display: 'notes.txt' });
    await assert.rejects(scanFile('docs', root), /docs is a folder, not a file/);
    await assert.rejects(scanFile('gone.md', root), /no such file or directory: gone\.md/);
  });
});

describe('globs', () => {
  test('config include replaces the defaults; --include adds; excludes accumulate', () => {
    assert.deepEqual(defaults, { include: DEFAULT_INCLUDE, exclude: [] });
    assert.deepEqual(resolveGlobs({ configInclude: ['a/**'], configExclude: ['x'], cliInclude: ['b/**'], cliExclude: ['y'] }), {
      include: ['a/**', 'b/**'],
      exclude: ['x', 'y'],
    });
    assert.deepEqual(resolveGlobs({ configInclude: null, configExclude: [], cliInclude: ['*.txt'], cliExclude: [] }).include, [...DEFAULT_INCLUDE, '*.txt']);
  });

  test('display paths are relative with / separators', () => {
    assert.equal(displayPath('/repo', '/repo/docs/a.md'), 'docs/a.md');
    assert.equal(displayPath('/repo/docs', '/repo/b.md'), '../b.md');
  });
});

import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, test } from 'node:test';
import { assertStatusContract } from './contract.js';
import { ANSI, headway, tempTree } from './helpers.js';

interface StatusDocument {
  path: string;
  title: string;
  progress: { fraction: number | null; done: number; total: number; states: Record<string, number>; tasks: { done: number; total: number } };
  claim: { percent: number | null; line: number } | null;
  sections: { title: string; line: number; claim: { percent: number | null; line: number } | null; progress: { done: number; total: number }; sections: unknown[] }[];
}

/** The five real progress documents beside the project. */
const SEEDS = fileURLToPath(new URL('../../../../shared/seeds/', import.meta.url));

function statusJson(args: readonly string[], cwd?: string): { schemaVersion: number; documents: StatusDocument[] } {
  const run = headway(['status', '--json', ...args], cwd === undefined ? {} : { cwd });
  assert.equal(run.stderr, '');
  assert.equal(run.code, 0);
  return JSON.parse(run.stdout) as { schemaVersion: number; documents: StatusDocument[] };
}

describe('headway status --json', () => {
  test('prints one JSON document that meets the contract', () => {
    const json = statusJson(['progress.md', 'two-tasks.md', 'plan.txt']);
    assertStatusContract(json);
    assert.deepEqual(json.documents.map((document) => document.path), ['plan.txt', 'progress.md', 'two-tasks.md']);
  });

  test('a file named on the command line is read whatever its extension', () => {
    const json = statusJson(['plan.txt']);
    assert.equal(json.documents.length, 1);
    assert.equal(json.documents[0]?.path, 'plan.txt');
  });

  test('counts GitHub tasks: `- [x] a` / `- [ ] b` is 1 of 2', () => {
    const [document] = statusJson(['two-tasks.md']).documents;
    assert.deepEqual(document?.progress.tasks, { done: 1, total: 2 });
    assert.equal(document?.progress.fraction, 0.5);
  });

  test('gives sections their figures and claims', () => {
    const [document] = statusJson(['progress.md']).documents;
    assert.ok(document !== undefined);
    assert.deepEqual(document.progress.tasks, { done: 3, total: 8 });
    assert.equal(document.progress.states.cancelled, 1);
    assert.equal(document.progress.states['in-progress'], 1);
    const all = flatten(document.sections);
    const phase1 = all.find((section) => section.title === 'Phase 1: Foundation');
    assert.deepEqual(phase1?.claim, { percent: 90, status: null, line: 6 });
    assert.deepEqual([phase1?.progress.done, phase1?.progress.total], [2, 4]);
    assert.equal(phase1?.line, 5);
  });

  test('the seed documents (../shared/seeds) all meet the contract', { skip: existsSync(SEEDS) ? false : 'no ../shared/seeds' }, () => {
    const run = headway(['status', '--json', '--include', '*.txt'], { cwd: SEEDS });
    assert.equal(run.code, 0, run.stderr);
    const json = JSON.parse(run.stdout) as { documents: StatusDocument[] };
    assertStatusContract(json);
    assert.equal(json.documents.length, 5);
    for (const document of json.documents) assert.ok(document.progress.total > 0, `${document.path} has items`);
  });

  test('an empty folder gives an empty document list', () => {
    const tree = tempTree({ 'readme.txt': 'not markdown\n' });
    try {
      assert.deepEqual(statusJson([], tree.root), { schemaVersion: 1, documents: [] });
    } finally {
      tree.remove();
    }
  });
});

describe('headway status: scanning', () => {
  const files = {
    'progress.md': '- [x] a\n',
    'docs/roadmap.markdown': '- [ ] b\n',
    'docs/notes.txt': '- [ ] c\n',
    'docs/drafts/old.md': '- [ ] d\n',
    '.kiro/specs/app/tasks.md': '- [ ] e\n',
    'node_modules/pkg/README.md': '- [ ] f\n',
    'vendor/lib/TODO.md': '- [ ] g\n',
    'dist/copy.md': '- [ ] h\n',
    '.git/info.md': '- [ ] i\n',
  };

  test('finds Markdown in folders and skips dependency, vendored, generated and VCS folders', () => {
    const tree = tempTree(files);
    try {
      const paths = statusJson([], tree.root).documents.map((document) => document.path);
      assert.deepEqual(paths, ['.kiro/specs/app/tasks.md', 'docs/drafts/old.md', 'docs/roadmap.markdown', 'progress.md']);
    } finally {
      tree.remove();
    }
  });

  test('--include adds globs, --exclude removes files, named files are always read, each file once', () => {
    const tree = tempTree(files);
    try {
      const args = ['.', 'docs', 'progress.md', 'node_modules/pkg/README.md', '--include', '**/*.txt', '--exclude', 'docs/drafts/**'];
      const paths = statusJson(args, tree.root).documents.map((document) => document.path);
      assert.deepEqual(paths, [
        '.kiro/specs/app/tasks.md',
        'docs/notes.txt',
        'docs/roadmap.markdown',
        'node_modules/pkg/README.md',
        'progress.md',
      ]);
    } finally {
      tree.remove();
    }
  });

  test('the config file in the working directory sets the globs', () => {
    const tree = tempTree({ ...files, 'headway.config.json': '{ "include": ["**/*.txt"], "exclude": ["docs/drafts/**"] }' });
    try {
      const paths = statusJson([], tree.root).documents.map((document) => document.path);
      assert.deepEqual(paths, ['docs/notes.txt']);
    } finally {
      tree.remove();
    }
  });

  test('paths outside the working directory are shown relative to it', () => {
    const tree = tempTree({ 'a/one.md': '- [ ] x\n', 'b/two.md': '- [ ] y\n' });
    try {
      const paths = statusJson(['../b'], `${tree.root}/a`).documents.map((document) => document.path);
      assert.deepEqual(paths, ['../b/two.md']);
    } finally {
      tree.remove();
    }
  });
});

describe('headway status: human output', () => {
  test('has no colour codes when stdout is not a terminal', () => {
    const run = headway(['status', 'progress.md', 'two-tasks.md']);
    assert.equal(run.code, 0);
    assert.doesNotMatch(run.stdout, ANSI);
    assert.match(run.stdout, /progress\.md/);
    assert.match(run.stdout, /2 documents/);
  });

  test('FORCE_COLOR forces colour; --no-color and NO_COLOR turn it off', () => {
    assert.match(headway(['status', 'progress.md'], { env: { FORCE_COLOR: '1' } }).stdout, ANSI);
    assert.doesNotMatch(headway(['status', 'progress.md', '--no-color'], { env: { FORCE_COLOR: '1' } }).stdout, ANSI);
    assert.doesNotMatch(headway(['status', 'progress.md'], { env: { NO_COLOR: '1' } }).stdout, ANSI);
  });

  test('shows the figures, the claim and the section tree', () => {
    const run = headway(['status', 'progress.md']);
    assert.equal(run.code, 0);
    assert.match(run.stdout, /tasks 3 of 8/);
    assert.match(run.stdout, /Phase 1: Foundation .*50% .*2\/4 .*claims 90% \(\+40\)/);
    assert.match(run.stdout, /└─ Windows/);
    assert.doesNotMatch(run.stdout, /Notes/, 'an empty leaf section with no claim is hidden');
    assert.match(run.stdout, /1 document · 3\/9 items done/);
  });

  test('says so when nothing is found', () => {
    const tree = tempTree({});
    try {
      const run = headway(['status'], { cwd: tree.root });
      assert.equal(run.code, 0);
      assert.equal(run.stdout, 'No progress documents found.\n');
    } finally {
      tree.remove();
    }
  });
});

function flatten<T extends { sections: unknown[] }>(sections: readonly T[]): T[] {
  return sections.flatMap((section) => [section, ...flatten(section.sections as T[])]);
}

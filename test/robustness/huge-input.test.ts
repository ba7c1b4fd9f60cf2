/**
 * Bounded time on huge and deeply nested input (PRODUCT.md: "never a hang"). Each case must
 * finish well within 20 s — generous on purpose, so a busy 2-core CI machine does not flake —
 * and prints the time it took. The `{ timeout }` on each test stops a real hang.
 */
import assert from 'node:assert/strict';
import { test, type TestContext } from 'node:test';
import { decode } from '../../src/decode/index.js';
import type { DocReport } from '../../src/model/progress.js';
import { bigProgressDocument } from '../helpers/big-documents.js';
import { analyzeText } from '../helpers/report.js';
import { readSharedFile, requireShared, sharedDocs } from '../helpers/shared.js';

const BOUND_MS = 20_000;
const TIMEOUT_MS = 90_000;
const FIVE_MB = 5 * 1024 * 1024;

/** Analyses `text`, reports the time as a test diagnostic, and checks it against `bound`. */
function timed(t: TestContext, label: string, text: string, bound = BOUND_MS): DocReport {
  const started = performance.now();
  const report = analyzeText(text, 'huge.md');
  const elapsed = performance.now() - started;
  const size = Buffer.byteLength(text);
  const message = `${label}: ${(size / 1024 / 1024).toFixed(2)} MB in ${elapsed.toFixed(0)} ms`;
  t.diagnostic(message);
  assert.ok(elapsed < bound, `${message}, over the ${bound} ms bound`);
  assert.deepEqual(report.findings.filter((f) => f.ruleId === 'internal-error'), [], 'analyze caught a throw of its own');
  return report;
}

test('5 MB: the seeds and corpus concatenated until 5 MB', { timeout: TIMEOUT_MS }, (t) => {
  if (!requireShared(t)) return;
  const texts = sharedDocs().map((doc) => decode(readSharedFile(doc.relative), doc.relative).text);
  const parts: string[] = [];
  for (let size = 0, i = 0; size < FIVE_MB; i++) {
    const text = `${texts[i % texts.length]}\n\n`;
    parts.push(text);
    size += Buffer.byteLength(text);
  }
  const report = timed(t, 'seeds and corpus repeated', parts.join(''));
  assert.ok(report.progress.tasks.total > 10_000);
});

// Compute is quadratic in sections × items (reported: matchClaims in src/compute/claims.ts
// filters each name's candidate list for every item, and sections named alike — `Phase 1` in
// every copy — make those lists long): this case takes 6–13 s on a busy 2-core machine, most
// of it in compute. Within the bound today; the bound catches it getting worse.
test('5 MB: generated progress documents (phases, checklists, tables, fences, metrics)', { timeout: TIMEOUT_MS }, (t) => {
  const report = timed(t, 'generated progress Markdown', bigProgressDocument(FIVE_MB));
  assert.ok(report.progress.tasks.total > 50_000);
});

test('a 10,000-deep nested list written inline (`- - - … [ ] x`)', { timeout: TIMEOUT_MS }, (t) => {
  const report = timed(t, '10,000-deep list', `${'- '.repeat(10_000)}[ ] x\n`);
  assert.deepEqual({ ...report.progress.tasks }, { done: 0, total: 1 });
});

test('2,000-deep block quotes', { timeout: TIMEOUT_MS }, (t) => {
  const report = timed(t, '2,000-deep quotes', `${'> '.repeat(2_000)}- [x] x\n${'>'.repeat(2_000)} - [ ] y\n`);
  assert.deepEqual({ ...report.progress.tasks }, { done: 1, total: 2 });
});

test('a line of 1 MB', { timeout: TIMEOUT_MS }, (t) => {
  const report = timed(t, '1 MB line', `# Plan\n\n- [ ] ${'word ✅ 50% '.repeat(75_000)}\n- [x] after\n`);
  assert.deepEqual({ ...report.progress.tasks }, { done: 1, total: 2 });
});

test('a table of 10,000 rows and 200 columns', { timeout: TIMEOUT_MS }, (t) => {
  const columns = 200;
  const cell = (row: number, column: number): string =>
    column === 0 ? `Task ${row}` : column === 1 ? (row % 3 === 0 ? '⏳ Planned' : '✅ Done') : column === 2 ? `${row % 101}%` : String((row * column) % 97);
  const header = `| ${Array.from({ length: columns }, (_, c) => (c === 0 ? 'Task' : c === 1 ? 'Status' : c === 2 ? 'Progress' : `C${c}`)).join(' | ')} |\n`;
  const rows: string[] = [header, `|${'---|'.repeat(columns)}\n`];
  for (let row = 0; row < 10_000; row++) rows.push(`| ${Array.from({ length: columns }, (_, c) => cell(row, c)).join(' | ')} |\n`);
  const report = timed(t, '10,000 × 200 table', `# Components\n\n${rows.join('')}`);
  assert.equal(report.doc.lines, 10_004);
});

test('100,000 `[` characters', { timeout: TIMEOUT_MS }, (t) => {
  const report = timed(t, '100,000 [', `- [ ] ${'['.repeat(100_000)}\n`);
  assert.deepEqual({ ...report.progress.tasks }, { done: 0, total: 1 });
});

// Emphasis nested thousands deep overflows @lezer/markdown's recursive tree building
// (Buffer.writeElements); since 0f1c397 the parse retries with the deepest runs flattened and
// reports `nesting-limit`. Where it overflows depends on how warm the JIT is (~7,000 `*` on
// each side in a fresh process, ~30,000 after other work), so either path may run here.
test('deeply nested emphasis: 10,000 `*` on each side of a word', { timeout: TIMEOUT_MS }, (t) => {
  const report = timed(t, 'nested emphasis', `- [ ] ${'*'.repeat(10_000)}x${'*'.repeat(10_000)}\n`);
  assert.deepEqual({ ...report.progress.tasks }, { done: 0, total: 1 });
});

test('deeply nested strong emphasis: `**a ` × 5,000, then ` b**` × 5,000', { timeout: TIMEOUT_MS }, (t) => {
  const report = timed(t, 'nested strong', `- [ ] ${'**a '.repeat(5_000)}${' b**'.repeat(5_000)}\n`);
  assert.deepEqual({ ...report.progress.tasks }, { done: 0, total: 1 });
});

// @lezer/markdown parses runs of emphasis delimiters in quadratic time (`*_`×n x `_*`×n took
// ~14 s at 100 KB); Headway reads such runs as plain text before parsing (parse.ts), so any
// size stays linear. The 2 s bound for 70 KB is many times what that needs.
test('70 KB of alternating emphasis delimiters (`*_*_…x…_*_*`) in under 2 s', { timeout: TIMEOUT_MS }, (t) => {
  timed(t, 'alternating delimiters', `- [ ] ${'*_'.repeat(17_500)}x${'_*'.repeat(17_500)}\n`, 2_000);
});

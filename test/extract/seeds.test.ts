import assert from 'node:assert/strict';
import { test, type TestContext } from 'node:test';
import type { DocReport } from '../../src/model/progress.js';
import { listShared, readShared, sharedAvailable } from '../helpers/shared.js';
import { analyzeText, itemsOf, itemsUnder, section, sectionsOf } from '../helpers/report.js';

/** Analyses `../shared/seeds/<prefix>_*.txt`, or skips (fails in CI) without `../shared`. */
function seed(t: TestContext, prefix: string): DocReport | null {
  const name = listShared('seeds', '.txt').find((file) => file.startsWith(`${prefix}_`));
  if (sharedAvailable() && name === undefined) assert.fail(`../shared/seeds/${prefix}_*.txt not found`);
  const bytes = readShared(t, `seeds/${name ?? prefix}`);
  return bytes === null ? null : analyzeText(bytes, `seeds/${name}`);
}

const findings = (report: DocReport, ruleId: string) => report.findings.filter((f) => f.ruleId === ruleId);
const MOJIBAKE = ['â€', 'âœ', 'ðŸ', '‚Ä', '‚úÖ', 'Ã', '\uF8FF'];

test('seeds/002: 15 of 134 tasks; Docker & DevOps 5 of 7; Post-MVP 0 of 10 across two subsections', (t) => {
  const r = seed(t, '002');
  if (!r) return;
  assert.deepEqual(r.progress.tasks, { done: 15, total: 134 });
  const docker = section(r, 'Docker & DevOps');
  assert.equal(docker.progress.done, 5);
  assert.equal(docker.progress.total, 7);
  const future = section(r, 'Future Enhancements (Post-MVP)');
  assert.equal(future.sections.length, 2);
  assert.deepEqual([future.progress.done, future.progress.total], [0, 10]);
  assert.deepEqual(future.sections.map((s) => s.progress.total), [5, 5]);
  assert.equal(r.claim, null);
});

test('seeds/001: Phase 1 holds 0 of 9 and claims 65% → claim-drift on the Progress line', (t) => {
  const r = seed(t, '001');
  if (!r) return;
  const phase1 = section(r, 'Phase 1: Core Infrastructure');
  assert.deepEqual([phase1.progress.done, phase1.progress.total], [0, 9]);
  assert.equal(phase1.claims.find((c) => c.percent !== null)?.percent, 65);
  const drift = findings(r, 'claim-drift');
  const progressLine = 15; // `**Progress**: 65%`
  assert.ok(drift.some((f) => f.line === progressLine), `no claim-drift on line ${progressLine}: ${JSON.stringify(drift)}`);
  assert.equal(drift.find((f) => f.line === progressLine)?.severity, 'error');
});

test('seeds/001: Phase 3 (1 of 8, claims 10%) has no drift; Phase 2 (1 of 8, claims 25%) has', (t) => {
  const r = seed(t, '001');
  if (!r) return;
  const phase3 = section(r, 'Phase 3: Edge Computing');
  assert.deepEqual([phase3.progress.done, phase3.progress.total], [1, 8]);
  const drift = findings(r, 'claim-drift');
  const claimLine = (title: string) => section(r, title).claims.find((c) => c.percent !== null)!.line;
  assert.ok(!drift.some((f) => f.line === claimLine('Phase 3: Edge Computing')));
  assert.ok(drift.some((f) => f.line === claimLine('Phase 2: Service Layer')));
  assert.equal(drift.length, 2);
});

test('seeds/001: the four component tables give 16 row items', (t) => {
  const r = seed(t, '001');
  if (!r) return;
  const rows = itemsUnder(section(r, 'Component Status')).filter((i) => i.kind === 'row');
  assert.equal(rows.length, 16);
  assert.equal(itemsOf(r).filter((i) => i.kind === 'row').length, 16);
  const networking = rows.find((i) => i.text === 'Networking')!;
  assert.deepEqual([networking.state, networking.percent], ['in-progress', 80]);
});

test('seeds/001: Code Coverage and Build Time are missed metrics with units converted', (t) => {
  const r = seed(t, '001');
  if (!r) return;
  const metric = (name: string) => r.metrics.find((m) => m.metric.name === name);
  const coverage = metric('Code Coverage')!;
  assert.deepEqual(coverage.metric.current, { value: 67, unit: '%', upper: null });
  assert.deepEqual(coverage.metric.target, { value: 80, unit: '%', upper: null, op: '>=' });
  assert.equal(coverage.status, 'missed');
  const build = metric('Build Time')!;
  assert.deepEqual(build.metric.current, { value: 3.2, unit: 'min', upper: null });
  assert.deepEqual(build.metric.target, { value: 2, unit: 'min', upper: null, op: '<' });
  assert.equal(build.status, 'missed');
  assert.ok(findings(r, 'metric-missed').some((f) => f.line === coverage.metric.line));
});

test('seeds/001: the four Day 1-5 bullets are done status items', (t) => {
  const r = seed(t, '001');
  if (!r) return;
  const daily = itemsUnder(section(r, 'Daily Progress'));
  const day1to5 = daily.filter((i) => i.line >= 84 && i.line <= 87);
  assert.equal(day1to5.length, 4);
  for (const item of day1to5) assert.deepEqual([item.kind, item.state], ['status', 'done']);
  assert.deepEqual(daily.find((i) => i.text === 'Bundling service development')?.percent, 70);
});

test('seeds/001: unfilled placeholders are found, the document makes no overall claim', (t) => {
  const r = seed(t, '001');
  if (!r) return;
  const texts = r.doc.placeholders.map((p) => p.text);
  for (const p of ['[Project Start Date]', '[Name]', '[Current Date]', '[Team Lead Name]']) assert.ok(texts.includes(p), p);
  assert.equal(r.claim, null);
  assert.equal(r.doc.meta.find((m) => m.key === 'currentSprint')?.value, 'Sprint 1');
});

test('seeds/004: 0 of 21 tasks; nothing inside its fenced templates is an item', (t) => {
  const r = seed(t, '004');
  if (!r) return;
  assert.deepEqual(r.progress.tasks, { done: 0, total: 21 });
  const name = listShared('seeds', '.txt').find((file) => file.startsWith('004_'))!;
  const fenced = fencedLines(new TextDecoder().decode(readShared(t, `seeds/${name}`)!));
  assert.ok(fenced.size > 100, 'the seed has large fenced templates');
  const inside = itemsOf(r).filter((i) => fenced.has(i.line));
  assert.deepEqual(inside, []);
  assert.equal(r.doc.placeholders.filter((p) => fenced.has(p.line)).length, 0);
  assert.equal(r.metrics.filter((m) => fenced.has(m.metric.line)).length, 0);
});

test('seeds/000 and 003 are repaired; no mojibake in any title or item text', (t) => {
  for (const prefix of ['000', '003']) {
    const r = seed(t, prefix);
    if (!r) return;
    assert.notEqual(r.doc.encoding.repair, 'none');
    const texts = [r.doc.title, ...sectionsOf(r).map((s) => s.section.title), ...itemsOf(r).map((i) => i.text)];
    for (const text of texts) for (const junk of MOJIBAKE) assert.ok(!text.includes(junk), `${prefix}: "${text}" holds ${junk}`);
  }
});

test('seeds/000: Overall Progress 5% is the document claim; Phase bullets are claims about their sections', (t) => {
  const r = seed(t, '000');
  if (!r) return;
  assert.equal(r.claim?.percent, 5);
  assert.equal(r.claim?.line, 6);
  const phase1 = section(r, 'Phase 1: Foundation Setup (Current Priority)');
  const bullet = phase1.claims.find((c) => c.source === 'bullet');
  assert.deepEqual([bullet?.percent, bullet?.status, bullet?.line], [20, 'in-progress', 11]);
  assert.deepEqual(itemsOf(r).filter((i) => /^Phase \d/.test(i.text)).map((i) => i.text), ['Phase 0: Planning & Documentation']);
  const risk = section(r, 'Medium Risk Items');
  assert.equal(risk.section.category, true);
});

test('seeds/003: claims 95% overall while the go-live checklist is 4 of 9; three component tables', (t) => {
  const r = seed(t, '003');
  if (!r) return;
  assert.equal(r.claim?.percent, 95);
  assert.equal(r.claim?.line, 5);
  const golive = section(r, 'Go-Live Readiness Checklist');
  assert.deepEqual([golive.progress.done, golive.progress.total], [4, 9]);
  assert.equal(itemsUnder(section(r, 'Current Status by Component')).filter((i) => i.kind === 'row').length, 24);
  assert.ok(findings(r, 'claim-drift').some((f) => f.line === 5));
  const contradictions = findings(r, 'status-contradiction').map((f) => f.line);
  assert.ok(contradictions.includes(189), 'Not Started with 20% is a contradiction');
  assert.ok(contradictions.includes(169), 'Complete with 95% is a contradiction');
});

/** Lines inside fenced code blocks (fences included), read from the text itself. */
function fencedLines(text: string): Set<number> {
  const lines = new Set<number>();
  let open = false;
  text.split('\n').forEach((line, i) => {
    const fence = /^\s{0,3}```/.test(line);
    if (open || fence) lines.add(i + 1);
    if (fence) open = !open;
  });
  return lines;
}

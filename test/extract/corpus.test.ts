/**
 * Expected output for every seed and corpus document, reviewed line by line against the
 * document: items (tasks, status items, rows), claims, sections, metrics and findings.
 * The fixtures hold no text of the documents (they are other people's writing): each item
 * is its line, kind, state and percent, and a short hash of its text. `UPDATE=1` rewrites
 * them — review the diff against the document before committing.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { itemId } from '../../src/extract/identity.js';
import type { Item } from '../../src/model/item.js';
import type { DocReport, SectionReport } from '../../src/model/progress.js';
import { analyzeText } from '../helpers/report.js';
import { REPO_ROOT, readShared, sharedDocs, sharedAvailable } from '../helpers/shared.js';
import { progressText } from '../helpers/summary.js';

const DIR = path.join(REPO_ROOT, 'test/fixtures/corpus');

const hash = (text: string) => itemId(text, 0).slice(0, 6);
const pct = (p: number | null) => (p === null ? '' : ` ${p}%`);
const item = (i: Item) =>
  `L${i.line} ${i.kind} ${i.state}${pct(i.percent)}${i.optional ? ' optional' : ''}${i.legend ? ' legend' : ''}${i.parent ? ' child' : ''} #${hash(i.text)}`;

function section(s: SectionReport): string[] {
  const head = `L${s.section.line} h${s.section.depth}${s.section.category ? ' category' : ''} ${progressText(s.progress)}`;
  const claims = s.claims.map((c) => `  claim L${c.line} ${c.source}${pct(c.percent)}${c.status ? ` ${c.status}` : ''}`);
  return [head, ...claims, ...s.items.map((i) => `  ${item(i)}`), ...s.sections.flatMap(section)];
}

/** A text-free projection of a report. */
function fixture(r: DocReport) {
  return {
    encoding: `${r.doc.encoding.detected} ${r.doc.encoding.repair}`,
    progress: progressText(r.progress),
    claim: r.claim ? `L${r.claim.line}${pct(r.claim.percent)}` : null,
    items: r.items.map(item),
    sections: r.sections.flatMap(section),
    metrics: r.metrics.map(({ metric: m, status }) => `L${m.line} ${m.current ? `${m.current.value}${m.current.unit ?? ''}` : '?'} ${m.target ? `${m.target.op}${m.target.value}${m.target.unit ?? ''}` : '?'} ${status}`),
    findings: r.findings.map((f) => `L${f.line ?? '-'} ${f.severity} ${f.ruleId}`),
  };
}

if (!sharedAvailable()) {
  test('corpus fixtures', (t) => {
    readShared(t, 'corpus/MANIFEST.tsv'); // skips, or fails with CI=true
  });
}

for (const doc of sharedDocs()) {
  test(`corpus fixture: ${doc.relative}`, (t) => {
    const bytes = readShared(t, doc.relative);
    if (bytes === null) return;
    const actual = fixture(analyzeText(bytes, doc.relative));
    const file = path.join(DIR, `${doc.relative.replace('/', '__')}.json`);
    if (process.env['UPDATE'] === '1' || !existsSync(file)) {
      writeFileSync(file, `${JSON.stringify(actual, null, 2)}\n`);
      if (process.env['UPDATE'] !== '1') assert.fail(`wrote ${path.relative(REPO_ROOT, file)}: review it against the document, then run again`);
      return;
    }
    assert.deepEqual(actual, JSON.parse(readFileSync(file, 'utf8')));
  });
}

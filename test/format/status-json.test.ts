import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { itemFraction } from '../../src/compute/progress.js';
import { documentJson, documentJsonText, formatStatusJson, joinStatusJson, SCHEMA_VERSION } from '../../src/format/status-json.js';
import { assertStatusContract } from '../cli/contract.js';
import { claim, item, progress, report, section } from './build.js';

const sample = report({
  progress: progress(1, 3, { 'in-progress': 1, open: 1, cancelled: 1 }, { done: 1, total: 3 }),
  claim: { ...claim(3, 80), about: null },
  items: [item('Loose end', 2, 'open')],
  sections: [
    section('Phase 1', 5, {
      items: [item('Build it', 7, 'done'), item('Test it', 8, 'in-progress', { percent: 40 }), item('Drop it', 9, 'cancelled')],
      claims: [claim(6, null, 'done'), claim(10, 90), claim(11, 50, 'in-progress')],
      progress: progress(1, 2, { 'in-progress': 1, open: 0, cancelled: 1 }),
      sections: [section('Empty', 12, { depth: 3 })],
    }),
  ],
});

describe('status JSON', () => {
  test('meets the contract and carries the schema version', () => {
    const json: unknown = JSON.parse(formatStatusJson([sample], { countOptional: false, indent: 0 }));
    assertStatusContract(json);
    assert.equal(SCHEMA_VERSION, 1);
  });

  test('joining serialised documents is byte-identical to stringifying the whole', () => {
    const documents = [sample, report({ path: 'b.md' }), report({ path: 'c "quoted"\nname.md' })];
    for (const indent of [0, 2, 4]) {
      for (const count of [0, 1, 3]) {
        const chosen = documents.slice(0, count);
        const whole = { schemaVersion: 1, documents: chosen.map((one) => documentJson(one, false)) };
        const joined = joinStatusJson(chosen.map((one) => documentJsonText(one, { countOptional: false, indent })), indent);
        assert.equal(joined, `${JSON.stringify(whole, null, indent)}\n`, `indent ${indent}, ${count} documents`);
      }
    }
  });

  test("a section's claim takes the first percent and its line, and the first status", () => {
    const [phase] = documentJson(sample, false).sections;
    assert.deepEqual(phase?.claim, { percent: 90, status: 'done', line: 10 });
    assert.equal(phase?.claims.length, 3);
    assert.equal(phase?.sections[0]?.claim, null);
  });

  test('item fractions: an explicit percent/100 capped at 1, else done 1, else 0; cancelled, legend and uncounted optional items null', () => {
    assert.equal(itemFraction(item('a', 1, 'done', { percent: 30 }), false), 0.3); // an explicit percent wins over done
    assert.equal(itemFraction(item('a', 1, 'done'), false), 1);
    assert.equal(itemFraction(item('a', 1, 'done', { legend: true }), false), null);
    assert.equal(itemFraction(item('a', 1, 'in-progress', { percent: 40 }), false), 0.4);
    assert.equal(itemFraction(item('a', 1, 'in-progress', { percent: 140 }), false), 1);
    assert.equal(itemFraction(item('a', 1, 'open'), false), 0);
    assert.equal(itemFraction(item('a', 1, 'cancelled', { percent: 50 }), false), null);
    assert.equal(itemFraction(item('a', 1, 'open', { optional: true }), false), null);
    assert.equal(itemFraction(item('a', 1, 'open', { optional: true }), true), 0);
    const [phase] = documentJson(sample, false).sections;
    assert.deepEqual(phase?.items.map((one) => one.fraction), [1, 0.4, null]);
  });

  test('document-level items, claim and findings with the file filled in', () => {
    const json = documentJson({ ...sample, findings: [{ ...sampleFinding(), file: null }] }, false);
    assert.deepEqual(json.claim, { percent: 80, status: null, line: 3, text: '**Progress**: 80%' });
    assert.deepEqual(json.items.map((one) => one.text), ['Loose end']);
    assert.equal(json.findings[0]?.file, 'docs/progress.md');
    assert.equal(json.items[0]?.marker, '[ ]');
  });
});

function sampleFinding() {
  return {
    ruleId: 'claim-drift',
    severity: 'warning' as const,
    message: 'drift',
    file: 'x.md',
    line: 10,
    column: 1,
    endLine: null,
    endColumn: null,
    actual: 50,
    expected: 90,
    url: null,
  };
}

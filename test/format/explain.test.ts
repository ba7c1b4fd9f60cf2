import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Explanation } from '../../src/compute/explain.js';
import { PLAIN } from '../../src/format/colors.js';
import { formatExplain } from '../../src/format/explain.js';
import { formatExplainJson } from '../../src/format/explain-json.js';
import { claim, item, progress, section } from './build.js';

const explanation: Explanation = {
  scope: 'section',
  title: 'Walls',
  line: 12,
  progress: { ...progress(1, 3, { 'in-progress': 1, open: 1, cancelled: 1 }, { done: 1, total: 2 }), fraction: 0.5 },
  claims: [{ ...claim(13, 60), about: 'Walls' }],
  items: [
    { item: item('Cut the studs', 15, 'done'), path: ['Shed', 'Walls'], fraction: 1, excluded: null },
    { item: item('Frame the walls', 16, 'in-progress', { percent: 50 }), path: ['Shed', 'Walls'], fraction: 0.5, excluded: null },
    { item: item('Paint it pink', 17, 'cancelled'), path: ['Shed', 'Walls'], fraction: null, excluded: 'cancelled' },
    { item: item('Order glass', 21, 'open'), path: ['Shed', 'Walls', 'Windows'], fraction: 0, excluded: null },
  ],
  section: section('Walls', 12).section,
};

describe('explain formatters', () => {
  test('human: the figure, its claims, every item grouped by section, the arithmetic', () => {
    const text = formatExplain(explanation, { path: 'shed.md', colors: PLAIN });
    const lines = text.split('\n');
    assert.equal(lines[0], 'shed.md:12  section Walls');
    assert.match(text, /claims 60% \(\+10\) {2}shed\.md:13 {2}\*\*Progress\*\*: 60%/);
    assert.match(text, /\n {2}Shed › Walls\n {4}✔ done +1 {2}shed\.md:15 {2}Cut the studs\n/);
    assert.match(text, /◐ in progress +0\.5 {2}shed\.md:16 {2}Frame the walls\n/);
    assert.match(text, /✕ cancelled +— {2}shed\.md:17 {2}Paint it pink {2}\(cancelled: not counted\)\n/);
    assert.match(text, /\n {2}Shed › Walls › Windows\n {4}○ open +0 {2}shed\.md:21 {2}Order glass\n/);
    assert.match(text, /\n {2}50% = 1\.5 ÷ 3 counted items \(1 left out\)/);
  });

  test('JSON: schema version, the items with their section path and the fraction the figure used', () => {
    const json = JSON.parse(formatExplainJson(explanation, { path: 'shed.md', countOptional: false, indent: 0 })) as Record<string, unknown>;
    assert.equal(json.schemaVersion, 1);
    assert.equal(json.path, 'shed.md');
    const items = json.items as { section: string[]; fraction: number | null; excluded: string | null; line: number }[];
    assert.deepEqual(items.map((one) => [one.line, one.fraction, one.excluded]), [[15, 1, null], [16, 0.5, null], [17, null, 'cancelled'], [21, 0, null]]);
    assert.deepEqual(items[3]?.section, ['Shed', 'Walls', 'Windows']);
  });
});

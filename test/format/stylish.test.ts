import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { PLAIN, type Colors } from '../../src/format/colors.js';
import { formatStylish } from '../../src/format/stylish.js';
import { claim, finding, item, progress, report, section } from './build.js';

/** Colours that show as tags, so a test can see what was painted how. */
const TAGS: Colors = {
  bold: (text) => `<b>${text}</b>`,
  dim: (text) => `<dim>${text}</dim>`,
  underline: (text) => `<u>${text}</u>`,
  red: (text) => `<red>${text}</red>`,
  green: (text) => `<green>${text}</green>`,
  yellow: (text) => `<yellow>${text}</yellow>`,
  blue: (text) => `<blue>${text}</blue>`,
  cyan: (text) => `<cyan>${text}</cyan>`,
};

const walls = section('Walls', 12, {
  progress: progress(1, 4, { 'in-progress': 1, open: 2 }),
  sections: [
    section('Windows', 20, { depth: 3, progress: progress(0, 2) }),
    section('Notes', 25, { depth: 3 }),
    section('Doors', 30, { depth: 3, progress: progress(1, 1) }),
  ],
});
const foundation = section('Foundation', 5, { progress: progress(2, 4), claims: [claim(6, 90)] });
const document = report({
  title: 'Garden Shed',
  progress: progress(3, 8, { 'in-progress': 1, blocked: 1, open: 3 }, { done: 3, total: 7 }),
  claim: { ...claim(3, 50), about: null },
  sections: [section('Garden Shed', 1, { depth: 1, progress: progress(3, 8), sections: [foundation, walls, section('Later', 40)] })],
  findings: [finding('claim-drift', 6, 'Foundation claims 90% but 50% is computed', 'error'), finding('stale', 2, 'Last updated long ago')],
});

describe('stylish', () => {
  const output = formatStylish([document], { colors: PLAIN, width: 100 });
  const lines = output.split('\n');

  test('a header, then the overall figure with counts, GitHub tasks and the claim beside it', () => {
    assert.equal(lines[0], 'docs/progress.md  Garden Shed');
    assert.match(lines[1] ?? '', /^  [█▏▎▍▌▋▊▉░]{24}    38%   3\/8 done   1 in progress · 1 blocked   tasks 3 of 7   claims 50% \(\+13\)$/);
  });

  test('the section tree: the title section folded away, guides, aligned columns, empty leaves hidden', () => {
    const tree = lines.slice(3, 8);
    assert.deepEqual(tree.map((line) => line.replace(/[█▏▎▍▌▋▊▉░·]+/g, '#')), [
      '  Foundation  #   50%  2/4                 claims 90% (+40) ✖',
      '  Walls       #   25%  1/4  1 in progress',
      '  ├─ Windows  #    0%  0/2',
      '  └─ Doors    #  100%  1/1',
      '',
    ]);
    assert.doesNotMatch(output, /Notes|Later/);
  });

  test('findings as file:line:col  severity  rule  message, in line order', () => {
    assert.deepEqual(lines.slice(8, 10), [
      '  docs/progress.md:2:1  warning  stale        Last updated long ago',
      '  docs/progress.md:6:1  error    claim-drift  Foundation claims 90% but 50% is computed',
    ]);
  });

  test('ends with one summary line across documents', () => {
    const two = formatStylish([document, report({ path: 'b.md', progress: progress(1, 2) })], { colors: PLAIN, width: 100 });
    assert.ok(two.endsWith('\n2 documents · 4/10 items done (40%) · 2 findings: 1 error, 1 warning\n'), two);
  });

  test('colours: drift in the finding colour, empty sections dim, nothing painted with PLAIN', () => {
    const painted = formatStylish([document], { colors: TAGS, width: 100 });
    assert.match(painted, /<red>claims 90% \(\+40\) ✖<\/red>/);
    assert.match(painted, /<dim>├─ <\/dim>Windows/);
    const empty = formatStylish([report({ sections: [section('Plans', 3, { claims: [claim(4, 20)] })] })], { colors: TAGS, width: 100 });
    assert.match(empty, /<dim>Plans<\/dim>/);
    assert.doesNotMatch(output, /\u001b\[/);
  });

  test('long titles are cut to fit the width; the other columns stay whole', () => {
    const long = report({ sections: [section('A very long section title that goes on and on about the work', 3, { progress: progress(1, 2) })] });
    const narrow = formatStylish([long], { colors: PLAIN, width: 60 }).split('\n')[3] ?? '';
    assert.match(narrow, /^  A very long section title th[a-z ]*…  [█░]{12}  50%  1\/2$/);
    assert.equal(narrow.length, 60);
  });

  test('a document without items, and no documents at all', () => {
    assert.match(formatStylish([report()], { colors: PLAIN, width: 80 }), /^docs\/progress\.md  Demo\n  no items found\n\n1 document · no items · no findings\n$/);
    assert.equal(formatStylish([], { colors: PLAIN, width: 80 }), 'No progress documents found.\n');
  });

  test('an encoding repair is noted in the header', () => {
    const repaired = report();
    const doc = { ...repaired.doc, encoding: { ...repaired.doc.encoding, repair: 'lossless' as const, repairedFrom: 'windows-1252' } };
    assert.match(formatStylish([{ ...repaired, doc }], { colors: PLAIN, width: 80 }), /\(encoding repaired from windows-1252 mojibake, lossless\)/);
  });

  test('items without sections still count in the overall line', () => {
    const flat = report({ items: [item('a', 1, 'done'), item('b', 2, 'open')], progress: progress(1, 2, {}, { done: 1, total: 2 }) });
    assert.match(formatStylish([flat], { colors: PLAIN, width: 80 }), /50%   1\/2 done   tasks 1 of 2\n/);
  });
});

import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { EditError } from '../../src/edit/errors.js';
import { setItemState } from '../../src/edit/set-state.js';
import type { ItemState } from '../../src/model/item.js';
import { analyze } from '../../src/pipeline/analyze.js';
import { defaultAnalyzeOptions } from '../../src/pipeline/options.js';
import { assertOnlySpanChanged, EDIT_FIXTURES, equalBytes } from './helpers.js';

/** `test/fixtures/edit/<case>/cases.json`: edits applied in turn to `input.md`; the result is `expected.md`. */
interface Cases {
  readonly about: string;
  /** The path analysis is given (it decides the Kiro dialect); `<case>/input.md` by default. */
  readonly path?: string;
  readonly steps: readonly Step[];
}

interface Step {
  readonly line: number;
  readonly state: ItemState;
  /** The marker's new text. */
  readonly after?: string;
  /** The item already had the state: no byte changes. */
  readonly unchanged?: boolean;
  /** The edit is refused for this reason (EditError.reason), with `message` in its message. */
  readonly refused?: string;
  readonly message?: string;
}

const OPTIONS = { vocabulary: {} };
const cases = readdirSync(EDIT_FIXTURES).filter((name) => existsSync(join(EDIT_FIXTURES, name, 'cases.json'))).sort();

describe('edit fixtures: each step changes only the marker, and the result is expected.md (UPDATE=1 rewrites it)', () => {
  for (const name of cases) {
    const dir = join(EDIT_FIXTURES, name);
    const spec = JSON.parse(readFileSync(join(dir, 'cases.json'), 'utf8')) as Cases;
    test(`${name}: ${spec.about}`, () => {
      const path = spec.path ?? `${name}/input.md`;
      let bytes: Uint8Array = new Uint8Array(readFileSync(join(dir, 'input.md')));
      for (const step of spec.steps) {
        const label = `line ${step.line} → ${step.state}`;
        if (step.refused !== undefined) {
          assert.throws(() => setItemState(bytes, path, { line: step.line }, step.state, OPTIONS), (error: unknown) => {
            assert.ok(error instanceof EditError, `${label}: an EditError, got ${String(error)}`);
            assert.equal(error.reason, step.refused, `${label}: ${error.message}`);
            if (step.message !== undefined) assert.ok(error.message.includes(step.message), `${label}: "${error.message}" should say "${step.message}"`);
            assert.doesNotMatch(error.message, /\n/, 'one line');
            return true;
          });
          continue;
        }
        const edit = setItemState(bytes, path, { line: step.line }, step.state, OPTIONS);
        assert.equal(edit.after, step.after, label);
        assert.equal(edit.changed, step.unchanged !== true, label);
        if (edit.changed) assertOnlySpanChanged(bytes, edit);
        else assert.equal(edit.bytes, bytes, `${label}: the same bytes when nothing changes`);
        // Read back by the whole pipeline, as `headway status` would.
        const item = allItems(analyze(edit.bytes, path, defaultAnalyzeOptions())).find((candidate) => candidate.id === edit.item.id);
        assert.equal(item?.state, step.state, label);
        bytes = edit.bytes;
      }
      const expected = join(dir, 'expected.md');
      if (process.env['UPDATE'] === '1') writeFileSync(expected, bytes);
      assert.ok(equalBytes(bytes, new Uint8Array(readFileSync(expected))), `${name}: the edited file equals expected.md`);
    });
  }
});

function allItems(report: ReturnType<typeof analyze>): { id: string; state: ItemState }[] {
  const out: { id: string; state: ItemState }[] = [...report.doc.items];
  const visit = (sections: typeof report.doc.sections): void => {
    for (const section of sections) {
      out.push(...section.items);
      visit(section.sections);
    }
  };
  visit(report.doc.sections);
  return out;
}

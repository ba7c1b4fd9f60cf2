/**
 * Generated reports, kept in `test/fixtures/reports/<name>.md`: `UPDATE=1` rewrites them —
 * read them (raw and rendered) before committing.
 */
import { test } from 'node:test';
import { expectFixture } from '../chart/fixture.js';
import { REPORTS } from './cases.js';

for (const [name, report] of Object.entries(REPORTS)) {
  test(`report fixture: ${name}`, () => expectFixture(`reports/${name}.md`, report()));
}

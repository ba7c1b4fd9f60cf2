import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as api from '../../src/edit/index.js';

test('the edit stage exports exactly its public API', () => {
  assert.deepEqual(Object.keys(api).sort(), [
    'EditError', 'LockTimeoutError', 'WriteConflictError', 'contentHash', 'findItem', 'lockPathOf',
    'readDocument', 'setItemState', 'setStateInFile', 'setStateJson', 'withFileLock', 'writeAtomically',
  ]);
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as api from '../../../src/history/git/index.js';

test('the git reader exports exactly its public API', () => {
  assert.deepEqual(Object.keys(api).sort(), [
    'DOCUMENT_PATHSPECS', 'GitError', 'openBlobReader', 'openRepository', 'readHistory', 'readWorkingTree', 'workingTreeBlob',
  ]);
});

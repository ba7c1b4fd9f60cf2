import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as api from '../../src/decode/index.js';
import { DECODE_RULES } from '../../src/decode/problems.js';
import { utf8, viaWindows1252 } from './make-mojibake.js';

test('the decode stage exports exactly its public API', () => {
  assert.deepEqual(Object.keys(api).sort(), ['decode']);
});

test('every diagnostic the stage reports uses one of its declared rule ids', () => {
  const inputs = [
    Uint8Array.from([0x00, 0x01]),
    Uint8Array.from([0x63, 0x61, 0x66, 0xe9]),
    Uint8Array.from([0xe2, 0x9c, 0x85, 0xff]),
    utf8(viaWindows1252('✅ ⏳ done')),
  ];
  const seen = new Set(inputs.flatMap((bytes) => api.decode(bytes).problems.map((problem) => problem.ruleId)));
  assert.deepEqual([...seen].sort(), [...DECODE_RULES].sort());
});

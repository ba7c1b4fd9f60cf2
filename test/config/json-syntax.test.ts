import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { lineAndColumn } from '../../src/config/json.js';
import { findJsonSyntaxError } from '../../src/config/json-syntax.js';

describe('findJsonSyntaxError', () => {
  test('agrees with JSON.parse on which texts are valid', () => {
    const accepts = (text: string): boolean => {
      try {
        JSON.parse(text);
        return true;
      } catch {
        return false;
      }
    };
    fc.assert(fc.property(fc.json(), (text) => findJsonSyntaxError(text) === null));
    const broken = fc.tuple(fc.json(), fc.nat(), fc.constantFrom('', ',', '}', ']', '"', ':', 'x', '{', '\n')).map(([text, at, insert]) => {
      const cut = at % (text.length + 1);
      return text.slice(0, cut) + insert + text.slice(cut + 1);
    });
    fc.assert(fc.property(broken, (text) => (findJsonSyntaxError(text) === null) === accepts(text)), { numRuns: 2000 });
  });

  test('points at the offending character', () => {
    assert.deepEqual(findJsonSyntaxError('{"a": 1,}'), { offset: 8, message: `expected a "quoted" property name, found '}'` });
    assert.deepEqual(findJsonSyntaxError('{"a": tru}'), { offset: 6, message: "expected a value, found 'tru'" });
    assert.deepEqual(findJsonSyntaxError('"abc'), { offset: 0, message: 'unterminated string' });
    assert.deepEqual(findJsonSyntaxError('{} {}'), { offset: 3, message: "unexpected '{' after the end of the value" });
    assert.equal(findJsonSyntaxError('['.repeat(100_000))?.message, 'nesting too deep');
  });

  test('line and column are 1-based', () => {
    assert.deepEqual(lineAndColumn('ab\ncd\nef', 0), { line: 1, column: 1 });
    assert.deepEqual(lineAndColumn('ab\ncd\nef', 4), { line: 2, column: 2 });
    assert.deepEqual(lineAndColumn('ab\ncd\nef', 8), { line: 3, column: 3 });
  });
});

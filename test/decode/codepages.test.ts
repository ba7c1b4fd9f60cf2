import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MACINTOSH, WINDOWS_1252, decodeMacRoman, decodeWindows1252 } from '../../src/decode/codepages.js';

const allHighBytes = Uint8Array.from({ length: 128 }, (_, i) => 0x80 + i);

test('Windows-1252: 0x80–0x9F are the published characters, the five undefined bytes C1 controls', () => {
  const expected = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';
  assert.equal(decodeWindows1252(allHighBytes.subarray(0, 32)), expected);
  const latin1 = String.fromCharCode(...allHighBytes.subarray(32));
  assert.equal(decodeWindows1252(allHighBytes.subarray(32)), latin1);
});

test('Mac Roman table matches the platform decoder (ICU) byte for byte', (t) => {
  let icu: string;
  try {
    icu = new TextDecoder('macintosh').decode(allHighBytes);
  } catch {
    t.skip('this Node build has no macintosh TextDecoder (small ICU)');
    return;
  }
  assert.equal(decodeMacRoman(allHighBytes), icu);
});

test('every high byte maps back to itself through both pages', () => {
  for (const [page, decodeHigh] of [
    [WINDOWS_1252, decodeWindows1252],
    [MACINTOSH, decodeMacRoman],
  ] as const) {
    const text = decodeHigh(allHighBytes);
    assert.deepEqual([...text].map((char) => page.toByte(char.charCodeAt(0))), [...allHighBytes], page.name);
  }
});

test('ASCII maps to itself; characters outside the page map to -1', () => {
  assert.equal(WINDOWS_1252.toByte(0x41), 0x41);
  assert.equal(MACINTOSH.toByte(0x0a), 0x0a);
  assert.equal(WINDOWS_1252.toByte(0x2705), -1);
  assert.equal(MACINTOSH.toByte(0xd83d), -1);
});

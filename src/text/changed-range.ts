/** A change between two versions of a text, in offsets of the old (`fromA`/`toA`) and new text. */
export interface TextChange {
  readonly fromA: number;
  readonly toA: number;
  readonly fromB: number;
  readonly toB: number;
}

/** Characters compared at a time before narrowing down char by char: slices compare natively. */
const CHUNK = 256;

/**
 * The one range that differs between two versions of a text: everything before the first
 * difference and after the last is shared. A tick, an added line or an edited word gives a
 * range a few characters long, which is all Lezer needs to re-use the rest of the old tree.
 *
 *     old: "- [ ] a\n- [ ] b\n"        fromA=9 toA=10
 *     new: "- [ ] a\n- [x] b\n"        fromB=9 toB=10
 */
export function changedRange(oldText: string, newText: string): TextChange {
  const shorter = Math.min(oldText.length, newText.length);
  let start = 0;
  while (start + CHUNK <= shorter && oldText.slice(start, start + CHUNK) === newText.slice(start, start + CHUNK)) start += CHUNK;
  while (start < shorter && oldText.charCodeAt(start) === newText.charCodeAt(start)) start++;
  let endA = oldText.length;
  let endB = newText.length;
  while (endA - CHUNK >= start && endB - CHUNK >= start && oldText.slice(endA - CHUNK, endA) === newText.slice(endB - CHUNK, endB)) {
    endA -= CHUNK;
    endB -= CHUNK;
  }
  while (endA > start && endB > start && oldText.charCodeAt(endA - 1) === newText.charCodeAt(endB - 1)) {
    endA--;
    endB--;
  }
  return { fromA: start, toA: endA, fromB: start, toB: endB };
}

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

/**
 * One-character substitutions at `ticks` (offsets, sorted), then `last`: all of it as sorted,
 * separate ranges from the text before the ticks to the text after `last`. Substitutions keep
 * every offset, so a tick before `last` stands where it was, one after it moves by what `last`
 * added or removed, and one inside or beside `last` joins it.
 */
export function withTicks(ticks: readonly number[], last: TextChange): TextChange[] {
  const shift = last.toB - last.toA;
  let { fromA, toA, fromB, toB } = last;
  const before: TextChange[] = [];
  const after: TextChange[] = [];
  for (const at of ticks) {
    if (at + 1 < fromA) before.push({ fromA: at, toA: at + 1, fromB: at, toB: at + 1 });
    else if (at > toA) after.push({ fromA: at, toA: at + 1, fromB: at + shift, toB: at + shift + 1 });
    else {
      if (at < fromA) [fromA, fromB] = [at, at];
      if (at + 1 > toA) [toA, toB] = [at + 1, at + 1 + shift];
    }
  }
  return [...before, { fromA, toA, fromB, toB }, ...after];
}

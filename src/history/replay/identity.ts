import type { ItemState } from '../../model/item.js';
import type { ItemEvent, ItemEventKind, ItemSnapshot } from '../model.js';

/** Where the versions being compared were committed. */
export interface EventPoint {
  readonly commit: string;
  readonly date: string;
  readonly path: string;
}

/** Below this bigram similarity two texts are different items, not one re-worded. */
const SAME_SECTION_SIMILARITY = 0.7;
const OTHER_SECTION_SIMILARITY = 0.85;

/** Past this many candidate pairs a version is a rewrite: unmatched items are simply new and removed. */
const FUZZY_PAIRS = 10_000;

/**
 * Follows items from one version of a document to the next so each keeps one identity while
 * other lines change, while it moves, or when it is re-worded slightly (PRODUCT.md). An item
 * matches, in order of preference: the same text in the same section; the same text anywhere
 * (moved); a similar text (re-worded). What is left is scope added or scope removed.
 */
export class ItemIdentity {
  private previous: readonly ItemSnapshot[] = [];

  /** The items of the next version with their history ids, and what happened to each. */
  next(items: readonly ItemSnapshot[], at: EventPoint): { items: ItemSnapshot[]; events: ItemEvent[] } {
    const previous = this.previous;
    const events: ItemEvent[] = [];
    const matched: (ItemSnapshot | undefined)[] = new Array<ItemSnapshot | undefined>(items.length);
    const taken = new Set<ItemSnapshot>();
    // Most versions change a line or two: the items before and after them pair up in order,
    // and only the ones between need looking up.
    let head = 0;
    while (head < items.length && head < previous.length && sameItem(items[head]!, previous[head]!)) {
      matched[head] = previous[head];
      head++;
    }
    let tail = 0;
    while (tail < items.length - head && tail < previous.length - head && sameItem(items[items.length - 1 - tail]!, previous[previous.length - 1 - tail]!)) {
      matched[items.length - 1 - tail] = previous[previous.length - 1 - tail];
      tail++;
    }
    const middle = previous.slice(head, previous.length - tail);
    if (head + tail < items.length) {
      const bySectionText = group(middle, (p) => `${p.section}\u0000${p.text}`);
      const byText = group(middle, (p) => p.text);
      for (let i = head; i < items.length - tail; i++) {
        const item = items[i]!;
        matched[i] = take(bySectionText.get(`${item.section}\u0000${item.text}`), taken) ?? take(byText.get(item.text), taken);
      }
      this.matchReworded(items, matched, middle, taken);
    }

    // Matched items keep their history id; a new item takes its own id unless one of those has it
    // (a re-worded item keeps the old id, and the old text may come back as a new item).
    let used: Set<string> | null = null;
    const next: ItemSnapshot[] = new Array<ItemSnapshot>(items.length);
    for (let i = 0; i < items.length; i++) {
      const item = items[i]!;
      const before = matched[i];
      if (before) {
        next[i] = before.id === item.id ? item : withId(item, before.id);
        const kind = transition(before.state, item.state) ?? (before.text !== item.text ? 'changed' : null);
        if (kind) events.push(event(kind, before.id, item, at, before.state, item.state));
        continue;
      }
      used ??= new Set(matched.flatMap((p) => (p ? [p.id] : [])));
      let id = item.id;
      for (let n = 2; used.has(id); n++) id = `${item.id}~${n}`;
      used.add(id);
      next[i] = id === item.id ? item : withId(item, id);
      events.push(event('appeared', id, item, at, null, item.state));
    }
    for (const p of middle) if (!taken.has(p)) events.push(event('removed', p.id, p, at, p.state, null));
    this.previous = next;
    return { items: next, events };
  }

  /** The items of the last version given, with their history ids. */
  get current(): readonly ItemSnapshot[] {
    return this.previous;
  }

  /** Resumes from a known version (a cached history). */
  resume(items: readonly ItemSnapshot[]): void {
    this.previous = items;
  }

  /** Pairs left-over items by text similarity, best pairs first. */
  private matchReworded(items: readonly ItemSnapshot[], matched: (ItemSnapshot | undefined)[], middle: readonly ItemSnapshot[], taken: Set<ItemSnapshot>): void {
    const open = items.map((_, i) => i).filter((i) => !matched[i]);
    const gone = middle.filter((p) => !taken.has(p));
    if (open.length === 0 || gone.length === 0 || open.length * gone.length > FUZZY_PAIRS) return;
    const pairs: { i: number; p: ItemSnapshot; score: number }[] = [];
    for (const i of open) {
      const item = items[i]!;
      for (const p of gone) {
        const score = similarity(item.text, p.text);
        if (score >= (item.section === p.section ? SAME_SECTION_SIMILARITY : OTHER_SECTION_SIMILARITY)) pairs.push({ i, p, score });
      }
    }
    pairs.sort((a, b) => b.score - a.score);
    for (const { i, p } of pairs) {
      if (matched[i] || taken.has(p)) continue;
      matched[i] = p;
      taken.add(p);
    }
  }
}

/** The same item in two versions that pair up in order: same section, same text. */
function sameItem(a: ItemSnapshot, b: ItemSnapshot): boolean {
  return a.text === b.text && a.section === b.section;
}

function withId(item: ItemSnapshot, id: string): ItemSnapshot {
  return { id, kind: item.kind, state: item.state, percent: item.percent, text: item.text, section: item.section, counted: item.counted, line: item.line, reason: item.reason };
}

function group<T>(list: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const t of list) {
    const k = key(t);
    const bucket = map.get(k);
    if (bucket) bucket.push(t);
    else map.set(k, [t]);
  }
  return map;
}

function take(bucket: readonly ItemSnapshot[] | undefined, taken: Set<ItemSnapshot>): ItemSnapshot | undefined {
  const found = bucket?.find((p) => !taken.has(p));
  if (found) taken.add(found);
  return found;
}

/** What a change of state means for the item's history. */
export function transition(from: ItemState, to: ItemState): ItemEventKind | null {
  if (from === to) return null;
  if (to === 'done') return 'done';
  if (from === 'done') return to === 'cancelled' ? 'cancelled' : 'reopened';
  if (to === 'cancelled') return 'cancelled';
  if (to === 'deferred') return 'deferred';
  if (to === 'blocked') return 'blocked';
  if (from === 'blocked') return 'unblocked';
  if (to === 'in-progress') return 'started';
  return 'changed';
}

function event(kind: ItemEventKind, item: string, at: ItemSnapshot, where: EventPoint, from: ItemState | null, to: ItemState | null): ItemEvent {
  return { item, kind, commit: where.commit, date: where.date, path: where.path, section: at.section, text: at.text, from, to };
}

/** Dice coefficient over character bigrams of the lower-cased texts (1 = same, 0 = nothing shared). */
export function similarity(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  if (x === y) return 1;
  if (x.length < 2 || y.length < 2) return 0;
  const counts = new Map<string, number>();
  for (let i = 0; i < x.length - 1; i++) {
    const bigram = x.slice(i, i + 2);
    counts.set(bigram, (counts.get(bigram) ?? 0) + 1);
  }
  let shared = 0;
  for (let i = 0; i < y.length - 1; i++) {
    const bigram = y.slice(i, i + 2);
    const n = counts.get(bigram) ?? 0;
    if (n > 0) {
      shared++;
      counts.set(bigram, n - 1);
    }
  }
  return (2 * shared) / (x.length - 1 + y.length - 1);
}

import { parseDate } from './dates.js';
import { FIELD_KEYS, type FieldKind } from './lexicon/field-keys.js';

/** A `Key: value` line (`**Progress**: 65%`, `- **Status**: Open`), in plain-text indices. */
export interface Field {
  readonly kind: FieldKind;
  /** The key as written. */
  readonly key: string;
  readonly value: string;
  readonly valueStart: number;
  readonly valueEnd: number;
}

const KEY_KIND = new Map<string, FieldKind>();
for (const [kind, keys] of Object.entries(FIELD_KEYS) as [FieldKind, readonly string[]][]) {
  for (const key of keys) KEY_KIND.set(key, kind);
}

const FIELD = /^\s*([^:：\n]{1,40}?)\s*[:：]\s*(.*?)\s*$/dsu;

/** Reads a field line, or returns null when the key is not one Headway understands. */
export function readField(plain: string): Field | null {
  const m = FIELD.exec(plain);
  if (!m) return null;
  const key = m[1]!;
  const kind = fieldKind(key);
  if (!kind) return null;
  // `Done: changelog updated` is a status label; `Completed: 2025-11-25` is a date field.
  if (kind === 'completed' && parseDate(m[2]!) === null) return null;
  const [valueStart, valueEnd] = m.indices![2]!;
  return { kind, key: key.trim(), value: m[2]!, valueStart, valueEnd };
}

/** The kind of a field key, matching whole keys or a known key followed by more words. */
export function fieldKind(key: string): FieldKind | null {
  const k = key
    .toLowerCase()
    .replace(/[\p{Extended_Pictographic}\uFE0F*_`]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
  const exact = KEY_KIND.get(k);
  if (exact) return exact;
  // `Target MVP`, `Last Updated On`: a known key followed by qualifying words.
  const words = k.split(' ');
  for (let n = words.length - 1; n >= 1; n--) {
    const kind = KEY_KIND.get(words.slice(0, n).join(' '));
    if (kind === 'target' || kind === 'updated' || kind === 'started' || kind === 'progress') return kind;
  }
  return null;
}

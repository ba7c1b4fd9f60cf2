import { parseDate } from './dates.js';
import { FIELD_KEYS, type FieldKind } from './lexicon/field-keys.js';
import { findPercent } from './percent.js';

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

// The key may not hold an unclosed bracket or end in a digit (`resolutions (4:3, 16:9)`, `10:30`).
// Groups give the lengths before the value: the `d` (indices) flag would, but slows every match.
const FIELD = /^(\s*)([^:：\n]{0,39}[^:：\n\d(])(\s*[:：]\s*)(.*?)\s*$/su;
const UPDATED_KEY = /\b(?:updated?|aktualisiert|aktualisierung|cập nhật|mise à jour|actualización|atualização|aggiornamento|更新)\b/iu;

/** Reads a field line, or returns null when the key is not one Headway understands. */
export function readField(plain: string): Field | null {
  if (!plain.includes(':') && !plain.includes('：')) return null;
  const m = FIELD.exec(plain);
  if (!m) return null;
  const key = m[2]!;
  const value = m[4]!;
  if ((key.match(/\(/g)?.length ?? 0) !== (key.match(/\)/g)?.length ?? 0)) return null;
  let kind = fieldKind(key, value);
  if (!kind) return null;
  if (kind === 'completed') {
    // `Done: changelog updated` is a status label; `Completed: 2025-11-25` a date; `Abgeschlossen: ~40%` a figure.
    if (findPercent(value) !== null) kind = 'progress';
    else if (parseDate(value) === null) return null;
  }
  const valueStart = m[1]!.length + key.length + m[3]!.length;
  return { kind, key: key.trim(), value, valueStart, valueEnd: valueStart + value.length };
}

/**
 * The kind of a field key. Whole keys match as they are; a known key followed by more words
 * (`Target MVP`, `Last full update`) only when the value is of the kind's type — a date for a
 * target, a percent for progress — so `Target File: src/x.cs` and `Progress Report Date:` are not.
 */
export function fieldKind(key: string, value: string): FieldKind | null {
  const direct = KEY_KIND.get(key.trim().toLowerCase());
  if (direct) return direct;
  const k = key
    .toLowerCase()
    .replace(/[\p{Extended_Pictographic}\uFE0F*_`]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
  const exact = KEY_KIND.get(k);
  if (exact) return exact;
  const words = k.split(' ');
  for (let n = words.length - 1; n >= 1; n--) {
    const kind = KEY_KIND.get(words.slice(0, n).join(' '));
    if ((kind === 'target' || kind === 'started') && isDateLike(value)) return kind;
    if ((kind === 'progress' || kind === 'overall') && findPercent(value) !== null) return kind;
  }
  if (UPDATED_KEY.test(k) && parseDate(value) !== null) return 'updated';
  return null;
}

/** Whether a key could be a field key of any kind (cheap; for skipping plain lines). */
export function mightBeFieldKey(key: string): boolean {
  const k = key.toLowerCase();
  if (KEY_KIND.has(k) || UPDATED_KEY.test(k)) return true;
  const space = k.indexOf(' ');
  return space > 0 && KEY_KIND.has(k.slice(0, space));
}

/** A date, a quarter, a week or sprint number, or a year: what a target or start can be. */
export function isDateLike(value: string): boolean {
  return parseDate(value) !== null || /\bQ[1-4]\b|\b(?:week|sprint|month|kw|woche)\s*\d+|\b(?:19|20)\d{2}\b/iu.test(value);
}

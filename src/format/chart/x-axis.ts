import { dayOf, instantOf, parseDay, parseWeek, weekStart } from '../../history/series/weeks.js';
import { textWidth } from '../text-width.js';
import type { PaintName } from './types.js';

const DAY_MS = 86_400_000;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}[T ]/;

/** The day number (days since 1970-01-01) of a `YYYY-MM-DD`, an ISO date-time (its own day) or a `YYYY-Www` (its Monday). */
export function dayNumber(label: string): number | null {
  let day = parseDay(label);
  if (day === null && parseWeek(label) !== null) day = weekStart(label);
  if (day === null && DATE_TIME.test(label)) {
    try {
      day = parseDay(dayOf(label));
    } catch {
      return null;
    }
  }
  return day === null ? null : Math.round(instantOf(day) / DAY_MS);
}

/** Where the points sit on the x-axis: days when every label is a date in order, else their index. */
export interface XScale {
  readonly time: boolean;
  /** An x value per point. */
  readonly xs: readonly number[];
}

/** A time axis when the labels are dates in order, else points evenly spaced. */
export function xScale(labels: readonly string[], count: number): XScale {
  const days: number[] = [];
  for (let index = 0; index < count; index++) {
    const day = dayNumber(labels[index] ?? '');
    if (day === null || (index > 0 && day < (days[index - 1] ?? day))) return { time: false, xs: Array.from({ length: count }, (_, i) => i) };
    days.push(day);
  }
  return { time: count > 0, xs: days };
}

/**
 * A label as an axis shows it: a date in the year of the first label loses its year
 * (`2026-03-16` → `03-16`, `2026-W12` → `W12`), so more of them fit; others stay whole.
 */
export function shortLabel(label: string, year: string | null): string {
  const day = /^(\d{4})-(\d{2}-\d{2})(?:[T ].*)?$/.exec(label);
  if (day !== null) return day[1] === year ? (day[2] ?? label) : label.slice(0, 10);
  const week = /^(\d{4})-(W\d{2})$/.exec(label);
  if (week !== null && week[1] === year) return week[2] ?? label;
  return label;
}

/** A label wanted at a column, most important first. */
export interface LabelWish {
  readonly col: number;
  readonly text: string;
  /** Defaults to dim, as the axis. */
  readonly paint?: PaintName;
}

/** A label given a place: its text starts at `start`; `col` is the column it marks. */
export interface PlacedLabel extends LabelWish {
  readonly start: number;
}

/**
 * Places labels centred on their columns, kept inside `cols`, skipping any that would touch
 * one already placed: with wishes ordered by importance, the first and last labels survive
 * and the ones between fill the gaps.
 */
export function placeLabels(wishes: readonly LabelWish[], cols: number): PlacedLabel[] {
  const placed: PlacedLabel[] = [];
  for (const wish of wishes) {
    const width = textWidth(wish.text);
    if (width === 0 || width > cols) continue;
    const start = Math.max(0, Math.min(cols - width, wish.col - Math.floor((width - 1) / 2)));
    const clear = placed.every((other) => start + width + 1 <= other.start || other.start + textWidth(other.text) + 1 <= start);
    if (clear) placed.push({ ...wish, start });
  }
  return placed.sort((a, b) => a.start - b.start);
}

/** Indices of about `count` points evenly spread between the first and the last. */
export function spreadIndices(length: number, count: number): number[] {
  if (length <= 0 || count <= 0) return [];
  if (length === 1 || count === 1) return [0];
  return Array.from({ length: count }, (_, index) => Math.round((index * (length - 1)) / (count - 1)));
}

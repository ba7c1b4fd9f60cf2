import { ok as assert } from 'node:assert';

/**
 * Calendar days and ISO-8601 weeks as strings (`2026-03-01`, `2026-W09`), computed on whole
 * day numbers rather than `Date` objects: no time zone of the machine running Headway can
 * leak in, and `Date.UTC`'s "years 0–99 mean 1900–1999" never bites.
 */

/** An ISO week split into its year (the ISO week-numbering year) and number (1–53). */
export interface IsoWeek {
  readonly year: number;
  readonly week: number;
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
/** A date-time as git prints it (`%cI`): the wall-clock day comes first, in the commit's own offset. */
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?(?:Z|([+-])(\d{2})(?::?(\d{2}))?)?)?$/;
const WEEK = /^(\d{4})-W(\d{2})$/;

/** Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's `days_from_civil`). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** The inverse of `daysFromCivil`. */
function civilFromDays(days: number): [year: number, month: number, day: number] {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return [yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day];
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** `YYYY-MM-DD` of a day number. */
function formatDay(days: number): string {
  const [year, month, day] = civilFromDays(days);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** The day number of a valid `YYYY-MM-DD`, or null (`2026-02-30` is not a day). */
function dayNumber(text: string): number | null {
  const match = DAY.exec(text);
  if (match === null) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const days = daysFromCivil(year, month, day);
  // Round-tripping rejects the 30th of February and friends.
  return formatDay(days) === text ? days : null;
}

function requireDay(text: string): number {
  const days = dayNumber(text);
  assert(days !== null, `expected a day as YYYY-MM-DD, got ${JSON.stringify(text)}`);
  return days;
}

/** Monday = 0 … Sunday = 6; 1970-01-01 was a Thursday. */
const weekday = (days: number): number => (((days + 3) % 7) + 7) % 7;

/** The Monday of week 1: the week holding January 4th. */
function firstMonday(year: number): number {
  const jan4 = daysFromCivil(year, 1, 4);
  return jan4 - weekday(jan4);
}

/** 52 or 53: the week holding December 28th is always a year's last. */
export function weeksInYear(year: number): number {
  return isoWeekOf(daysFromCivil(year, 12, 28)).week;
}

/** A week's year and number: the week belongs to the year its Thursday falls in. */
function isoWeekOf(days: number): IsoWeek {
  const thursday = days - weekday(days) + 3;
  const [year] = civilFromDays(thursday);
  return { year, week: Math.floor((thursday - firstMonday(year)) / 7) + 1 };
}

const formatWeek = ({ year, week }: IsoWeek): string => `${pad(year, 4)}-W${pad(week, 2)}`;

/** A valid `YYYY-MM-DD`, or null. */
export function parseDay(text: string): string | null {
  return dayNumber(text) === null ? null : text;
}

/** A valid `YYYY-Www` (week 53 only in years that have one), or null. */
export function parseWeek(text: string): IsoWeek | null {
  const match = WEEK.exec(text);
  if (match === null) return null;
  const year = Number(match[1]);
  const week = Number(match[2]);
  return week >= 1 && week <= weeksInYear(year) ? { year, week } : null;
}

/**
 * The calendar day of a commit date in the commit's own offset, not in UTC nor in the
 * reader's zone: the author worked on the 1st, whatever the clock in London said.
 *
 *     2026-03-01T23:30:00-05:00   (2026-03-02 04:30 UTC)
 *     ^^^^^^^^^^ → 2026-03-01
 *
 * A plain day is returned as is.
 */
export function dayOf(dateTime: string): string {
  let day = days.get(dateTime);
  if (day === undefined) {
    const match = DATE_TIME.exec(dateTime);
    assert(match !== null && dayNumber(match[1] ?? '') !== null, `expected an ISO 8601 date, got ${JSON.stringify(dateTime)}`);
    day = match[1] ?? '';
    remember(days, dateTime, day);
  }
  return day;
}

/** Each commit date's day is asked for by every series, throughput and report drawn from it. */
const days = new Map<string, string>();

function remember<V>(memo: Map<string, V>, key: string, value: V): void {
  if (memo.size >= 100_000) memo.clear();
  memo.set(key, value);
}

/**
 * Milliseconds since the epoch of a commit date, to put commits of several documents in
 * time order. A date without an offset is read as UTC, never in the zone of the machine
 * running Headway.
 */
export function instantOf(dateTime: string): number {
  const match = DATE_TIME.exec(dateTime);
  const days = dayNumber(match?.[1] ?? '');
  assert(match !== null && days !== null, `expected an ISO 8601 date, got ${JSON.stringify(dateTime)}`);
  const [, , hour = '0', minute = '0', second = '0', fraction = '', sign, offsetHours = '0', offsetMinutes = '0'] = match;
  const offset = (sign === '-' ? -1 : 1) * (Number(offsetHours) * 60 + Number(offsetMinutes));
  const seconds = ((days * 24 + Number(hour)) * 60 + Number(minute) - offset) * 60 + Number(second);
  return seconds * 1000 + Math.floor(Number(`0.${fraction || '0'}`) * 1000);
}

/** The ISO week (`2026-W09`) of a day or commit date: 2024-12-30 is 2025-W01, 2021-01-03 is 2020-W53. */
export function isoWeek(date: string): string {
  let week = weeks.get(date);
  if (week === undefined) {
    week = formatWeek(isoWeekOf(requireDay(dayOf(date))));
    // A history has a few hundred distinct days and asks for each one's week thousands of times.
    remember(weeks, date, week);
  }
  return week;
}

const weeks = new Map<string, string>();

/** The Monday (`YYYY-MM-DD`) a week starts on. */
export function weekStart(week: string): string {
  const parsed = parseWeek(week);
  assert(parsed !== null, `expected an ISO week as YYYY-Www, got ${JSON.stringify(week)}`);
  return formatDay(firstMonday(parsed.year) + (parsed.week - 1) * 7);
}

/** The day `count` days after `day` (before, when negative). */
export function addDays(day: string, count: number): string {
  return formatDay(requireDay(day) + count);
}

/** Every day from `from` to `to`, both included; empty when `to` is before `from`. */
export function dayRange(from: string, to: string): string[] {
  const first = requireDay(from);
  const last = requireDay(to);
  const days: string[] = [];
  for (let day = first; day <= last; day++) days.push(formatDay(day));
  return days;
}

/** Every ISO week from `from` to `to`, both included; empty when `to` is before `from`. */
export function weekRange(from: string, to: string): string[] {
  const last = requireDay(weekStart(to));
  const weeks: string[] = [];
  for (let monday = requireDay(weekStart(from)); monday <= last; monday += 7) weeks.push(formatWeek(isoWeekOf(monday)));
  return weeks;
}

import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { addDays, dayOf, dayRange, instantOf, isoWeek, parseDay, parseWeek, weekRange, weekStart, weeksInYear } from '../../../src/history/series/weeks.js';

test('isoWeek: weeks belong to the year of their Thursday, around year ends too', () => {
  assert.equal(isoWeek('2026-03-01'), '2026-W09'); // a Sunday: the end of W09
  assert.equal(isoWeek('2026-03-02'), '2026-W10');
  assert.equal(isoWeek('2024-12-30'), '2025-W01');
  assert.equal(isoWeek('2021-01-03'), '2020-W53');
  assert.equal(isoWeek('2020-12-31'), '2020-W53');
  assert.equal(isoWeek('2027-01-01'), '2026-W53');
  assert.equal(isoWeek('2026-03-01T23:30:00-05:00'), '2026-W09', 'the commit’s own day, not UTC’s Monday');
});

test('weekStart: the Monday of a week', () => {
  assert.equal(weekStart('2026-W09'), '2026-02-23');
  assert.equal(weekStart('2025-W01'), '2024-12-30');
  assert.equal(weekStart('2020-W53'), '2020-12-28');
  assert.throws(() => weekStart('2021-W53'), /ISO week/);
});

test('weeksInYear: 53 in years starting on a Thursday, or leap years starting on a Wednesday', () => {
  assert.deepEqual([2015, 2020, 2021, 2025, 2026, 2032].map(weeksInYear), [53, 53, 52, 52, 53, 53]);
});

test('parseWeek and parseDay validate', () => {
  assert.deepEqual(parseWeek('2020-W53'), { year: 2020, week: 53 });
  assert.deepEqual(parseWeek('2026-W01'), { year: 2026, week: 1 });
  for (const bad of ['2021-W53', '2026-W00', '2026-W54', '2026-W9', '2026W09', '2026-w09', ' 2026-W09', '']) assert.equal(parseWeek(bad), null, bad);
  assert.equal(parseDay('2024-02-29'), '2024-02-29');
  for (const bad of ['2026-02-29', '2026-02-30', '2026-13-01', '2026-00-10', '2026-1-01', '2026-01-01T00:00:00Z']) assert.equal(parseDay(bad), null, bad);
});

test('dayOf: the calendar day in the commit’s own offset', () => {
  assert.equal(dayOf('2026-03-01T23:30:00-05:00'), '2026-03-01');
  assert.equal(dayOf('2026-03-02T00:30:00+09:00'), '2026-03-02');
  assert.equal(dayOf('2026-03-01T10:00:00Z'), '2026-03-01');
  assert.equal(dayOf('2026-03-01'), '2026-03-01');
  assert.throws(() => dayOf('yesterday'), /ISO 8601/);
  assert.throws(() => dayOf('2026-02-30T10:00:00Z'), /ISO 8601/);
});

test('instantOf: offsets applied, no offset read as UTC', () => {
  assert.equal(instantOf('2026-03-01T23:30:00-05:00'), Date.parse('2026-03-02T04:30:00Z'));
  assert.equal(instantOf('2026-03-01T10:00:00+0100'), Date.parse('2026-03-01T09:00:00Z'));
  assert.equal(instantOf('2026-03-01T10:00:00.250'), Date.parse('2026-03-01T10:00:00.250Z'));
  assert.equal(instantOf('2026-03-01'), Date.parse('2026-03-01T00:00:00Z'));
});

test('ranges include both ends and cross year ends', () => {
  assert.deepEqual(dayRange('2025-12-30', '2026-01-02'), ['2025-12-30', '2025-12-31', '2026-01-01', '2026-01-02']);
  assert.deepEqual(dayRange('2026-01-02', '2026-01-01'), []);
  assert.deepEqual(dayRange('2024-02-28', '2024-03-01'), ['2024-02-28', '2024-02-29', '2024-03-01']);
  assert.deepEqual(weekRange('2020-W52', '2021-W02'), ['2020-W52', '2020-W53', '2021-W01', '2021-W02']);
  assert.deepEqual(weekRange('2026-W09', '2026-W09'), ['2026-W09']);
  assert.equal(addDays('2026-12-31', 1), '2027-01-01');
  assert.equal(addDays('2026-03-01', -29), '2026-01-31');
});

test('property: isoWeek agrees with an independent Date-based computation, and weekStart inverts it', () => {
  const MS_PER_DAY = 86_400_000;
  fc.assert(
    fc.property(fc.integer({ min: -200_000, max: 200_000 }), (offset) => {
      const date = new Date(Date.UTC(2000, 0, 1) + offset * MS_PER_DAY);
      const day = date.toISOString().slice(0, 10);
      // The textbook recipe: the Thursday of the date's week decides year and week.
      const thursday = new Date(date.getTime() + (3 - ((date.getUTCDay() + 6) % 7)) * MS_PER_DAY);
      const week = Math.floor((thursday.getTime() - Date.UTC(thursday.getUTCFullYear(), 0, 1)) / MS_PER_DAY / 7) + 1;
      const expected = `${thursday.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
      assert.equal(isoWeek(day), expected);
      const monday = weekStart(expected);
      assert.equal(isoWeek(monday), expected);
      assert.equal(new Date(`${monday}T00:00:00Z`).getUTCDay(), 1);
      assert.ok(monday <= day && day <= addDays(monday, 6));
    }),
  );
});

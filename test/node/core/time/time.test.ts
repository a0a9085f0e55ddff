import assert from 'node:assert/strict';
import { it } from 'node:test';
import fc from 'fast-check';
import {
  formatDay,
  formatNewYorkInstant,
  newYorkDateOf,
  newYorkDayOf,
  newYorkLocalToUtc,
  newYorkWhenToMs,
  parseDateOrInstant,
} from '../../../../core/time/new-york.ts';

const intlDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/New_York', year: 'numeric', month: '2-digit', day: '2-digit' });

it('agrees with the IANA zone on the New York calendar day of any instant 1990-2040', () => {
  fc.assert(
    fc.property(fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2040, 0, 1) }), (ms) => {
      assert.equal(formatDay(newYorkDayOf(ms)), intlDay.format(ms));
    }),
    { numRuns: 5000 },
  );
});

it('switches to EDT at 02:00 on the second Sunday of March 2025 and back on the first Sunday of November', () => {
  assert.equal(formatNewYorkInstant(Date.UTC(2025, 2, 9, 6, 59)), '2025-03-09T01:59-05:00');
  assert.equal(formatNewYorkInstant(Date.UTC(2025, 2, 9, 7, 0)), '2025-03-09T03:00-04:00');
  assert.equal(formatNewYorkInstant(Date.UTC(2025, 10, 2, 5, 59)), '2025-11-02T01:59-04:00');
  assert.equal(formatNewYorkInstant(Date.UTC(2025, 10, 2, 6, 0)), '2025-11-02T01:00-05:00');
});

it('reads EO effective times as Eastern: 2025-08-29T00:01 is 04:01 UTC', () => {
  assert.equal(newYorkLocalToUtc(2025, 8, 29, 0, 1), Date.UTC(2025, 7, 29, 4, 1));
  assert.equal(newYorkLocalToUtc(2026, 2, 24, 0, 1), Date.UTC(2026, 1, 24, 5, 1));
});

it('rejects impossible dates and times with what was expected', () => {
  for (const bad of [
    '2024-02-30',
    '2023-02-29',
    '2025-13-01',
    '2025-00-10',
    '2025-06-31',
    '2025-06-01T24:00',
    '2025-06-01T10:60',
    '06/01/2025',
    '2025-6-1',
    '',
  ]) {
    const r = parseDateOrInstant(bad);
    assert.equal(r.ok, false, bad);
  }
  assert.equal(parseDateOrInstant('2024-02-29').ok, true);
});

it('a date-only arrival is the last instant of that New York day', () => {
  const r = parseDateOrInstant('2025-08-29');
  assert.ok(r.ok);
  if (r.ok) {
    assert.equal(r.instant, Date.UTC(2025, 7, 30, 3, 59, 59, 999));
    assert.equal(formatDay(r.day), '2025-08-29');
  }
});

it('an instant with an offset keeps its New York day: 01:00Z on June 4 is June 3 in New York', () => {
  const r = parseDateOrInstant('2024-06-04T01:00:00Z');
  assert.ok(r.ok && formatDay(r.day) === '2024-06-03');
});

it('names the New York date of an instant, which the widget and the extension take as today', () => {
  assert.equal(newYorkDateOf(Date.UTC(2026, 10, 28, 3, 0)), '2026-11-27', '03:00 UTC is still the evening before');
  assert.equal(newYorkDateOf(Date.UTC(2025, 6, 1, 3, 59)), '2025-06-30', 'EDT is UTC-4');
  fc.assert(fc.property(fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2040, 0, 1) }), (ms) => assert.equal(newYorkDateOf(ms), intlDay.format(ms))));
});

it('reads a rule window bound as New York wall-clock time: a date at 00:00, a time to the minute, nothing else', () => {
  const cases: Array<[string, number | null]> = [
    ['2025-08-29', newYorkLocalToUtc(2025, 8, 29)],
    ['2025-08-29T00:01', newYorkLocalToUtc(2025, 8, 29, 0, 1)],
    ['2026-02-24T00:00', newYorkLocalToUtc(2026, 2, 24)],
    ['2025-03-09T02:30', newYorkLocalToUtc(2025, 3, 9, 2, 30)],
    ['2025-11-02T01:30', newYorkLocalToUtc(2025, 11, 2, 1, 30)],
    ['2024-02-29T23:59', newYorkLocalToUtc(2024, 2, 29, 23, 59)],
    ['2023-02-29', null],
    ['2025-08-29T24:00', null],
    ['2025-08-29T23:60', null],
    ['1899-12-31', null],
    ['2025-08-29T00:01:00', null],
    ['2025-08-29T00:01Z', null],
    ['2025-08-29T00:01-04:00', null],
    ['2025-8-29', null],
    ['', null],
  ];
  for (const [text, ms] of cases) assert.equal(newYorkWhenToMs(text), ms, text);
});

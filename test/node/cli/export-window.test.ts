// The export's window of open arrival days (cli/export-window.ts), on its own: when a day is
// decided, with which rows, and which rows come too late.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ArrivalWindow, WATERMARK_ROWS } from '../../../cli/export-window.ts';

interface Row {
  id: string;
  day: number;
  orderId: string | null;
}

function recorder(window: number) {
  const decided: Array<{ day: string[]; batch: string[] }> = [];
  const w = new ArrivalWindow<Row>(window, (day, batch) => decided.push({ day: day.map((r) => r.id), batch: batch.map((r) => r.id) }));
  let seq = 0;
  const add = (id: string, day: number, orderId: string | null = null) => w.add({ id, day, orderId }, ++seq);
  return { w, decided, add };
}

describe('the export window of open days', () => {
  it('decides a day only when the watermark is more than `window` days past it', () => {
    const { w, decided, add } = recorder(2);
    // the first row moves the window to day 7 (10 - 2 - 1): nothing open there yet
    assert.equal(add('a', 10), true);
    assert.equal(w.closedThrough, 7);
    assert.equal(add('b', 12), false);
    assert.equal(add('c', 12), false);
    // the watermark is the earliest of the recent rows: still day 10
    assert.equal(add('d', 13), false);
    assert.deepEqual(decided, []);
    assert.equal(w.tooLate(7), true);
    assert.equal(w.tooLate(8), false);
  });

  it('decides every open day at the end, in day order, each day with its own rows', () => {
    const { w, decided, add } = recorder(14);
    add('a', 5);
    add('b', 3);
    add('c', 5);
    w.finish();
    assert.deepEqual(decided, [
      { day: ['b'], batch: ['b'] },
      { day: ['a', 'c'], batch: ['a', 'c'] },
    ]);
  });

  it("puts the other lots of an order after the day's own rows in the batch", () => {
    const { w, decided, add } = recorder(14);
    add('a1', 1, 'O');
    add('b', 2);
    add('a2', 2, 'O');
    w.finish();
    assert.deepEqual(decided, [
      { day: ['a1'], batch: ['a1', 'a2'] },
      { day: ['b', 'a2'], batch: ['b', 'a2', 'a1'] },
    ]);
  });

  it('closes days once the recent rows have all moved on, and then says an old row is too late', () => {
    const { w, decided, add } = recorder(0);
    add('old', 1);
    for (let i = 0; i < WATERMARK_ROWS; i++) add(`n${i}`, 5);
    assert.deepEqual(decided[0], { day: ['old'], batch: ['old'] });
    assert.equal(w.tooLate(1), true);
    assert.equal(w.tooLate(5), false);
  });

  it('does not let one far-future date (a typo) close days that later rows still need', () => {
    const { w, decided, add } = recorder(1);
    add('a', 10);
    add('typo', 900);
    add('b', 10);
    assert.deepEqual(decided, []);
    assert.equal(w.tooLate(10), false);
  });

  it("keeps an order's lots `window` days after their day closed, then lets them go", () => {
    const { w, decided, add } = recorder(1);
    add('x1', 1, 'X');
    for (let i = 0; i < WATERMARK_ROWS; i++) add(`f${i}`, 3);
    // day 1 decided (watermark 3, window 1); x1 is still held for later lots of X
    assert.deepEqual(
      decided.map((d) => d.day),
      [['x1']],
    );
    add('x2', 3, 'X');
    for (let i = 0; i < WATERMARK_ROWS; i++) add(`g${i}`, 10);
    const day3 = decided.find((d) => d.day.includes('x2'))!;
    assert.ok(day3.batch.includes('x1'), 'a lot two days later joins the earlier lot');
    add('x3', 10, 'X');
    w.finish();
    const day10 = decided.find((d) => d.day.includes('x3'))!;
    assert.ok(!day10.batch.includes('x1') && !day10.batch.includes('x2'), 'lots more than the window apart are let go');
  });
});

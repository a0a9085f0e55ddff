// The schedule's editions as dated law: each in force from its effective date (00:00 New York)
// until the next one's; two taking effect together, or one named twice, are refused.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { bundledSchedule, editionAt, loadEditions, loadSchedule, type Schedule } from '../../../../core/schedule/index.ts';
import { evaluate, type Decision } from '../../../../core/index.ts';
import { newYorkWhenToMs } from '../../../../core/time/new-york.ts';

const ms = (when: string) => newYorkWhenToMs(when)!;
const edition = (name: string, effective: string): Schedule => {
  const r = loadSchedule({ format: 1, edition: name, effective, strings: [''], lines: '61091000\t0\t0\t0\tT-shirts\n12\t0\tmen' });
  assert.ok(r.ok, JSON.stringify(r));
  return r.schedule;
};

describe('schedule editions', () => {
  it('an edition is a dated version: in force from 00:00 New York on its effective date, citing itself', () => {
    const s = bundledSchedule();
    assert.equal(s.version.id, s.edition);
    assert.equal(s.version.from, s.effective);
    assert.equal(s.version.fromMs, ms(s.effective));
    assert.equal(s.version.untilMs, Infinity);
    assert.deepEqual(s.version.citations, [{ document: `HTSUS, ${s.edition}`, confidence: 'P' }]);
  });
  it('the edition in force at an instant: none before the first, each until the next takes effect', () => {
    const r9 = edition('HTS 2026 Revision 9', '2026-04-06'),
      r10 = edition('HTS 2026 Revision 10', '2026-06-08');
    const r = loadEditions([r10, r9]);
    assert.ok(r.ok);
    assert.equal(editionAt(r.editions, ms('2026-04-05T23:59')), null);
    assert.equal(editionAt(r.editions, ms('2026-04-06')), r9);
    assert.equal(editionAt(r.editions, ms('2026-06-08') - 1), r9);
    assert.equal(editionAt(r.editions, ms('2026-06-08')), r10);
    assert.equal(editionAt(r.editions, ms('2030-01-01')), r10);
  });
  it('two editions taking effect on one day, or one edition twice, are refused by path', () => {
    const a = edition('A', '2026-06-08'),
      b = edition('B', '2026-06-08');
    const r = loadEditions([a, b]);
    assert.ok(!r.ok);
    assert.deepEqual(
      r.issues.map((i) => `${i.path} ${i.code}`),
      ['editions OVERLAP'],
    );
    const twice = loadEditions([a, edition('A', '2026-07-01')]);
    assert.ok(!twice.ok);
    assert.deepEqual(
      twice.issues.map((i) => `${i.path} ${i.code}`),
      ['[1].edition DUPLICATE_ID'],
    );
  });
});

// a one-line schedule: 6109.10.00 (T-shirts of cotton) at a general rate
const data = (name: string, effective: string, rate: string) => ({
  format: 1 as const,
  edition: name,
  effective,
  strings: ['', rate],
  lines: '61091000\t1\t0\t0\tT-shirts\n12\t0\tmen',
});
const tee = (id: string, arrival: string) => ({
  id,
  arrival,
  mode: 'express' as const,
  shipFrom: 'VN',
  items: [{ price: { amount: '100.00', currency: 'USD' }, origin: 'VN', hts: '6109100012' }],
});
const mfnOf = (d: Decision) => d.charges?.lines?.find((l) => l.program === 'mfn');

describe('evaluate with several editions of the schedule', () => {
  const r9 = data('HTS 2026 Revision 9', '2026-04-06', '10%');
  const r10 = data('HTS 2026 Revision 10', '2026-06-08', '16.5%');
  it('prices each entry with the edition in force on its date, and names it', () => {
    const r = evaluate({ shipments: [tee('a', '2026-05-01'), tee('b', '2026-06-08'), tee('c', '2026-06-07')] }, { schedule: [r10, r9] });
    assert.ok(r.ok, JSON.stringify(r));
    const [a, b, c] = r.output.decisions;
    assert.deepEqual([mfnOf(a)?.rate, mfnOf(a)?.amount, a.charges?.tariffs.schedule], ['10', '10.00', 'HTS 2026 Revision 9, effective 2026-04-06']);
    assert.deepEqual([mfnOf(b)?.rate, mfnOf(b)?.amount, b.charges?.tariffs.schedule], ['16.5', '16.50', 'HTS 2026 Revision 10, effective 2026-06-08']);
    assert.deepEqual([mfnOf(c)?.rate, c.charges?.tariffs.schedule], ['10', 'HTS 2026 Revision 9, effective 2026-04-06']);
    // within 90 days of its edition: no note on the edition's age
    assert.ok(!a.charges?.notes?.some((n) => n.code.startsWith('SCHEDULE_EDITION')));
  });
  it('an entry before every edition is priced with the first, and says the rates are of a later edition', () => {
    const r = evaluate(tee('early', '2026-03-01'), { schedule: [r10, r9] });
    assert.ok(r.ok);
    assert.equal(mfnOf(r.output)?.rate, '10');
    assert.deepEqual(
      r.output.charges?.notes?.filter((n) => n.code.startsWith('SCHEDULE_EDITION')).map((n) => n.code),
      ['SCHEDULE_EDITION_LATER'],
    );
  });
  it('loaded editions pass as they are; a list of one is that edition', () => {
    const e = loadEditions([bundledSchedule()]);
    assert.ok(e.ok);
    const one = evaluate(tee('x', '2026-12-15'), { schedule: e.editions });
    const list = evaluate(tee('x', '2026-12-15'), { schedule: [bundledSchedule()] });
    const plain = evaluate(tee('x', '2026-12-15'), { schedule: bundledSchedule() });
    assert.ok(one.ok && list.ok && plain.ok);
    assert.deepEqual(one.output, plain.output);
    assert.deepEqual(list.output, plain.output);
  });
  it('a bad edition in a list, two editions on one day, or none, are refused with paths under "schedule"', () => {
    const bad = evaluate(tee('x', '2026-12-15'), { schedule: [r9, { ...r10, effective: '2026-13-01' }] });
    assert.ok(!bad.ok);
    assert.deepEqual(
      bad.issues.map((i) => i.path),
      ['schedule[1].effective'],
    );
    const twice = evaluate(tee('x', '2026-12-15'), { schedule: [r9, { ...r10, effective: '2026-04-06' }] });
    assert.ok(!twice.ok);
    assert.deepEqual(
      twice.issues.map((i) => `${i.path} ${i.code}`),
      ['schedule OVERLAP'],
    );
    assert.match(twice.issues[0].message, /editions "HTS 2026 Revision 9" and "HTS 2026 Revision 10" both take effect on 2026-04-06/);
    const none = evaluate(tee('x', '2026-12-15'), { schedule: [] });
    assert.ok(!none.ok);
    assert.deepEqual(
      none.issues.map((i) => `${i.path} ${i.code}`),
      ['schedule MISSING'],
    );
  });
});

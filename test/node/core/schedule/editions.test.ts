// The schedule's editions as dated law: each in force from its effective date (00:00 New York)
// until the next one's; two taking effect together, or one named twice, are refused.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { bundledSchedule, editionAt, loadEditions, loadSchedule, type Schedule } from '../../../../core/schedule/index.ts';
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

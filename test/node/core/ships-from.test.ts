// core/ships-from.ts: the country of the "shipped from abroad" case when a door does not know
// where a parcel ships from. ABROAD_STAND_IN is a product choice, not law: it holds only while
// no rule names it, so that it answers as any foreign country would.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ABROAD_STAND_IN, abroadShipFrom, defaultRules, evaluate, type ShipmentInput } from '../../../core/index.ts';

test('the stand-in is named by no rule of the bundled set', () => {
  assert.equal(JSON.stringify(defaultRules).includes(JSON.stringify(ABROAD_STAND_IN)), false);
});

test('goods of the customs territory are decided as shipped from the stand-in, others from their origin', () => {
  assert.equal(abroadShipFrom('US'), ABROAD_STAND_IN);
  assert.equal(abroadShipFrom('PR'), ABROAD_STAND_IN);
  assert.equal(abroadShipFrom('VN'), 'VN');
  // an insular possession is outside the territory: its goods are shipped from abroad as they are
  assert.equal(abroadShipFrom('GU'), 'GU');
});

test('US goods from the stand-in get the answer they would get from another foreign country', () => {
  for (const arrival of ['2015-06-01', '2024-06-01', '2025-09-01', '2027-08-01']) {
    for (const amount of ['50.00', '900.00']) {
      const of = (shipFrom: string): ShipmentInput => ({
        id: 'S',
        arrival,
        mode: 'express',
        shipFrom,
        items: [{ price: { amount, currency: 'USD' }, origin: 'US' }],
      });
      const a = evaluate(of(ABROAD_STAND_IN));
      const b = evaluate(of('FR'));
      assert.ok(a.ok && b.ok);
      assert.deepEqual(
        [a.output.exempt, a.output.entry, a.output.reasons.map((r) => r.code)],
        [b.output.exempt, b.output.entry, b.output.reasons.map((r) => r.code)],
        `${arrival} ${amount}`,
      );
    }
  }
});

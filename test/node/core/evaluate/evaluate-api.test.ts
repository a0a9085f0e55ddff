// evaluateShipments on batches assembled by the caller (as `s321 export` does per day).
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { NO_RATES } from '../../../../core/index.ts';
import { bundledRules } from '../../../../core/prepare.ts';
import { evaluateShipments } from '../../../../core/evaluate/evaluate.ts';
import { normalizeRequest, type NormalizedShipment } from '../../../../core/shipment/normalize.ts';

function one(amount: string, recipient?: unknown): NormalizedShipment {
  const r = normalizeRequest(
    { arrival: '2024-06-03', mode: 'air', shipFrom: 'DE', ...(recipient ? { recipient } : {}), items: [{ price: { amount, currency: 'USD' }, origin: 'DE' }] },
    NO_RATES,
  );
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.shipments[0];
}

it('shipments normalized separately (all index 0) and without recipients are not lumped together', () => {
  const d = evaluateShipments(bundledRules(), [one('500.00'), one('400.00')]);
  assert.deepEqual(
    d.map((x) => x.exempt),
    [true, true],
  );
});

it('shipments normalized separately to the same recipient id add up by position', () => {
  const d = evaluateShipments(bundledRules(), [one('500.00', { id: 'r' }), one('400.00', { id: 'r' })]);
  assert.deepEqual(
    d.map((x) => [x.exempt, x.aggregateUsd]),
    [
      [false, '900.00'],
      [false, '900.00'],
    ],
  );
});

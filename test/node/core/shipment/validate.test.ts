// The request's check (core/shipment/validate.ts, the generated checker of the zod contract):
// what a person sees for a misspelt or unknown key. test/node/core/contract/contracts.test.ts holds
// the checker equal to the zod schema.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { decideRequest as evaluateRequest } from '../../../../core/pipeline.ts';
import { bundledRules } from '../../../../core/prepare.ts';

it('rejects a misspelt key, naming it and the key it most likely meant', () => {
  const request = {
    arrival: '2024-06-01',
    mode: 'express',
    shipFrom: 'GB',
    recipent: { id: 'r1' },
    items: [{ quantity: 1, price: { amount: '30.00', currency: 'USD' }, origin: 'GB', flgs: ['alcohol'] }],
  };
  const out = evaluateRequest(request, bundledRules());
  assert.deepEqual(out, {
    ok: false,
    issues: [
      { path: 'items[0].flgs', code: 'UNKNOWN_KEY', message: 'unknown key `flgs`: did you mean `flags`?' },
      { path: 'recipent', code: 'UNKNOWN_KEY', message: 'unknown key `recipent`: did you mean `recipient`?' },
    ],
  });
});

it('names the keys it knows when nothing is close', () => {
  const out = evaluateRequest(
    { arrival: '2024-06-01', mode: 'express', shipFrom: 'GB', colour: 'red', items: [{ price: { amount: '1', currency: 'USD' }, origin: 'GB' }] },
    bundledRules(),
  );
  assert.deepEqual(!out.ok && out.issues, [
    {
      path: 'colour',
      code: 'UNKNOWN_KEY',
      message: 'unknown key `colour`: expected one of id, arrival, exportDate, mode, shipFrom, kind, sender, recipient, orderId, items, carrierFee',
    },
  ]);
});

it('rejects an unknown key beside the shipments of a batch', () => {
  const one = { arrival: '2024-06-01', mode: 'express', shipFrom: 'GB', items: [{ price: { amount: '1', currency: 'USD' }, origin: 'GB' }] };
  const out = evaluateRequest({ shipments: [one], rate: {} }, bundledRules());
  assert.deepEqual(!out.ok && out.issues, [{ path: 'rate', code: 'UNKNOWN_KEY', message: 'unknown key `rate`: expected one of shipments' }]);
});

// The request's duties and carrierFee (core/shipment/schema.ts): what the generated checker
// names for a repeated program and a layer with both or neither figure.
// test/node/core/contract/contracts.test.ts holds the checker equal to the zod schema.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import type { InputIssue } from '../../../../core/issues.ts';
import { validateShipment } from '../../../../core/shipment/validate.ts';

const base = { arrival: '2026-11-28', mode: 'air', shipFrom: 'VN', items: [{ price: { amount: '10.00', currency: 'USD' }, origin: 'VN' }] };

function both(v: unknown) {
  const fast: InputIssue[] = [];
  const ok = validateShipment(v, '', fast) !== null;
  return { ok, fast: [...new Set(fast.map((i) => i.path))].sort(), messages: fast.map((i) => i.message) };
}

it('names a repeated program and a layer with both or neither figure', () => {
  const r = both({
    ...base,
    items: [
      {
        ...base.items[0],
        duties: [{ program: 'mfn', rate: '5' }, { program: 'mfn', perUnit: '1' }, { program: 'x', rate: '1', perUnit: '1' }, { program: 'y' }],
      },
    ],
  });
  assert.equal(r.ok, false);
  assert.deepEqual(r.fast, ['items[0].duties[1].program', 'items[0].duties[2]', 'items[0].duties[3]']);
  const dup = both({
    ...base,
    items: [
      {
        ...base.items[0],
        duties: [
          { program: 'mfn', rate: '5' },
          { program: 'mfn', perUnit: '1' },
        ],
      },
    ],
  });
  assert.deepEqual(dup.fast, ['items[0].duties[1].program']);
  assert.match(dup.messages[0], /"mfn" is given twice/);
});

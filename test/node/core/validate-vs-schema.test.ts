// The engine validates requests with core/shipment/validate.ts (fast, zod-free); the contract's
// source of truth is the zod schema in core/shipment/schema.ts. These tests hold them equal.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import fc from 'fast-check';
import { shipmentSchema } from '../../../core/shipment/schema.ts';
import { validateShipment } from '../../../core/shipment/validate.ts';
import { fromZodIssues, type InputIssue } from '../../../core/issues.ts';
import { arbShipment } from './arbitraries.ts';

function both(v: unknown) {
  const fast: InputIssue[] = [];
  const ok = validateShipment(v, '', fast) !== null;
  const z = shipmentSchema.safeParse(v);
  const zodPaths = z.success ? [] : fromZodIssues(z.error.issues, v).map((i) => i.path);
  return { ok, zodOk: z.success, fastPaths: [...new Set(fast.map((i) => i.path))].sort(), zodPaths: [...new Set(zodPaths)].sort() };
}

const weird = fc.oneof(
  fc.jsonValue(),
  fc.constantFrom('', 'XX', 'us', 'DE', 'EUR', 'ZZZ', '2024-02-30', '2024-02-29', '2025-08-29T00:01', '2025-13-01', '-1', '1.001', '12.5', 1e21, -3, 0, 1.5, 'gift', 'postal', 'boat', '6109100012', '6109.10.0012', '61091000'),
);

it('the fast validator and the zod schema accept the same shipments', () => {
  fc.assert(
    fc.property(arbShipment('S'), (s) => {
      const r = both(s);
      assert.equal(r.ok, true);
      assert.equal(r.zodOk, true);
    }),
    { numRuns: 300 },
  );
});

it('they reject the same mutated shipments at the same paths', () => {
  const top = ['id', 'arrival', 'exportDate', 'mode', 'shipFrom', 'kind', 'orderId', 'items', 'sender', 'recipient'];
  const item = ['description', 'quantity', 'price', 'origin', 'hts', 'flags'];
  fc.assert(
    fc.property(arbShipment('S'), fc.constantFrom(...top), fc.constantFrom(...item), weird, fc.boolean(), (s, k, ik, v, inItem) => {
      const mutated = inItem ? { ...s, items: [{ ...s.items[0], [ik]: v }] } : { ...s, [k]: v };
      const r = both(mutated);
      assert.equal(r.ok, r.zodOk, `acceptance differs for ${JSON.stringify(mutated)}: fast ${JSON.stringify(r.fastPaths)} zod ${JSON.stringify(r.zodPaths)}`);
      assert.deepEqual(r.fastPaths, r.zodPaths, `paths differ for ${JSON.stringify(mutated)}`);
    }),
    { numRuns: 2000 },
  );
});

it('they agree on prices, parties and flags mutated deep inside', () => {
  fc.assert(
    fc.property(arbShipment('S'), weird, weird, fc.constantFrom('amount', 'currency'), fc.constantFrom('type', 'country', 'name', 'address', 'id'), (s, v, w, pk, rk) => {
      const m1 = { ...s, items: [{ ...s.items[0], price: { ...s.items[0].price, [pk]: v } }] };
      const m2 = { ...s, recipient: { ...s.recipient, [rk]: w } };
      const m3 = { ...s, items: [{ ...s.items[0], flags: [v] }] };
      for (const m of [m1, m2, m3]) {
        const r = both(m);
        assert.equal(r.ok, r.zodOk, `acceptance differs for ${JSON.stringify(m)}`);
        assert.deepEqual(r.fastPaths, r.zodPaths, `paths differ for ${JSON.stringify(m)}`);
      }
    }),
    { numRuns: 1500 },
  );
});

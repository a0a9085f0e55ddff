// The request's duties and carrierFee: the zod contract (core/shipment/schema.ts) and the
// engine's checker derived from it (core/shipment/validate.ts) accept and reject the same values
// at the same paths, with the contract's own messages.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import fc from 'fast-check';
import { fromZodIssues, type InputIssue } from '../../../../core/issues.ts';
import { shipmentSchema } from '../../../../core/shipment/schema.ts';
import { validateShipment } from '../../../../core/shipment/validate.ts';

const base = { arrival: '2026-11-28', mode: 'air', shipFrom: 'VN', items: [{ price: { amount: '10.00', currency: 'USD' }, origin: 'VN' }] };

function both(v: unknown) {
  const fast: InputIssue[] = [];
  const ok = validateShipment(v, '', fast) !== null;
  const z = shipmentSchema.safeParse(v);
  const zodPaths = z.success ? [] : fromZodIssues(z.error.issues, v).map((i) => i.path);
  return { ok, zodOk: z.success, fast: [...new Set(fast.map((i) => i.path))].sort(), zod: [...new Set(zodPaths)].sort(), messages: fast.map((i) => i.message) };
}

const weird = fc.oneof(fc.jsonValue(), fc.constantFrom(undefined, '', 'mfn', 'MFN', 'section-301-china', '-x', '6.5', '6,5', '12.1234567', '100000', '0.125', '0.0000001', '2.50', '2.505', 'UPS', 12, null, [], {}));
const duty = fc.record({ program: weird, rate: weird, perUnit: weird }, { requiredKeys: [] });

it('accept and reject the same duties and carrier fees at the same paths', () => {
  fc.assert(
    fc.property(fc.oneof(fc.array(duty, { maxLength: 3 }), weird), fc.oneof(fc.record({ amount: weird, name: weird }, { requiredKeys: [] }), weird), fc.boolean(), (duties, carrierFee, withFee) => {
      const s = { ...base, items: [{ ...base.items[0], duties }], ...(withFee ? { carrierFee } : {}) };
      const r = both(s);
      assert.equal(r.ok, r.zodOk, `acceptance differs for ${JSON.stringify(s)}: fast ${JSON.stringify(r.fast)} zod ${JSON.stringify(r.zod)}`);
      assert.deepEqual(r.fast, r.zod, `paths differ for ${JSON.stringify(s)}`);
    }),
    { numRuns: 3000 },
  );
});

it('names a repeated program and a layer with both or neither figure', () => {
  const r = both({ ...base, items: [{ ...base.items[0], duties: [{ program: 'mfn', rate: '5' }, { program: 'mfn', perUnit: '1' }, { program: 'x', rate: '1', perUnit: '1' }, { program: 'y' }] }] });
  assert.equal(r.ok, false);
  assert.deepEqual(r.fast, ['items[0].duties[1].program', 'items[0].duties[2]', 'items[0].duties[3]']);
  assert.deepEqual(r.zod, r.fast);
  const dup = both({ ...base, items: [{ ...base.items[0], duties: [{ program: 'mfn', rate: '5' }, { program: 'mfn', perUnit: '1' }] }] });
  assert.deepEqual(dup.fast, ['items[0].duties[1].program']);
  assert.match(dup.messages[0], /"mfn" is given twice/);
});

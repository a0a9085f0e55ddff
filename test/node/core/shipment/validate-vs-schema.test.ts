// The engine checks requests with the checker derived from the zod contract
// (core/shipment/schema.ts -> contract.generated.ts -> core/contract/checker.ts). These tests
// hold the two equal on generated inputs: same acceptance, same issues (path, code, message),
// for the engine's contract module (one generated function per object) and for the one the widget
// builds (hot: false, the checker's node builders called directly).
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { it } from 'node:test';
import fc from 'fast-check';
import { knownKeysIn } from '../../../../core/contract/zod.ts';
import { fromZodIssues, type InputIssue } from '../../../../core/issues.ts';
import { shipmentSpec } from '../../../../core/shipment/contract.generated.ts';
import { shipmentSchema } from '../../../../core/shipment/schema.ts';
import { validateShipment } from '../../../../core/shipment/validate.ts';
import { decideRequest } from '../../../../core/pipeline.ts';
import { bundledRules } from '../../../../core/prepare.ts';
import { generate, TARGETS } from '../../../../scripts/gen-contracts.ts';
import { arbShipment } from '../arbitraries.ts';

const known = knownKeysIn(shipmentSpec);

/** The request contract module as the widget build generates it (hot: false). */
async function widgetContract(): Promise<typeof import('../../../../core/shipment/contract.generated.ts')> {
  const target = TARGETS.find((t) => t.file === 'core/shipment/contract.generated.ts')!;
  const at = (p: string) => new URL(p, new URL(`../../../../${target.file}`, import.meta.url)).href;
  const text = generate({ ...target, hot: false }).replace(/from '(\.\.?\/[^']+)'/g, (_, p: string) => `from '${at(p)}'`);
  const file = join(mkdtempSync(join(tmpdir(), 's321-contract-')), 'contract.cold.ts');
  writeFileSync(file, text);
  return import(file);
}
const cold = (await widgetContract()).shipmentChecker;
const sorted = (issues: InputIssue[]) => issues.map((i) => `${i.path} ${i.code} ${i.message}`).sort();

function both(v: unknown) {
  const fast: InputIssue[] = [];
  const ok = validateShipment(v, '', fast) !== null;
  const widget: InputIssue[] = [];
  assert.equal(cold.check(v, '', widget), ok, `the widget's checker differs on ${JSON.stringify(v)}`);
  assert.deepEqual(widget, fast, `the widget's checker differs on ${JSON.stringify(v)}`);
  const z = shipmentSchema.safeParse(v);
  return { ok, zodOk: z.success, fast: sorted(fast), zod: z.success ? [] : sorted(fromZodIssues(z.error.issues, v, '', known)) };
}

const weird = fc.oneof(
  fc.jsonValue(),
  fc.constantFrom(undefined, '', 'XX', 'us', 'DE', 'EUR', 'ZZZ', '2024-02-30', '2024-02-29', '2025-08-29T00:01', '2025-13-01', '-1', '1.001', '12.5', 1e21, 2 ** 53, -3, 0, 1.5, 'gift', 'postal', 'boat', '6109100012', '6109.10.0012', '61091000', [], {}, 'x'.repeat(101), '\u{1F600}'.repeat(60)),
);
const KEYS = ['id', 'arrival', 'exportDate', 'mode', 'shipFrom', 'kind', 'orderId', 'items', 'sender', 'recipient', 'recipent', 'shipfrom', 'Mode', 'extra', 'flgs'];

function agree(v: unknown) {
  const r = both(v);
  assert.equal(r.ok, r.zodOk, `acceptance differs for ${JSON.stringify(v)}: checker ${JSON.stringify(r.fast)} zod ${JSON.stringify(r.zod)}`);
  assert.deepEqual(r.fast, r.zod, `issues differ for ${JSON.stringify(v)}`);
}

it('the derived checker and the zod schema accept the same shipments', () => {
  fc.assert(
    fc.property(arbShipment('S'), (s) => {
      const r = both(s);
      assert.equal(r.ok, true, JSON.stringify(r.fast));
      assert.equal(r.zodOk, true);
    }),
    { numRuns: 300 },
  );
});

it('they report the same issues for mutated shipments, unknown keys included', () => {
  const item = ['description', 'quantity', 'price', 'origin', 'hts', 'flags', 'flag', 'orign', 'Price'];
  fc.assert(
    fc.property(arbShipment('S'), fc.constantFrom(...KEYS), fc.constantFrom(...item), weird, fc.boolean(), (s, k, ik, v, inItem) => {
      agree(inItem ? { ...s, items: [{ ...s.items[0], [ik]: v }] } : { ...s, [k]: v });
    }),
    { numRuns: 2000 },
  );
});

it('they agree on prices, parties, addresses and flags mutated deep inside', () => {
  const party = ['type', 'country', 'name', 'address', 'id', 'nmae', 'adress'];
  const address = ['line1', 'line2', 'city', 'region', 'postalCode', 'country', 'zip', 'postcode'];
  fc.assert(
    fc.property(arbShipment('S'), weird, weird, fc.constantFrom('amount', 'currency', 'ammount'), fc.constantFrom(...party), fc.constantFrom(...address), (s, v, w, pk, rk, ak) => {
      agree({ ...s, items: [{ ...s.items[0], price: { ...s.items[0].price, [pk]: v } }] });
      agree({ ...s, recipient: { ...s.recipient, [rk]: w } });
      agree({ ...s, sender: { ...s.sender, address: { line1: 'x', [ak]: w } } });
      agree({ ...s, items: [{ ...s.items[0], flags: [v] }] });
    }),
    { numRuns: 1500 },
  );
});

it('they agree on values that are not shipments at all', () => {
  for (const v of [null, undefined, 5, 'x', [], {}, { items: [] }, { items: 'abc' }, { items: '' }]) agree(v);
});

it('rejects a misspelt key, naming it and the key it most likely meant', () => {
  const request = {
    arrival: '2024-06-01',
    mode: 'express',
    shipFrom: 'GB',
    recipent: { id: 'r1' },
    items: [{ quantity: 1, price: { amount: '30.00', currency: 'USD' }, origin: 'GB', flgs: ['alcohol'] }],
  };
  const out = decideRequest(request, bundledRules());
  assert.deepEqual(out, {
    ok: false,
    issues: [
      { path: 'items[0].flgs', code: 'UNKNOWN_KEY', message: 'unknown key `flgs`: did you mean `flags`?' },
      { path: 'recipent', code: 'UNKNOWN_KEY', message: 'unknown key `recipent`: did you mean `recipient`?' },
    ],
  });
});

it('names the keys it knows when nothing is close', () => {
  const out = decideRequest({ arrival: '2024-06-01', mode: 'express', shipFrom: 'GB', colour: 'red', items: [{ price: { amount: '1', currency: 'USD' }, origin: 'GB' }] }, bundledRules());
  assert.deepEqual(!out.ok && out.issues, [
    { path: 'colour', code: 'UNKNOWN_KEY', message: 'unknown key `colour`: expected one of id, arrival, exportDate, mode, shipFrom, kind, sender, recipient, orderId, items, carrierFee' },
  ]);
});

it('rejects an unknown key beside the shipments of a batch', () => {
  const one = { arrival: '2024-06-01', mode: 'express', shipFrom: 'GB', items: [{ price: { amount: '1', currency: 'USD' }, origin: 'GB' }] };
  const out = decideRequest({ shipments: [one], rate: {} }, bundledRules());
  assert.deepEqual(!out.ok && out.issues, [{ path: 'rate', code: 'UNKNOWN_KEY', message: 'unknown key `rate`: expected one of shipments' }]);
});

// core/pipeline.ts: normalize, decide, price; and a batch answered shipment by shipment
// (`perShipment`): each shipment gets its decision or its own issues, the others are decided
// together as a whole batch would decide them.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { evaluate, type BatchOutcomes, type BatchRequest, type EvaluateOutput, type ShipmentInput } from '../../../core/index.ts';

const ship = (id: string, amount: string, extra: Partial<ShipmentInput> = {}): ShipmentInput => ({
  id,
  arrival: '2024-06-01',
  mode: 'express',
  shipFrom: 'VN',
  recipient: { id: 'P1', type: 'person', country: 'US' },
  items: [{ description: 'Mug', quantity: 1, price: { amount, currency: 'USD' }, origin: 'VN' }],
  ...extra,
});

describe('evaluate with perShipment', () => {
  it('answers every shipment of a valid batch exactly as the whole batch does', () => {
    const batch: BatchRequest = { shipments: [ship('A', '500.00'), ship('B', '400.00'), ship('C', '20.00', { arrival: '2024-06-02' })] };
    const whole = evaluate(batch);
    const each = evaluate(batch, { perShipment: true });
    const typed: EvaluateOutput<BatchOutcomes> = each;
    assert.ok(whole.ok && typed.ok);
    assert.deepEqual(
      typed.output.results.map((r) => (r.ok ? r.decision : null)),
      whole.output.decisions,
    );
    // same person, same day: A and B are counted together and go over $800
    assert.equal(whole.output.decisions[1].exempt, false);
  });

  it('answers a bad shipment with its own issues and decides the others together without it', () => {
    const bad = { ...ship('B', '400.00'), mode: 'teleport' } as unknown as ShipmentInput;
    const batch = { shipments: [ship('A', '500.00'), bad, ship('C', '400.00')] };
    assert.equal(evaluate(batch).ok, false); // the whole batch is refused for one shipment
    const each = evaluate(batch, { perShipment: true });
    assert.ok(each.ok);
    const [a, b, c] = each.output.results;
    assert.ok(!b.ok);
    assert.match(b.issues[0].path, /^shipments\[1\]\.mode/);
    assert.ok(a.ok && c.ok);
    // A and C still count together (900 > 800), B is left out of their total
    assert.equal(a.decision.aggregateUsd, '900.00');
    assert.equal(c.decision.exempt, false);
    const without = evaluate({ shipments: [ship('A', '500.00'), ship('C', '400.00')] });
    assert.ok(without.ok);
    assert.deepEqual([a.decision, c.decision], without.output.decisions);
  });

  it('answers a duplicate id on the later shipment only', () => {
    const each = evaluate({ shipments: [ship('A', '10.00'), ship('A', '20.00')] }, { perShipment: true });
    assert.ok(each.ok);
    assert.ok(each.output.results[0].ok);
    const second = each.output.results[1];
    assert.ok(!second.ok && second.issues[0].code === 'DUPLICATE_ID' && second.issues[0].path === 'shipments[1].id');
  });

  it('answers a shipment whose value needs a missing rate with that issue, and prices the others', () => {
    const eur = ship('E', '900.00');
    eur.items[0].price.currency = 'EUR';
    const each = evaluate({ shipments: [ship('A', '20.00', { recipient: { id: 'P2', type: 'person', country: 'US' } }), eur] }, { perShipment: true });
    assert.ok(each.ok);
    const [a, e] = each.output.results;
    assert.ok(a.ok);
    assert.ok(!e.ok && e.issues[0].code === 'MISSING_RATE' && e.issues[0].path === 'shipments[1].items[0].price.currency');
  });

  it("leaves a shipment whose own value is unknown out of the same day's total, as a whole batch cannot", () => {
    const aed = ship('X', '20.00');
    aed.items[0].price.currency = 'AED';
    const batch = { shipments: [ship('A', '20.00'), aed] };
    const whole = evaluate(batch);
    assert.ok(!whole.ok && whole.issues[0].code === 'MISSING_RATE');
    const each = evaluate(batch, { perShipment: true });
    assert.ok(each.ok);
    const [a, x] = each.output.results;
    assert.ok(!x.ok && x.issues.length === 1 && x.issues[0].path === 'shipments[1].items[0].price.currency');
    const alone = evaluate(ship('A', '20.00'));
    assert.ok(a.ok && alone.ok);
    assert.deepEqual(a.decision, alone.output);
  });

  it('still rejects a request that is not a batch at all, and leaves one shipment as it is', () => {
    const r = evaluate({ shipments: 'none' } as unknown as BatchRequest, { perShipment: true });
    assert.ok(!r.ok);
    const one = evaluate(ship('A', '20.00'));
    assert.ok(one.ok && one.output.exempt);
  });
});

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { compileRates } from '../../../../core/index.ts';
import { bundledRules } from '../../../../core/prepare.ts';
import { buildRecord, prepareRecord, type RecordSource } from '../../../../core/records/index.ts';

const rules = bundledRules();
const rc = compileRates({ EUR: [{ date: '2024-04-01', kind: 'quarterly', unitsPerUsd: '0.9270' }] });
if (!rc.ok) throw new Error('rates');
const rates = rc.rates;

function source(patch: { shipment?: Record<string, unknown>; details?: Record<string, unknown> } = {}): RecordSource {
  return {
    shipment: {
      id: 'S1',
      arrival: '2024-06-03',
      mode: 'air',
      shipFrom: 'DE',
      sender: { name: 'Müller Textil GmbH', country: 'DE', address: { line1: '5 Hauptstraße', city: 'Berlin' } },
      recipient: { id: 'cara', name: 'Cara Lind', address: { line1: '12 Main St', city: 'Springfield', region: 'IL', postalCode: '62701', country: 'US' } },
      items: [{ description: 'Road bike wheelset', quantity: 1, price: { amount: '520.00', currency: 'EUR' }, origin: 'DE', hts: '8714.92.9000' }],
      ...patch.shipment,
    },
    details: {
      originatorCode: 'MKTPLC01',
      trackingNumber: '1Z0001',
      houseBill: 'HABC0001',
      seller: { name: 'Müller Textil GmbH', address: { line1: '5 Hauptstraße', country: 'DE' }, accountNumber: 'AMA-1', vetted: true },
      entryNumber: 'ABC-1234567-6',
      portOfEntry: '4701',
      filedAt: '2024-06-02',
      ...patch.details,
    },
  };
}

describe('builders', () => {
  it('builds a Data Pilot record from the shipment model with the 2.4 element names', () => {
    const r = buildRecord('data-pilot', source(), rules, { rates });
    assert.equal(r.ok, true);
    if (!r.ok) return;
    assert.deepEqual(r.record, {
      originatorCode: 'MKTPLC01',
      participantFilerType: 'ONLINE_MARKETPLACE',
      shipmentTrackingNumber: '1Z0001',
      houseBillOfLadingNumber: 'HABC0001',
      modeOfTransportation: 'AIR',
      shipmentInitiator: { name: 'Müller Textil GmbH', address: { line1: '5 Hauptstraße', city: 'Berlin', country: 'DE' } },
      seller: { name: 'Müller Textil GmbH', address: { line1: '5 Hauptstraße', country: 'DE' } },
      finalDeliverTo: { name: 'Cara Lind', address: { line1: '12 Main St', city: 'Springfield', region: 'IL', postalCode: '62701', country: 'US' } },
      enhancedProductDescription: 'Road bike wheelset',
      knownMarketplaceSellerFlag: true,
      marketplaceSellerAccountNumber: 'AMA-1',
      listedPriceOnMarketplace: { amount: '520.00', currency: 'EUR' },
      htsNumber: '8714929000',
      countryOfOrigin: 'DE',
      arrivalDate: '2024-06-03',
    });
    assert.equal(r.eligibility.eligible, true);
    assert.deepEqual(r.eligibility.reasonCodes, ['DE_MINIMIS_WITHIN_LIMIT', 'CURRENCY_CONVERTED']);
    assert.equal(r.eligibility.asOf, '2024-06-03');
  });

  it('builds a Type 86 record with the USD fair retail value at the certified rate', () => {
    const r = buildRecord('type86', source(), rules, { rates });
    assert.equal(r.ok, true);
    if (!r.ok) return;
    assert.equal((r.record as { bolNumber: string }).bolNumber, 'HABC0001');
    // 520.00 EUR / 0.9270 = 560.949... USD
    assert.deepEqual((r.record as { lines: unknown[] }).lines, [
      {
        description: 'Road bike wheelset',
        htsusNumber: '8714929000',
        countryOfOrigin: 'DE',
        quantity: { value: 1, unitCode: 'H87' },
        fairRetailValue: { amount: '560.95', currency: 'USD' },
      },
    ]);
  });

  it('never fills in a missing quantity, HTS or bill: it names each one with the input field', () => {
    const s = source({ details: { houseBill: undefined } });
    const item = (s.shipment as { items: Record<string, unknown>[] }).items[0];
    delete item.quantity;
    delete item.hts;
    const r = buildRecord('type86', s, rules, { rates });
    assert.equal(r.ok, false);
    if (r.ok) return;
    assert.deepEqual(r.issues.map((i) => [i.path, i.code]).sort(), [
      ['bolNumber', 'MISSING_ELEMENT'],
      ['lines[0].htsusNumber', 'MISSING_ELEMENT'],
      ['lines[0].quantity', 'MISSING_ELEMENT'],
    ]);
    assert.match(r.issues.find((i) => i.path === 'lines[0].quantity')!.message, /shipment\.items\[0\]\.quantity/);
  });

  it('does not guess air or truck for an express shipment', () => {
    const r = buildRecord('data-pilot', source({ shipment: { mode: 'express' } }), rules, { rates });
    assert.equal(r.ok, false);
    if (r.ok) return;
    assert.deepEqual(
      r.issues.map((i) => [i.path, i.code]),
      [['modeOfTransportation', 'MISSING_ELEMENT']],
    );
    assert.match(r.issues[0].message, /details\.transportMode/);
    const ok = buildRecord('data-pilot', source({ shipment: { mode: 'express' }, details: { transportMode: 'TRUCK' } }), rules, { rates });
    assert.equal(ok.ok && (ok.record as { modeOfTransportation: string }).modeOfTransportation, 'TRUCK');
  });

  it('requires the seller from a marketplace but not from a broker', () => {
    const s = source({ details: { seller: undefined } });
    const m = buildRecord('data-pilot', s, rules, { rates });
    assert.equal(!m.ok && m.issues.map((i) => i.path).join(), 'seller');
    const b = buildRecord('data-pilot', s, rules, { rates, participant: 'BROKER' });
    assert.equal(b.ok, true);
  });

  it('flags a record whose shipment is not eligible on its date instead of dropping it', () => {
    // June 2025: products of China lose de minimis whatever the ship-from country (EO 14256)
    const s = source({
      shipment: {
        arrival: '2025-06-04',
        shipFrom: 'GB',
        items: [{ description: 'Wool knit sweater', quantity: 1, price: { amount: '95.00', currency: 'USD' }, origin: 'CN', hts: '6110110010' }],
      },
    });
    const r = buildRecord('type86', s, rules, { rates });
    assert.equal(r.ok, true);
    if (!r.ok) return;
    assert.equal(r.eligibility.eligible, false);
    assert.equal(r.eligibility.exempt, false);
    assert.equal(r.eligibility.reasonCodes[0], 'SUSPENDED_CN_HK');
    assert.equal(r.eligibility.decisive?.code, 'SUSPENDED_CN_HK');
  });

  it('flags a record CBP would not take on its date (filed after arrival) as not eligible', () => {
    const r = buildRecord('type86', source({ details: { filedAt: '2024-06-04' } }), rules, { rates });
    assert.equal(r.ok, true);
    if (!r.ok) return;
    assert.equal(r.eligibility.exempt, true);
    assert.equal(r.eligibility.eligible, false);
    assert.deepEqual(
      r.flags.map((f) => f.code),
      ['FILED_AFTER_ARRIVAL'],
    );
  });

  it('passes the core input issues on with shipment paths (a missing rate names currency and date)', () => {
    const r = prepareRecord('data-pilot', source({ shipment: { arrival: '2023-01-05' } }), { rates });
    assert.equal(r.ok, false);
    if (r.ok) return;
    assert.deepEqual(
      r.issues.map((i) => [i.path, i.code]),
      [['shipment.items[0].price.currency', 'MISSING_RATE']],
    );
    assert.match(r.issues[0].message, /EUR.*2023-01-05/);
  });

  it('joins several items into one description and sums the listed price in one currency', () => {
    const s = source({
      shipment: {
        items: [
          { description: 'Bike tyres, pair', quantity: 2, price: { amount: '180.00', currency: 'EUR' }, origin: 'DE' },
          { description: 'Inner tube', quantity: 1, price: { amount: '9.50', currency: 'EUR' }, origin: 'CN' },
        ],
      },
    });
    const r = buildRecord('data-pilot', s, rules, { rates });
    assert.equal(r.ok, true);
    if (!r.ok) return;
    const rec = r.record as Record<string, unknown>;
    assert.equal(rec.enhancedProductDescription, '2 x Bike tyres, pair; 1 x Inner tube');
    assert.deepEqual(rec.listedPriceOnMarketplace, { amount: '189.50', currency: 'EUR' });
    assert.equal(rec.countryOfOrigin, undefined, 'two origins: no single country of origin is made up');
  });

  it('reports items priced in two currencies with MIXED_CURRENCIES', () => {
    const s = source({
      shipment: {
        items: [
          { description: 'A', quantity: 1, price: { amount: '10.00', currency: 'EUR' }, origin: 'DE' },
          { description: 'B', quantity: 1, price: { amount: '10.00', currency: 'USD' }, origin: 'DE' },
        ],
      },
    });
    const r = buildRecord('data-pilot', s, rules, { rates });
    assert.equal(!r.ok && r.issues.map((i) => i.code).join(), 'MIXED_CURRENCIES');
  });

  it('marks a PGA fee line and a line under PGA requirements from the shipment and details', () => {
    const s = source({ details: { items: [{ pgaRequirement: true }], importerOfRecord: { number: '12-3456789', identifierType: 'IRS' } } });
    (s.shipment as { items: Array<Record<string, unknown>> }).items[0].flags = ['pga-fee'];
    const r = buildRecord('type86', s, rules, { rates });
    assert.equal(r.ok, true);
    if (!r.ok) return;
    assert.deepEqual(
      r.flags.map((f) => [f.path, f.code]),
      [['lines[0].pgaFee', 'PGA_FEE_NOT_ALLOWED']],
    );
    assert.equal(r.eligibility.reasonCodes[0], 'EXCLUDED_PGA_FEE');
  });
});

// `s321 export` and prices in other currencies: without --rates, decisions use the bundled
// approximate rates and say so; a Type 86 record still needs a certified rate for its values.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { bundledApproximateRates, NO_RATES } from '../../../core/index.ts';
import { exportText } from './export-helpers.ts';

const details = {
  originatorCode: 'MKTPLC01',
  trackingNumber: '1Z999',
  transportMode: 'AIR',
  marketplace: { name: 'Shop', website: 'https://shop.example' },
  seller: { name: 'Verkäufer GmbH', address: { line1: 'Hauptstr. 1', city: 'Berlin', postalCode: '10115', country: 'DE' } },
};
const row = (id: string, arrival: string, amount: string) =>
  JSON.stringify({
    shipment: {
      id,
      orderId: id,
      arrival,
      mode: 'express',
      shipFrom: 'DE',
      sender: { name: 'Verkäufer GmbH', address: { line1: 'Hauptstr. 1', city: 'Berlin', postalCode: '10115', country: 'DE' } },
      recipient: { id: `r-${id}`, name: 'Pat Doe', address: { line1: '1 Main St', city: 'Springfield', region: 'IL', postalCode: '62701', country: 'US' } },
      items: [{ description: 'Wool scarf', quantity: 1, price: { amount, currency: 'EUR' }, origin: 'DE', hts: '6117100000' }],
    },
    details,
  });

describe('s321 export with prices in euros and no certified rates', () => {
  it('decides data-pilot rows at approximate rates, each decision saying so; a value too close to $800 is not eligible', async () => {
    const input = [row('A', '2024-06-01', '100.00'), row('B', '2024-06-02', '701.00'), row('C', '2026-12-06', '25.00')].join('\n') + '\n';
    const r = await exportText(input, { inputFormat: 'ndjson', rates: NO_RATES, approximateRates: bundledApproximateRates() });
    assert.equal(r.counts.rejected, 0, JSON.stringify(r.rejections));
    const [a, b, c] = r.records as unknown as Array<{
      eligible: boolean;
      decision: { exempt: boolean; reasonCodes: string[]; valueDependence?: { conversion: string; answer: string } };
    }>;
    assert.ok(a.decision.reasonCodes.includes('CURRENCY_APPROXIMATE'));
    assert.equal(a.decision.valueDependence?.conversion, 'approximate');
    assert.equal(a.decision.exempt, true);
    assert.equal(b.decision.valueDependence?.answer, 'too-close');
    assert.equal(b.decision.reasonCodes[0], 'TOO_CLOSE_TO_CALL');
    assert.equal(b.eligible, false);
    assert.equal(c.decision.exempt, false);
    assert.equal(c.decision.valueDependence?.answer, 'decided');
  });

  it('rejects a Type 86 row whose price has only an approximate rate, naming the price', async () => {
    const r = await exportText(row('A', '2024-06-01', '100.00') + '\n', {
      inputFormat: 'ndjson',
      profile: 'type86',
      rates: NO_RATES,
      approximateRates: bundledApproximateRates(),
    });
    assert.equal(r.counts.rejected, 1);
    assert.equal(r.rejections[0].reasons[0].code, 'MISSING_RATE');
    assert.match(r.rejections[0].reasons[0].message, /certified rate/);
  });

  it('without any rate, rejects a row as before: a record states the value', async () => {
    const r = await exportText(row('A', '2026-12-06', '25.00') + '\n', { inputFormat: 'ndjson', rates: NO_RATES });
    assert.equal(r.counts.rejected, 1);
    assert.equal(r.rejections[0].reasons[0].code, 'MISSING_RATE');
  });
});

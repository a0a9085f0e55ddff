// The Data Pilot draft of a shipment that is not whole yet: the elements it gives are set, none
// is guessed, and everything missing is named; a whole shipment gives prepareRecord's record.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { pilotModeOf, prepareDataPilotDraft, prepareRecord, shipmentModeOf } from '../../../../core/records/index.ts';

const seller = {
  name: 'Harbour Goods Ltd',
  accountNumber: 'A1EXAMPLE',
  address: { line1: '1 Harbour Road', city: 'Leeds', postalCode: 'LS1 4AP', country: 'GB' },
};
const details = {
  originatorCode: 'HGL0001',
  trackingNumber: '1Z999',
  shipper: seller,
  seller,
  marketplace: { name: 'eBay', website: 'https://www.ebay.co.uk' },
};
const recipient = { name: 'A Buyer', address: { line1: '5 Main St', city: 'Albany', region: 'NY', postalCode: '12207', country: 'US' } };
const whole = {
  id: 'O-1',
  arrival: '2025-04-10',
  mode: 'air',
  shipFrom: 'GB',
  recipient,
  items: [
    { description: 'Tea towel', quantity: 3, price: { amount: '59.97', currency: 'USD' }, origin: 'GB' },
    { description: 'Mug', quantity: 1, price: { amount: '12.00', currency: 'USD' }, origin: 'GB' },
  ],
};

describe('prepareDataPilotDraft', () => {
  it('gives the builder record when the shipment is whole', () => {
    const draft = prepareDataPilotDraft({ shipment: whole, details });
    const built = prepareRecord('data-pilot', { shipment: whole, details });
    assert.ok(built.ok);
    assert.deepEqual(draft.record, built.record);
    assert.equal(draft.complete, built.errors.length === 0);
  });

  it('sets what an incomplete shipment gives and names what it lacks', () => {
    const { arrival: _arrival, ...noArrival } = whole;
    const shipment = { ...noArrival, items: whole.items.map(({ origin: _origin, ...it }) => it) };
    const draft = prepareDataPilotDraft({ shipment, details });
    assert.equal(draft.complete, false);
    assert.deepEqual(draft.record.listedPriceOnMarketplace, { amount: '71.97', currency: 'USD' });
    assert.equal(draft.record.enhancedProductDescription, '3 x Tea towel; 1 x Mug');
    assert.equal(draft.record.modeOfTransportation, 'AIR');
    assert.deepEqual(draft.record.finalDeliverTo, recipient);
    assert.equal(draft.record.marketplaceSellerAccountNumber, 'A1EXAMPLE');
    // never guessed
    assert.equal(draft.record.countryOfOrigin, undefined);
    assert.equal(draft.record.arrivalDate, undefined);
    const paths = draft.issues.map((i) => i.path);
    assert.ok(paths.includes('shipment.arrival'), paths.join(', '));
    assert.ok(
      paths.some((p) => p.startsWith('shipment.items[0].origin')),
      paths.join(', '),
    );
  });

  it('leaves the listed price out when the lines are in several currencies or one is unpriced', () => {
    const mixed = { ...whole, arrival: undefined, items: [whole.items[0], { ...whole.items[1], price: { amount: '10.00', currency: 'GBP' } }] };
    assert.equal(prepareDataPilotDraft({ shipment: mixed, details }).record.listedPriceOnMarketplace, undefined);
    const unpriced = { ...whole, arrival: undefined, items: [whole.items[0], { description: 'Mug' }] };
    assert.equal(prepareDataPilotDraft({ shipment: unpriced, details }).record.listedPriceOnMarketplace, undefined);
  });

  it('maps shipment modes to Data Pilot modes both ways, express to none', () => {
    assert.equal(pilotModeOf('postal'), 'MAIL');
    assert.equal(pilotModeOf('express'), undefined);
    assert.equal(pilotModeOf('toString'), undefined);
    assert.equal(shipmentModeOf('MAIL'), 'postal');
    assert.equal(shipmentModeOf('OCEAN'), 'ocean');
  });
});

// The popup's estimate for the page's product: core prices the shipment with the rate the
// shopper types, and says nothing when there is nothing to pay or no valid rate.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { estimateFor } from '../../../extension/popup/charges-estimate.tsx';
import type { Candidate } from '../../../extension/decide.ts';
import { defaultSettings } from '../../../extension/storage/schema.ts';

const data = { settings: defaultSettings('me'), rates: null };
const shoes: Candidate = {
  id: 'current-page',
  title: 'Trail running shoes',
  quantity: 2,
  price: { amount: '69.50', currency: 'USD' },
  origin: 'VN',
  shipFrom: 'VN',
  mode: 'express',
  kind: 'purchase',
  arrival: '2026-11-28',
};

it('prices the product with the rate the shopper types, plus the layers by origin', () => {
  const c = estimateFor(shoes, data, '20');
  // 2 x $69.50 = $139.00: MFN 20% $27.80, forced-labor 12.5% $17.38, no MPF at an express facility
  assert.deepEqual([c?.duty, c?.fees, c?.total, c?.complete], ['45.18', '0.00', '45.18', true]);
});

it('accepts a decimal comma', () => {
  assert.equal(estimateFor(shoes, data, '7,5')?.lines[0].rate, '7.5');
});

it('gives nothing for a rate that is not a percent, nor for a parcel that is exempt', () => {
  assert.equal(estimateFor(shoes, data, ''), null);
  assert.equal(estimateFor(shoes, data, 'abc'), null);
  assert.equal(estimateFor({ ...shoes, arrival: '2024-06-03' }, data, '20'), null);
});

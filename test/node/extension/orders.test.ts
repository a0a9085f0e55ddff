// Shopper order pages feed the popup's same-day totals: each line
// of a captured order becomes an item with the order's id, decided in the popup's one core batch
// with everything else the shopper expects that day. The drafts are the committed fixtures'
// expected drafts (what the adapters give for Amazon, eBay, Etsy and Temu order pages).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { evaluateJson as evaluate } from '../../../core/evaluate-json.ts';
import type { Draft } from '../../../extension/adapters/types.ts';
import { decideAll, linePrice } from '../../../extension/decide.ts';
import { isShopperOrder, itemsOfOrder, orderCandidates, orderKey, pageOrderCurrency, withOrder, type OrderChoice } from '../../../extension/orders.ts';
import { defaultSettings, itemSchema, type Item } from '../../../extension/storage/schema.ts';
import { siteFixtures } from './adapters/fixtures.ts';

const draftOf = (site: string, name: string): Draft => structuredClone(siteFixtures(site).find((f) => f.name === name)!.draft);
const amazonOrder = draftOf('amazon', 'order');
const settings = defaultSettings('person-1');
const choice = (over: Partial<OrderChoice> = {}): OrderChoice => ({
  arrival: '2025-03-05',
  origin: 'CN',
  shipFrom: 'CN',
  mode: 'express',
  currency: '',
  ...over,
});
const item = (id: string, amount: string, arrival: string, over: Partial<Item> = {}): Item => ({
  id,
  addedAt: '2025-01-01T00:00:00.000Z',
  title: `item ${id}`,
  quantity: 1,
  price: { amount, currency: 'USD' },
  origin: 'DE',
  shipFrom: 'DE',
  mode: 'express',
  kind: 'purchase',
  arrival,
  ...over,
});
let n = 0;
const newId = () => `id-${++n}`;

test('the shopper order fixtures are shopper orders with lines; seller orders and products are not', () => {
  for (const [site, name] of [
    ['amazon', 'order'],
    ['ebay', 'order'],
    ['etsy', 'receipt'],
    ['temu', 'order'],
  ]) {
    const d = draftOf(site, name);
    assert.ok(isShopperOrder(d), `${site}/${name}`);
    assert.ok(d.lines.length > 0, `${site}/${name} has lines`);
  }
  assert.equal(isShopperOrder(draftOf('amazon', 'seller-order')), false);
  assert.equal(isShopperOrder(draftOf('amazon', 'product-current')), false);
});

test('each order line becomes one candidate: unit price and quantity from the page, the order id on every line', () => {
  const r = orderCandidates(amazonOrder, choice());
  assert.ok(r.ok);
  assert.deepEqual(
    r.candidates.map((c) => [c.title, c.quantity, c.price.amount, c.price.currency, c.orderId, c.kind, c.arrival, c.origin, c.shipFrom]),
    [
      ['Enamel Camp Mug, 12 oz, Blue', 2, '11.50', 'USD', '112-0000001-0000001', 'purchase', '2025-03-05', 'CN', 'CN'],
      ['Paracord, 50 ft, Orange', 1, '18.49', 'USD', '112-0000001-0000001', 'purchase', '2025-03-05', 'CN', 'CN'],
    ],
  );
  for (const c of r.candidates) assert.equal(c.url, amazonOrder.url);
  // what is stored is a valid item
  for (const it of withOrder([], amazonOrder, r.candidates, newId, '2025-03-01T00:00:00.000Z')) assert.ok(itemSchema.safeParse(it).success, JSON.stringify(it));
});

test('the order feeds the day total in ONE core batch: the same decisions core gives for the whole batch', () => {
  const r = orderCandidates(amazonOrder, choice());
  assert.ok(r.ok);
  const other = item('lamp', '780.00', '2025-03-05');
  const d = decideAll({ settings, rates: null, items: [other] }, r.candidates);
  const day = d.days.find((x) => x.day === '2025-03-05')!;
  // 2 x 11.50 + 18.49 = 41.49, plus the lamp: over the $800 of 2025 (before the suspension)
  assert.equal(day.totalUsd, '821.49');
  assert.equal(day.limitUsd, '800.00');
  assert.equal(day.warning, true);
  assert.deepEqual(day.ids.sort(), ['lamp', 'order-line-0', 'order-line-1']);
  const all = [other, ...r.candidates];
  const direct = evaluate({
    shipments: all.map((i) => ({
      id: i.id,
      arrival: i.arrival,
      mode: i.mode,
      shipFrom: i.shipFrom,
      kind: i.kind,
      orderId: i.orderId,
      recipient: { id: 'person-1', type: 'person', country: 'US' },
      items: [{ description: i.title, quantity: i.quantity, price: linePrice(i.price, i.quantity), origin: i.origin }],
    })),
  });
  assert.ok(direct.ok && 'decisions' in direct.output);
  for (const x of direct.output.decisions) assert.deepEqual(d.decisions.get(x.id), x);
  // alone, the order is well within the limit
  const alone = decideAll({ settings, rates: null, items: [] }, r.candidates);
  assert.equal(alone.days[0].totalUsd, '41.49');
  assert.equal(alone.days[0].warning, false);
});

test('the order total on the page (shipping, tax, charges) is never the value: the lines are', () => {
  const ebay = draftOf('ebay', 'order');
  assert.equal(ebay.order?.total?.amount, '92.10');
  const r = orderCandidates(ebay, choice({ origin: 'GB', shipFrom: 'GB' }));
  assert.ok(r.ok);
  const d = decideAll({ settings, rates: null, items: [] }, r.candidates);
  assert.equal(d.days[0].totalUsd, '64.00');
});

test('the order id makes core see lots of one order arriving on different days (19 CFR 10.151 splitting rule)', () => {
  const r = orderCandidates(amazonOrder, choice());
  assert.ok(r.ok);
  const secondLot = item('lot-2', '790.00', '2025-03-09', { orderId: '112-0000001-0000001' });
  const d = decideAll({ settings, rates: null, items: [secondLot] }, r.candidates);
  assert.ok(
    [...d.decisions.values()].some((x) => x.reasons.some((reason) => reason.code === 'SPLIT_ORDER')),
    'core aggregates the order across days',
  );
  const unrelated = decideAll({ settings, rates: null, items: [{ ...secondLot, orderId: 'another-order' }] }, r.candidates);
  assert.ok(![...unrelated.decisions.values()].some((x) => x.reasons.some((reason) => reason.code === 'SPLIT_ORDER')));
});

test('what the page does not show, the shopper supplies; nothing is guessed', () => {
  // Etsy receipts show "$" in the shopper's display currency: no currency until the shopper says
  const etsy = draftOf('etsy', 'receipt');
  assert.equal(pageOrderCurrency(etsy), null);
  assert.deepEqual(orderCandidates(etsy, choice()), { ok: false, missing: 'currency', line: 0 });
  const ok = orderCandidates(etsy, choice({ currency: 'usd' }));
  assert.ok(ok.ok && ok.candidates[0].price.currency === 'USD');
  assert.equal(pageOrderCurrency(amazonOrder), 'USD');
  // no origin on the page and none given
  assert.deepEqual(orderCandidates(amazonOrder, choice({ origin: '' })), { ok: false, missing: 'country', line: 0 });
  assert.deepEqual(orderCandidates(amazonOrder, choice({ shipFrom: 'XX' })), { ok: false, missing: 'country', line: 0 });
  // a line the page shows without a price
  const noPrice = structuredClone(amazonOrder);
  noPrice.lines[1].price = null;
  assert.deepEqual(orderCandidates(noPrice, choice()), { ok: false, missing: 'price', line: 1 });
  const typed = orderCandidates(noPrice, choice({ prices: [undefined, '20.00'] }));
  assert.ok(typed.ok && typed.candidates[1].price.amount === '20.00' && typed.candidates[0].price.amount === '11.50');
  assert.deepEqual(orderCandidates(noPrice, choice({ prices: ['', 'abc'] })), { ok: false, missing: 'price', line: 1 });
  // no arrival day, no lines
  assert.deepEqual(orderCandidates(amazonOrder, choice({ arrival: '' })), { ok: false, missing: 'arrival' });
  assert.deepEqual(orderCandidates({ ...amazonOrder, lines: [] }, choice()), { ok: false, missing: 'lines' });
  // a line's own origin wins over the shopper's fallback
  const withOrigin = structuredClone(amazonOrder);
  withOrigin.lines[0].origin = 'VN';
  const o = orderCandidates(withOrigin, choice());
  assert.ok(o.ok && o.candidates[0].origin === 'VN' && o.candidates[1].origin === 'CN');
});

test('adding the order again replaces its lines (a new arrival day), and leaves every other item alone', () => {
  const keep = [
    item('a', '10.00', '2025-03-01'),
    item('b', '10.00', '2025-03-01', { orderId: '112-0000001-0000001', url: 'https://www.amazon.com/dp/B0EXAMPLE2' }),
  ];
  const first = orderCandidates(amazonOrder, choice());
  assert.ok(first.ok);
  const once = withOrder(keep, amazonOrder, first.candidates, newId, '2025-03-01T00:00:00.000Z');
  assert.equal(once.length, 4);
  assert.equal(itemsOfOrder(once, amazonOrder).length, 2);
  const later = orderCandidates(amazonOrder, choice({ arrival: '2025-03-07' }));
  assert.ok(later.ok);
  const twice = withOrder(once, amazonOrder, later.candidates, newId, '2025-03-02T00:00:00.000Z');
  assert.equal(twice.length, 4);
  assert.deepEqual(
    itemsOfOrder(twice, amazonOrder).map((i) => i.arrival),
    ['2025-03-07', '2025-03-07'],
  );
  assert.deepEqual(twice.slice(0, 2), keep, 'a product item of the same order (another page) is kept');
});

test('an order page without an order number is keyed by its page, so its lines still share one order', () => {
  const d = { ...amazonOrder, orderId: null };
  assert.equal(orderKey(d), `page:${amazonOrder.url}`);
  const r = orderCandidates(d, choice());
  assert.ok(r.ok && r.candidates.every((c) => c.orderId === `page:${amazonOrder.url}`));
});

// The popup's decisions (extension/decide.ts): core decides, in one batch, so same-day totals and
// split orders are core's aggregation; one undecidable item does not hide the others.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decideAll, linePrice, SHIPS_FROM_UNKNOWN, todayInNewYork, type Candidate } from '../../../extension/decide.ts';
import { defaultSettings, type Item } from '../../../extension/storage/schema.ts';
import { evaluateJson as evaluate } from '../../../core/evaluate-json.ts';

const settings = defaultSettings('person-1');
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

test("today's date is the New York calendar day", () => {
  assert.equal(todayInNewYork(Date.UTC(2026, 10, 28, 3, 0)), '2026-11-27', '03:00 UTC is still the evening before in New York');
  assert.equal(todayInNewYork(Date.UTC(2026, 10, 28, 6, 0)), '2026-11-28');
  assert.equal(todayInNewYork(Date.UTC(2025, 6, 1, 3, 59)), '2025-06-30', 'EDT is UTC-4');
});

test('same-day items add up against the $800 limit (2025, before the suspension) and the day warns', () => {
  const r = decideAll({
    settings,
    rates: null,
    items: [item('a', '500.00', '2025-03-01'), item('b', '450.00', '2025-03-01'), item('c', '100.00', '2025-03-02')],
  });
  assert.equal(r.days.length, 2);
  const [d1, d2] = r.days;
  assert.equal(d1.day, '2025-03-01');
  assert.equal(d1.totalUsd, '950.00');
  assert.equal(d1.limitUsd, '800.00');
  assert.equal(d1.warning, true);
  assert.equal(r.decisions.get('a')!.exempt, false);
  assert.equal(d2.totalUsd, '100.00');
  assert.equal(d2.warning, false);
  assert.equal(r.decisions.get('c')!.exempt, true);
});

test('the same decisions as core gives for the same batch (no logic of our own)', () => {
  const items = [item('a', '500.00', '2025-03-01'), item('b', '450.00', '2025-03-01', { orderId: 'O1' }), item('c', '400.00', '2025-03-04', { orderId: 'O1' })];
  const r = decideAll({ settings, rates: null, items });
  const direct = evaluate({
    shipments: items.map((i) => ({
      id: i.id,
      arrival: i.arrival,
      mode: i.mode,
      shipFrom: i.shipFrom,
      kind: i.kind,
      orderId: i.orderId,
      recipient: { id: 'person-1', type: 'person', country: 'US' },
      items: [{ description: i.title, quantity: 1, price: i.price, origin: i.origin }],
    })),
  });
  assert.ok(direct.ok && 'decisions' in direct.output);
  for (const d of direct.output.decisions) assert.deepEqual(r.decisions.get(d.id), d);
});

test('the candidate (current page) joins the batch and can push a day over the limit', () => {
  const cand: Candidate = { ...item('current-page', '350.00', '2025-03-01'), title: 'page product' };
  const without = decideAll({ settings, rates: null, items: [item('a', '500.00', '2025-03-01')] });
  assert.equal(without.days[0].warning, false);
  const withIt = decideAll({ settings, rates: null, items: [item('a', '500.00', '2025-03-01')] }, cand);
  assert.equal(withIt.days[0].warning, true);
  assert.equal(withIt.decisions.get('current-page')!.exempt, false);
  assert.equal(withIt.decisions.get('current-page')!.aggregateUsd, '850.00');
});

test('after the 2025-08-29 suspension no day has a limit and every decision says why', () => {
  const r = decideAll({ settings, rates: null, items: [item('a', '20.00', '2026-11-28')] });
  assert.equal(r.days[0].limitUsd, null);
  assert.equal(r.decisions.get('a')!.exempt, false);
  assert.equal(r.days[0].reason.code, 'SUSPENDED_ALL_COUNTRIES');
});

test('an item core cannot decide (no rate for its currency, none bundled, the value needed) is reported alone; the others are decided', () => {
  const aed = { price: { amount: '20.00', currency: 'AED' } };
  const r = decideAll({ settings, rates: null, items: [item('a', '20.00', '2025-03-01'), item('aed', '20.00', '2025-03-01', aed)] });
  assert.equal(r.problems.get('aed')?.[0].code, 'MISSING_RATE');
  assert.equal(r.decisions.get('a')!.exempt, true);
  const withRates = decideAll({
    settings,
    rates: { AED: [{ date: '2025-01-02', kind: 'quarterly', unitsPerUsd: '3.6725' }] },
    items: [item('aed', '20.00', '2025-03-01', aed)],
  });
  assert.equal(withRates.problems.size, 0);
  assert.equal(withRates.decisions.get('aed')!.valueUsd, '5.45');
});

test('a euro page answers without imported rates: the bundled approximate rate, named with its date', () => {
  const cand: Candidate = { ...item('current-page', '25.00', '2026-12-06', { price: { amount: '25.00', currency: 'EUR' } }), title: 'Schal' };
  const r = decideAll({ settings, rates: null, items: [] }, cand);
  assert.equal(r.problems.size, 0);
  const d = r.decisions.get('current-page')!;
  assert.equal(d.exempt, false);
  assert.equal(d.reasons[0].code, 'SUSPENDED_ALL_COUNTRIES');
  assert.equal(d.valueDependence?.conversion, 'approximate');
  assert.equal(d.valueDependence?.needsRate.valueTest, false, 'dutiable whatever the price');
  const fx = d.reasons.find((x) => x.code === 'CURRENCY_APPROXIMATE');
  assert.equal(fx?.rateDate, '2026-04-13');
});

test('imported CBP rates win over the bundled approximate ones', () => {
  const eur = { price: { amount: '20.00', currency: 'EUR' } };
  const r = decideAll({
    settings,
    rates: { EUR: [{ date: '2025-01-02', kind: 'quarterly', unitsPerUsd: '0.9500' }] },
    items: [item('eur', '20.00', '2025-03-01', eur)],
  });
  const d = r.decisions.get('eur')!;
  assert.equal(d.valueUsd, '21.05');
  assert.equal(d.valueDependence?.conversion, 'certified');
  assert.ok(!d.reasons.some((x) => x.code === 'CURRENCY_APPROXIMATE'));
});

test("the page's US dollar price is used for the line when no imported rate covers it", () => {
  const cand: Candidate = {
    ...item('current-page', '2.30', '2025-10-01', { price: { amount: '2.30', currency: 'GBP' }, quantity: 2, kind: 'gift' }),
    usdShown: '3.10',
  };
  const d = decideAll({ settings, rates: null, items: [] }, cand).decisions.get('current-page')!;
  assert.equal(d.valueUsd, '6.20');
  assert.ok(d.reasons.some((x) => x.code === 'CURRENCY_SHOWN'));
});

test('an item stores the price of one unit; core gets the line value (unit price x quantity), exactly', () => {
  assert.deepEqual(linePrice({ amount: '11.50', currency: 'USD' }, 2), { amount: '23.00', currency: 'USD' });
  assert.deepEqual(linePrice({ amount: '0.07', currency: 'USD' }, 3), { amount: '0.21', currency: 'USD' });
  assert.deepEqual(linePrice({ amount: '1280', currency: 'JPY' }, 3), { amount: '3840', currency: 'JPY' });
  assert.deepEqual(linePrice({ amount: '1.005', currency: 'KWD' }, 10), { amount: '10.050', currency: 'KWD' });
  assert.deepEqual(linePrice({ amount: '12.345', currency: 'USD' }, 2), { amount: '12.345', currency: 'USD' }, 'core names what is wrong');
  // three $300 chairs on one day are $900: over the $800 of 2025
  const r = decideAll({ settings, rates: null, items: [item('chairs', '300.00', '2025-03-01', { quantity: 3 })] });
  assert.equal(r.decisions.get('chairs')!.valueUsd, '900.00');
  assert.equal(r.decisions.get('chairs')!.exempt, false);
  assert.equal(r.days[0].warning, true);
});

test('a product whose page names no ships-from country gets no confident answer, but both cases', () => {
  const stored = [item('a', '500.00', '2024-06-01')];
  const candidate = { ...item('current-page', '400.00', '2024-06-01', { origin: 'US', shipFrom: SHIPS_FROM_UNKNOWN }) };
  const r = decideAll({ settings, rates: null, items: stored }, candidate);
  assert.equal(r.decisions.has('current-page'), false, 'no confident decision for an unknown ships-from');
  const cases = r.shipsFromUnknown.get('current-page');
  assert.ok(cases);
  assert.equal(cases.domestic.exemption, 'not-an-import');
  assert.equal(cases.domestic.entry, 'none');
  // from abroad it is an import, counted with the same day's other parcel ($900 > $800)
  assert.equal(cases.abroad.exempt, false);
  assert.equal(cases.abroad.aggregateUsd, '900.00');
  // the stored parcel's own answer does not assume the unknown one
  assert.equal(r.decisions.get('a')!.exempt, true);
  assert.equal(r.days.length, 1);
  assert.equal(r.days[0].totalUsd, '500.00');
});

test('a product shipped from inside the US is not an import, whatever its origin', () => {
  const r = decideAll({ settings, rates: null, items: [] }, item('current-page', '45.00', '2026-11-28', { origin: 'CN', shipFrom: 'US' }));
  const d = r.decisions.get('current-page')!;
  assert.equal(d.exempt, true);
  assert.equal(d.exemption, 'not-an-import');
  assert.equal(d.reasons[0].code, 'NOT_AN_IMPORT');
});

test("the popup words the decisive reason in the shopper's language, with the widget's sentences", async () => {
  const { reasonSentence } = await import('../../../extension/popup/decision-view.tsx');
  const r = decideAll({ settings, rates: null, items: [] }, item('current-page', '45.00', '2026-11-28', { shipFrom: 'FR', origin: 'FR' }));
  const reason = r.decisions.get('current-page')!.reasons[0];
  assert.equal(reason.code, 'SUSPENDED_ALL_COUNTRIES');
  assert.match(reasonSentence(reason, 'es'), /^El régimen de minimis está suspendido para productos de todos los países desde el 29 ago 2025/);
  assert.match(reasonSentence(reason, 'zh-Hans'), /2025年8月29日/);
  assert.doesNotMatch(reasonSentence(reason, 'en'), /2026/, 'one date: when the suspension began');
  assert.equal(reasonSentence({ ...reason, code: 'SOMETHING_NEW' }, 'es'), reason.message, "an unknown code keeps core's message");
});

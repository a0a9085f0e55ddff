// The demo store's tariff set (widget/demo/catalog-tariffs.js; current with its catalogue, the
// schedule and the tariff set: test/node/scripts/generated.test.ts), and what the demo
// checkout shows with it, without the schedule, as the widget does: a complete estimate whose
// lines name their headings.
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { evaluate, type Decision } from '../../../core/index.ts';
import { TARIFFS } from '../../../widget/demo/catalog-tariffs.js';
import { PRODUCTS } from '../../../widget/demo/products.js';

const item = (key: string, quantity = 1) => {
  const p = PRODUCTS.find((x) => x.key === key)!;
  return {
    description: p.description,
    quantity,
    price: { amount: ((p.unitCents * quantity) / 100).toFixed(2), currency: 'USD' },
    origin: p.origin,
    hts: p.hts,
  };
};

it('prices every demo product by its HTS number alone: complete, each line with its heading', () => {
  const r = evaluate(
    {
      id: 'NW-10482',
      arrival: '2026-11-28',
      mode: 'express',
      shipFrom: 'DE',
      kind: 'purchase',
      recipient: { type: 'person', name: 'Demo Shopper' },
      items: [item('sweater'), item('shoes'), item('tshirt', 2), item('beanie')],
    },
    { tariffs: TARIFFS },
  );
  assert.ok(r.ok);
  const c = (r.output as Decision).charges!;
  assert.equal(c.complete, true, JSON.stringify(c.notes));
  assert.equal(c.total, '94.28');
  const mfn = c.lines.filter((l) => l.program === 'mfn').map((l) => l.heading);
  assert.deepEqual(mfn, ['6110.11.00', '6404.11.90', '6109.10.00', '6505.00.15']);
  assert.deepEqual(
    c.lines.filter((l) => l.program === 'section-301-china').map((l) => [l.item, l.heading]),
    [
      [2, '9903.88.15'],
      [3, '9903.88.03'],
    ],
  );
});

it('every product number is in the set, and no HTS-scoped layer beyond those the catalogue reaches', () => {
  for (const p of PRODUCTS)
    assert.ok(
      TARIFFS.layers.some((l: { program: string; scope?: { hts?: string[] } }) => l.program === 'mfn' && l.scope?.hts?.includes(p.hts)),
      p.hts,
    );
  for (const l of TARIFFS.layers as Array<{ scope?: { hts?: string[] } }>) {
    if (l.scope?.hts)
      for (const h of l.scope.hts)
        assert.ok(
          PRODUCTS.some((p) => p.hts.startsWith(h)),
          h,
        );
  }
});

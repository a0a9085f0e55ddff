// Laws the engine must keep whatever the input (property tests).
import assert from 'node:assert/strict';
import { it } from 'node:test';
import fc from 'fast-check';
import { prepare, type Decision } from '../../../../core/index.ts';
import { evaluateJson as evaluate } from '../../../../core/evaluate-json.ts';
import { add, compare, exact, formatMinor, formatUsd, parseAmount, type UsdValue } from '../../../../core/money/money.ts';
import { arbBatch, arbItem, arbShipment, fullRates } from '../arbitraries.ts';

const p = prepare({ rates: fullRates() });
if (!p.ok) throw new Error('rates');
const opts = { rules: p.rules, rates: p.rates };

function decisions(request: unknown): Decision[] {
  const r = evaluate(request, opts);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return 'decisions' in r.output ? r.output.decisions : [r.output];
}

it('decisions do not depend on the order of shipments in a batch', () => {
  fc.assert(
    fc.property(arbBatch, fc.func(fc.integer()), (batch, key) => {
      const shuffled = [...batch].sort((a, b) => key(a.id) - key(b.id) || a.id.localeCompare(b.id));
      const a = new Map(decisions({ shipments: batch }).map((d) => [d.id, d]));
      const b = decisions({ shipments: shuffled });
      for (const d of b) assert.deepEqual(d, a.get(d.id));
    }),
    { numRuns: 300 },
  );
});

it('a batch answers in the order of its shipments, one decision each', () => {
  fc.assert(
    fc.property(arbBatch, (batch) => {
      assert.deepEqual(
        decisions({ shipments: batch }).map((d) => d.id),
        batch.map((s) => s.id),
      );
    }),
    { numRuns: 100 },
  );
});

it('adding an item never makes a non-exempt shipment exempt', () => {
  fc.assert(
    fc.property(arbShipment('S'), arbItem, (s, extra) => {
      const before = decisions(s)[0];
      fc.pre(!before.exempt);
      const after = decisions({ ...s, items: [...s.items, extra] })[0];
      assert.equal(after.exempt, false, `became exempt: ${JSON.stringify(after.reasons[0])}`);
    }),
    { numRuns: 500 },
  );
});

it('adding a shipment to the same person and day never makes another shipment exempt', () => {
  fc.assert(
    fc.property(arbBatch, arbShipment('EXTRA'), (batch, extra) => {
      const first = batch[0];
      const more = { ...extra, recipient: first.recipient, arrival: first.arrival };
      const before = decisions({ shipments: batch });
      const after = decisions({ shipments: [...batch, more] });
      before.forEach((d, i) => {
        if (!d.exempt) assert.equal(after[i].exempt, false, `${d.id} became exempt`);
      });
    }),
    { numRuns: 200 },
  );
});

it('a parcel shipped from inside the customs territory never changes another decision', () => {
  fc.assert(
    fc.property(arbBatch, arbShipment('HOME'), fc.constantFrom('US', 'PR'), (batch, extra, from) => {
      const first = batch[0];
      const home = { ...extra, shipFrom: from, recipient: first.recipient, arrival: first.arrival, orderId: first.orderId };
      const before = decisions({ shipments: batch });
      const after = decisions({ shipments: [...batch, home] });
      assert.deepEqual(after.slice(0, before.length), before);
      assert.equal(after[before.length].exemption, 'not-an-import');
    }),
    { numRuns: 200 },
  );
});

it('an item stating the opposite of its HTS heading never loses an exemption the heading alone would give', () => {
  fc.assert(
    fc.property(arbShipment('S'), (s) => {
      const stated = { ...s, items: s.items.map((item) => ({ ...item, flags: [...item.flags, 'not-alcohol', 'not-tobacco', 'not-alcoholic-perfume'] })) };
      const [plain] = decisions(s);
      const [withStatement] = decisions(stated);
      if (plain.exempt) assert.equal(withStatement.exempt, true);
    }),
    { numRuns: 300 },
  );
});

it('every decision names its rule set and date, and a decisive reason with a citation', () => {
  fc.assert(
    fc.property(arbBatch, (batch) => {
      for (const [i, d] of decisions({ shipments: batch }).entries()) {
        assert.equal(d.rules.asOf, batch[i].arrival);
        assert.ok(d.reasons.length > 0);
        assert.ok(d.reasons[0].citation.length > 0);
        if (d.exempt && d.exemption !== 'not-an-import') assert.ok(d.limitUsd !== null, 'an exemption always has a limit');
        if (d.exemption === 'not-an-import')
          assert.ok(['US', 'PR'].includes(batch[i].shipFrom), 'only a parcel from inside the customs territory is not an import');
        if (d.exempt) assert.ok(['section-321', 'none', 'informal'].includes(d.entry));
        else assert.ok(['informal', 'formal', 'postal'].includes(d.entry));
      }
    }),
    { numRuns: 200 },
  );
});

// ---- money
const big = (v: UsdValue) => ({ n: v.num, d: v.den });
const arbFrac = fc.tuple(fc.integer({ min: 0, max: 2 ** 40 }), fc.integer({ min: 1, max: 2 ** 30 })).map(([n, d]) => exact(BigInt(n), BigInt(d)));

it('USD fractions add exactly (checked against bigint arithmetic), commutatively and associatively', () => {
  fc.assert(
    fc.property(arbFrac, arbFrac, arbFrac, (a, b, c) => {
      const s = add(a, b);
      const A = big(a),
        B = big(b),
        S = big(s);
      assert.equal(S.n * A.d * B.d, (A.n * B.d + B.n * A.d) * S.d);
      assert.equal(compare(add(a, b), add(b, a)), 0);
      assert.equal(compare(add(add(a, b), c), add(a, add(b, c))), 0);
    }),
  );
});

it('comparison agrees with bigint cross-multiplication', () => {
  fc.assert(
    fc.property(arbFrac, arbFrac, (a, b) => {
      const A = big(a),
        B = big(b);
      const l = A.n * B.d,
        r = B.n * A.d;
      assert.equal(compare(a, b), l < r ? -1 : l > r ? 1 : 0);
    }),
  );
});

it('printing rounds half up to cents', () => {
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 10 ** 12 }), fc.integer({ min: 1, max: 10 ** 6 }), (n, d) => {
      const N = BigInt(n) * 2n + BigInt(d); // round half up: floor((2n + d) / 2d)
      const cents = N / (2n * BigInt(d));
      const want = `${cents / 100n}.${String(cents % 100n).padStart(2, '0')}`;
      assert.equal(formatUsd(exact(BigInt(n), BigInt(d))), want);
    }),
  );
});

it('amounts round-trip through minor units for every decimals setting', () => {
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 10 ** 13 }), fc.constantFrom('USD', 'JPY', 'KWD'), (minor, cur) => {
      const dec = cur === 'JPY' ? 0 : cur === 'KWD' ? 3 : 2;
      const text = formatMinor(minor, dec);
      const r = parseAmount(text, cur);
      assert.ok(r.ok);
      if (r.ok) assert.equal(r.money.minor, minor);
    }),
  );
});

// ---- robustness
it('arbitrary JSON never crashes evaluation: it is decided or yields input issues with paths', () => {
  fc.assert(
    fc.property(fc.jsonValue(), (v) => {
      const r = evaluate(v, opts);
      if (!r.ok) {
        assert.ok(r.issues.length > 0);
        for (const i of r.issues) assert.equal(typeof i.path, 'string');
      }
    }),
    { numRuns: 1000 },
  );
});

it('a valid shipment with one field replaced by arbitrary JSON never crashes', () => {
  const keys = ['id', 'arrival', 'exportDate', 'mode', 'shipFrom', 'kind', 'sender', 'recipient', 'orderId', 'items'];
  fc.assert(
    fc.property(arbShipment('S'), fc.constantFrom(...keys), fc.jsonValue(), (s, k, v) => {
      const r = evaluate({ ...s, [k]: v }, opts);
      if (!r.ok) assert.ok(r.issues.every((i) => typeof i.message === 'string' && i.message.length > 0));
    }),
    { numRuns: 1000 },
  );
});

it('a valid item with one field replaced by arbitrary JSON never crashes', () => {
  const keys = ['description', 'quantity', 'price', 'origin', 'hts', 'flags'];
  fc.assert(
    fc.property(arbShipment('S'), fc.constantFrom(...keys), fc.jsonValue(), (s, k, v) => {
      const items = [{ ...s.items[0], [k]: v }];
      evaluate({ ...s, items }, opts);
      evaluate({ ...s, items: [{ ...s.items[0], price: { amount: v, currency: 'USD' } }] }, opts);
    }),
    { numRuns: 1000 },
  );
});

it('decimal strings multiply and add exactly, keeping their decimals', async () => {
  const { multiplyDecimal, sumDecimals } = await import('../../../../core/money/money.ts');
  assert.equal(multiplyDecimal('11.50', 3), '34.50');
  assert.equal(multiplyDecimal('0.07', 3), '0.21');
  assert.equal(multiplyDecimal('1280', 2), '2560');
  assert.equal(sumDecimals(['0.1', '0.20', '3']), '3.30');
  fc.assert(
    fc.property(fc.array(fc.integer({ min: 0, max: 10 ** 9 }), { minLength: 1, maxLength: 6 }), fc.integer({ min: 1, max: 999 }), (cents, q) => {
      const texts = cents.map((c) => formatMinor(c, 2));
      const total = cents.reduce((a, b) => a + b, 0);
      assert.equal(sumDecimals(texts), formatMinor(total, 2));
      assert.equal(multiplyDecimal(texts[0], q), formatMinor(cents[0] * q, 2));
    }),
  );
});

it('decimal strings compare exactly, past the precision of a JavaScript number', async () => {
  const { compareDecimals } = await import('../../../../core/money/money.ts');
  assert.equal(compareDecimals('800.00', '800'), 0);
  assert.equal(compareDecimals('800.01', '800'), 1);
  assert.equal(compareDecimals('99.9', '100.00'), -1);
  // Number() reads both as 9007199254740992
  assert.equal(compareDecimals('9007199254740993.00', '9007199254740992.00'), 1);
  fc.assert(
    fc.property(fc.bigInt({ min: 0n, max: 10n ** 20n }), fc.bigInt({ min: 0n, max: 10n ** 20n }), (a, b) => {
      const text = (minor: bigint) => `${minor / 100n}.${String(minor % 100n).padStart(2, '0')}`;
      assert.equal(compareDecimals(text(a), text(b)), a < b ? -1 : a > b ? 1 : 0);
    }),
  );
});

// Exact rates (core/charges/ratio.ts) against a plain BigInt reference: a percent of a value and a
// per-unit amount, each rounded once, half up, to the cent; the carrier's fee as given.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { NO_RATES } from '../../../../core/index.ts';
import { runPipeline } from '../../../../core/pipeline.ts';
import { bundledRules } from '../../../../core/prepare.ts';
import { bundledTariffs } from '../../../../core/charges/index.ts';
import { applyRatio, parseRate, ratioMinus } from '../../../../core/charges/ratio.ts';

/** round(a / b), half up, for a, b >= 0 */
const roundHalfUp = (a: bigint, b: bigint) => (a * 2n + b) / (2n * b);
/** "12.345" -> [12345n, 1000n] */
const decimal = (t: string): [bigint, bigint] => {
  const [i, f = ''] = t.split('.');
  return [BigInt(i + f), 10n ** BigInt(f.length)];
};
const digits = (min: number, max: number) => fc.stringMatching(new RegExp(`^[0-9]{${min},${max}}$`));
const decimalText = (int: number, frac: number) =>
  fc.tuple(digits(1, int), fc.option(digits(1, frac), { nil: undefined })).map(([i, f]) => (f === undefined ? i : `${i}.${f}`));

test('a percent of a value is rounded once, half up, to the cent', () => {
  fc.assert(
    fc.property(decimalText(4, 6), fc.bigInt({ min: 0n, max: 10n ** 12n }), fc.bigInt({ min: 1n, max: 10n ** 6n }), (rate, n, d) => {
      const [rn, rd] = decimal(rate);
      assert.equal(applyRatio({ num: n, den: d }, parseRate(rate)), Number(roundHalfUp(n * rn, d * rd * 100n)), `${rate}% of ${n}/${d} cents`);
    }),
    { numRuns: 3000 },
  );
});

test('a rate net of another is their difference, written as a percent', () => {
  fc.assert(
    fc.property(decimalText(4, 6), decimalText(4, 6), (a, b) => {
      const [an, ad] = decimal(a),
        [bn, bd] = decimal(b);
      const net = ratioMinus(parseRate(a), parseRate(b));
      if (an * bd <= bn * ad) return assert.equal(net, null);
      assert.ok(net);
      const [nn, nd] = decimal(net.text);
      assert.equal(nn * ad * bd, (an * bd - bn * ad) * nd, `${a} - ${b} = ${net.text}`);
      assert.match(net.text, /^(0|[1-9]\d*)(\.\d*[1-9])?$/); // plain, no leading or trailing zeros
    }),
    { numRuns: 2000 },
  );
});

// (amounts in cents stay safe integers: up to $999,999.999999 a unit, 1,000,000 units)
test('a per-unit layer is quantity x USD per unit, and a carrier fee is printed as given, to the cent', () => {
  fc.assert(
    fc.property(decimalText(6, 6), fc.integer({ min: 1, max: 1_000_000 }), decimalText(9, 2), (perUnit, quantity, fee) => {
      const req = {
        arrival: '2026-11-28',
        mode: 'air',
        shipFrom: 'VN',
        carrierFee: { amount: fee },
        items: [{ quantity, price: { amount: '2000.00', currency: 'USD' }, origin: 'VN', duties: [{ program: 'x', perUnit }] }],
      };
      const r = runPipeline(req, { rules: bundledRules(), rates: NO_RATES, tariffs: bundledTariffs() });
      assert.ok(r.ok);
      const c = r.decisions[0].charges!;
      const [un, ud] = decimal(perUnit);
      const cents = roundHalfUp(BigInt(quantity) * un * 100n, ud);
      const line = c.lines.find((l) => l.program === 'x')!;
      assert.equal(line.amount, `${cents / 100n}.${String(cents % 100n).padStart(2, '0')}`, `${quantity} x ${perUnit}`);
      const [fn, fd] = decimal(fee);
      const feeCents = (fn * 100n) / fd;
      assert.equal(c.carrier, `${feeCents / 100n}.${String(feeCents % 100n).padStart(2, '0')}`, fee);
    }),
    { numRuns: 1500 },
  );
});

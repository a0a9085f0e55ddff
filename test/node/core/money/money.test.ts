// core/money/money.ts: the amount parser against its specification written as a regex, and the
// one exact value type (bigint num / den) against plain bigint arithmetic, far beyond the safe
// integers, where a number arithmetic would have to refuse or round.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import fc from 'fast-check';
import { currencyDecimals } from '../../../../core/money/currencies.ts';
import {
  add,
  compare,
  compareDecimals,
  exact,
  formatUsd,
  multiplyDecimal,
  parseAmount,
  roundHalfUp,
  sumDecimals,
  timesInteger,
  usdFromCents,
  type Exact,
} from '../../../../core/money/money.ts';
import { compileRates, toUsd } from '../../../../core/money/rates.ts';

/** The amount contract as a regex and a few rules: at most 16 digits before a point (15 with a
 * point), 4 after it, extra decimals only zeros, and a safe integer count of minor units. */
function specified(text: string, currency: string) {
  const decimals = currencyDecimals(currency);
  if (decimals === undefined) return { ok: false, expected: 'a known ISO 4217 currency' };
  const m = /^(\d{1,16})(?:\.(\d{1,4}))?$/.exec(text);
  const shape = { ok: false, expected: `a non-negative decimal amount such as "${decimals === 0 ? '1280' : '12.50'}"` };
  if (!m || (m[1].length > 15 && (m[2] !== undefined || BigInt(m[1]) * 10n ** BigInt(decimals) > BigInt(Number.MAX_SAFE_INTEGER)))) return shape;
  const frac = m[2] ?? '';
  if (/[^0]/.test(frac.slice(decimals))) return { ok: false, expected: `at most ${decimals} decimals for ${currency}` };
  const minor = BigInt(m[1] + frac.slice(0, decimals).padEnd(decimals, '0'));
  if (minor > BigInt(Number.MAX_SAFE_INTEGER)) return { ok: false, expected: 'an amount below 9,000,000,000,000 minor units' };
  return { ok: true, money: { minor: Number(minor), currency } };
}

const CURRENCIES = ['USD', 'EUR', 'JPY', 'KRW', 'BHD', 'KWD', 'XXX', 'usd'];

it('parseAmount answers as the amount contract says, for every shape of amount', () => {
  const wholes = [
    '',
    '0',
    '7',
    '12',
    '00012',
    '999999999999999',
    '9007199254740991',
    '9007199254740992',
    '1234567890123456',
    '12345678901234567',
    '0000000000001250',
    '0090071992547409',
    '0090071992547410',
    '0009007199254740',
    '0009007199254741',
    '90071992547409',
    '900719925474099',
  ];
  const fracs = ['', '.', '.5', '.50', '.500', '.505', '.000', '.0000', '.00001', '.1234', '.12345', '.0005', '.1.2', '.5a'];
  const odd = ['.5', '-1', '+1', '1e3', '1,000', ' 1', '1 ', '1..2', '1.2.3', '0x10', 'Infinity', 'NaN', '１２', '12a', '', '.', '..'];
  let n = 0;
  for (const currency of CURRENCIES) {
    for (const text of [...wholes.flatMap((w) => fracs.map((f) => w + f)), ...odd]) {
      assert.deepEqual(parseAmount(text, currency), specified(text, currency), `${text} ${currency}`);
      n++;
    }
  }
  assert.ok(n > 1000);
});

it('parseAmount answers as the amount contract says, for random texts of digits and points', () => {
  const text = fc.array(fc.constantFrom('0', '1', '5', '9', '.', '.', 'x'), { maxLength: 22 }).map((cs) => cs.join(''));
  fc.assert(
    fc.property(text, fc.constantFrom(...CURRENCIES), (t, currency) => assert.deepEqual(parseAmount(t, currency), specified(t, currency), `${t} ${currency}`)),
    { numRuns: 20000 },
  );
});

// values far beyond 2^53 in both parts, and small ones
const big = fc.bigInt({ min: 0n, max: 10n ** 30n });
const small = fc.bigInt({ min: 0n, max: 10n ** 6n });
const arbExact = fc
  .tuple(fc.oneof(big, small), fc.oneof(fc.bigInt({ min: 1n, max: 10n ** 30n }), fc.bigInt({ min: 1n, max: 1000n })))
  .map(([n, d]) => exact(n, d));
const same = (a: Exact, b: Exact) => a.num * b.den === b.num * a.den;
const gcd = (a: bigint, b: bigint): bigint => (b === 0n ? a : gcd(b, a % b));

it('exact values add, compare and round as bigint fractions do, beyond the safe integers', () => {
  fc.assert(
    fc.property(arbExact, arbExact, arbExact, (a, b, c) => {
      const sum = add(a, b);
      assert.ok(same(sum, { num: a.num * b.den + b.num * a.den, den: a.den * b.den }));
      assert.ok(same(add(add(a, b), c), add(a, add(b, c))));
      // the sum of two values is over the least common denominator, or one of theirs
      if (a.den !== b.den && a.num !== 0n && b.num !== 0n) assert.equal(gcd(sum.num, sum.den), 1n);
      const l = a.num * b.den,
        r = b.num * a.den;
      assert.equal(compare(a, b), l < r ? -1 : l > r ? 1 : 0);
      assert.equal(roundHalfUp(a), (a.num * 2n + a.den) / (2n * a.den));
      assert.ok(same(timesInteger(a, 21), { num: a.num * 21n, den: a.den }));
    }),
    { numRuns: 3000 },
  );
});

it('prints half-up cents, and again after printing another value', () => {
  const a = exact(80000n * 3n + 1n, 6n); // 40000.1666... cents
  const b = exact(1n, 2n); // half a cent
  assert.equal(formatUsd(a), '400.00');
  assert.equal(formatUsd(b), '0.01');
  assert.equal(formatUsd(a), '400.00');
  assert.equal(formatUsd(usdFromCents(5)), '0.05');
  assert.equal(formatUsd(exact(10n ** 25n + 50n, 100n)), '1000000000000000000000.01'); // 10^23 + 1/2 cents
});

it('converts at a rate of up to 12 + 12 digits exactly, and a sum over two such currencies compares exactly', () => {
  const digits = (n: number) => fc.stringMatching(new RegExp(`^[1-9][0-9]{0,${n - 1}}$`));
  const rate = fc.tuple(digits(12), fc.option(digits(12), { nil: undefined })).map(([i, f]) => (f === undefined ? i : `${i}.${f}`));
  fc.assert(
    fc.property(rate, rate, fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), fc.integer({ min: 0, max: 10 ** 12 }), (eur, jpy, eurMinor, jpyMinor) => {
      const r = compileRates({
        EUR: [{ date: '2025-01-02', kind: 'daily', unitsPerUsd: eur }],
        JPY: [{ date: '2025-01-02', kind: 'daily', unitsPerUsd: jpy }],
      });
      assert.ok(r.ok);
      const eurRate = r.rates.currencies.get('EUR')!.daily[0],
        jpyRate = r.rates.currencies.get('JPY')!.daily[0];
      const [ei, ef = ''] = eur.split('.'),
        [ji, jf = ''] = jpy.split('.');
      // cents = minor / 10^decimals / (units per USD) x 100
      const eurCents = { num: BigInt(eurMinor) * 100n * 10n ** BigInt(ef.length), den: 100n * BigInt(ei + ef) };
      const jpyCents = { num: BigInt(jpyMinor) * 100n * 10n ** BigInt(jf.length), den: BigInt(ji + jf) };
      const eurUsd = toUsd(eurMinor, eurRate),
        jpyUsd = toUsd(jpyMinor, jpyRate);
      assert.ok(same(eurUsd, eurCents) && same(jpyUsd, jpyCents));
      const total = add(eurUsd, jpyUsd);
      assert.ok(same(total, { num: eurCents.num * jpyCents.den + jpyCents.num * eurCents.den, den: eurCents.den * jpyCents.den }));
      // the sum against $800.00, and exactly on it
      const limit = usdFromCents(80000);
      const l = total.num,
        rr = 80000n * total.den;
      assert.equal(compare(total, limit), l < rr ? -1 : l > rr ? 1 : 0);
    }),
    { numRuns: 500 },
  );
});

it('plain decimal strings multiply, add and compare exactly, beyond the safe integers', () => {
  assert.equal(multiplyDecimal('11.50', 3), '34.50');
  assert.equal(multiplyDecimal('0.07', 3), '0.21');
  assert.equal(multiplyDecimal('1280', 2), '2560');
  assert.equal(multiplyDecimal('9007199254740993.01', 1000), '9007199254740993010.00');
  assert.equal(sumDecimals(['0.1', '0.20', '3']), '3.30');
  assert.equal(sumDecimals([]), '0');
  assert.equal(sumDecimals(['9007199254740993.5', '0.25']), '9007199254740993.75');
  assert.equal(compareDecimals('9007199254740993.00', '9007199254740992.99'), 1);
  assert.equal(compareDecimals('012.5', '12.50'), 0);
  assert.equal(compareDecimals('.5', '0.49'), 1);
  assert.throws(() => multiplyDecimal('1.00', 1.5), /MONEY_NON_INTEGER_FACTOR/);
  const text = fc.tuple(fc.bigInt({ min: 0n, max: 10n ** 22n }), fc.integer({ min: 0, max: 6 })).map(([n, places]) => {
    const digits = n.toString().padStart(places + 1, '0');
    return { text: places ? `${digits.slice(0, -places)}.${digits.slice(-places)}` : digits, value: exact(n, 10n ** BigInt(places)) };
  });
  fc.assert(
    fc.property(text, text, fc.integer({ min: 0, max: 1000 }), (a, b, k) => {
      assert.equal(compareDecimals(a.text, b.text), compare(a.value, b.value));
      assert.ok(same(exact(...decimalParts(sumDecimals([a.text, b.text]))), add(a.value, b.value)));
      assert.ok(same(exact(...decimalParts(multiplyDecimal(a.text, k))), timesInteger(a.value, k)));
    }),
    { numRuns: 2000 },
  );
});

function decimalParts(text: string): [bigint, bigint] {
  const [i, f = ''] = text.split('.');
  return [BigInt(i + f), 10n ** BigInt(f.length)];
}

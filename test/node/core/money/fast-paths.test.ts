// The core's speed-only fast paths (core/build-flags.ts FAST) give the same answers as the
// reference paths the widget ships without them: parseAmount's digit loop, the plain-number
// arithmetic of usdAdd, usdCompare, usdFraction and toUsd, the memos of parseDateOrInstant and
// chooseRate, the evaluator's shortcuts for a lone shipment and for items without HTS hints.
// Each is compared alone, then the whole evaluate path runs again in a process whose core has
// FAST = false (fast-off.mjs) and must give the same answers.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { it } from 'node:test';
import { FAST } from '../../../../core/build-flags.ts';
import { currencyDecimals } from '../../../../core/money/currencies.ts';
import { formatUsd, parseAmount, parseAmountExact, usdAdd, usdCompare, usdFraction, type UsdValue } from '../../../../core/money/money.ts';
import { parseDateOrInstant, parseDateOrInstantUncached } from '../../../../core/time/new-york.ts';
import { answers } from './fast-paths-cases.ts';

it('runs with the fast paths on (the CLI and library build)', () => {
  assert.equal(FAST, true);
});

it('parseAmount answers as its reference parser for every shape of amount', () => {
  const wholes = ['', '0', '7', '12', '00012', '999999999999999', '9007199254740991', '9007199254740992', '1234567890123456', '12345678901234567', '0000000000001250', '0090071992547409', '0090071992547410', '0009007199254740', '0009007199254741'];
  const fracs = ['', '.', '.5', '.50', '.500', '.505', '.000', '.0000', '.00001', '.1234', '.12345'];
  const odd = ['.5', '-1', '+1', '1e3', '1,000', ' 1', '1 ', '1..2', '1.2.3', '0x10', 'Infinity', 'NaN', '１２', '12a', ''];
  const texts = [...wholes.flatMap((w) => fracs.map((f) => w + f)), ...odd];
  let n = 0;
  for (const currency of ['USD', 'EUR', 'JPY', 'KRW', 'BHD', 'KWD', 'XXX', 'usd']) {
    for (const text of texts) {
      assert.deepEqual(parseAmount(text, currency), parseAmountExact(text, currency, currencyDecimals(currency)), `${text} ${currency}`);
      n++;
    }
  }
  assert.ok(n > 800);
});

/** a + b and the order of a and b, in bigint fractions: the reference arithmetic */
const big = (x: number | bigint) => BigInt(x);
const sameValue = (x: UsdValue, y: UsdValue) => big(x.n) * big(y.d) === big(y.n) * big(x.d);

it('usdAdd and usdCompare answer as exact bigint arithmetic, near and beyond the safe integers', () => {
  const MAX = Number.MAX_SAFE_INTEGER;
  const values: UsdValue[] = [
    { n: 0, d: 1 }, { n: 1, d: 1 }, { n: 80000, d: 1 }, { n: 1, d: 3 }, { n: 2, d: 6 }, { n: 7, d: 2 },
    { n: 1000000, d: 925 }, { n: 15135, d: 10000 }, { n: MAX, d: 1 }, { n: MAX - 1, d: 2 }, { n: 1, d: MAX },
    { n: 4503599627370496, d: 3 }, usdFraction(10n ** 20n, 3n), usdFraction(10n ** 20n + 1n, 10n ** 19n), usdFraction(1n, 10n ** 18n),
  ];
  for (const a of values) {
    for (const b of values) {
      const sum = usdAdd(a, b);
      const reference = usdFraction(big(a.n) * big(b.d) + big(b.n) * big(a.d), big(a.d) * big(b.d));
      assert.ok(sameValue(sum, reference), `${a.n}/${a.d} + ${b.n}/${b.d}`);
      assert.equal(formatUsd(sum), formatUsd(reference));
      const l = big(a.n) * big(b.d), r = big(b.n) * big(a.d);
      assert.equal(usdCompare(a, b), l < r ? -1 : l > r ? 1 : 0, `${a.n}/${a.d} vs ${b.n}/${b.d}`);
    }
    assert.deepEqual(usdFraction(a.n, a.d), usdFraction(big(a.n), big(a.d)), `${a.n}/${a.d}`);
  }
});

it('parseDateOrInstant answers as its unmemoized parser, the first time and from its memo', () => {
  const texts = [
    '2025-08-29', '2024-02-29', '2023-02-29', '2025-13-01', '2025-8-29', '1899-12-31', '2025-08-29T00:01', '2025-08-29T00:00:30-04:00',
    '2025-03-09T02:30', '2025-11-02T01:30', '2025-08-29T23:59:59.999Z', '2025-08-29T24:00', '2025-08-29T10:00+24:00', '2025-08-29T10:00:00.123456789+05:30',
    'tomorrow', '',
  ];
  for (const text of texts) {
    const reference = parseDateOrInstantUncached(text);
    assert.deepEqual(parseDateOrInstant(text), reference, text);
    assert.deepEqual(parseDateOrInstant(text), reference, `${text} (memo)`);
  }
});

it('the whole evaluate path (decisions, charges, issues) answers the same with the fast paths off', () => {
  const here = fileURLToPath(new URL('.', import.meta.url));
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--import', join(here, 'fast-off.mjs'), '--input-type=module', '-e', `import { answers } from ${JSON.stringify(pathToFileURL(join(here, 'fast-paths-cases.ts')).href)}; process.stdout.write(answers());`], { encoding: 'utf8', maxBuffer: 1 << 28 });
  assert.equal(r.status, 0, r.stderr);
  const off = JSON.parse(r.stdout) as { fast: boolean; out: unknown[] };
  const on = JSON.parse(answers()) as { fast: boolean; out: unknown[] };
  assert.equal(off.fast, false);
  assert.equal(on.fast, true);
  assert.ok(on.out.length > 4000);
  for (let i = 0; i < on.out.length; i++) assert.deepEqual(off.out[i], on.out[i], `answer ${i}`);
});

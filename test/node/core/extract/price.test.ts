// The one price parser (core/extract/price.ts): every locale format a shop uses, ranges,
// and the cases where it must refuse to guess.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parsePrice } from '../../../../core/extract/price.ts';
import { compareDecimals as compareDecimal } from '../../../../core/money/money.ts';
import { parseAmount } from '../../../../core/money/money.ts';

const ok = (text: string, currency?: string | null) => {
  const r = parsePrice(text, { currency });
  assert.ok(r.ok, `${text}: ${JSON.stringify(r)}`);
  return r;
};
const err = (text: string, currency?: string | null) => {
  const r = parsePrice(text, { currency });
  assert.ok(!r.ok, `${text} should fail, got ${JSON.stringify(r)}`);
  return r.code;
};

test('reads the formats the issue names', () => {
  assert.deepEqual(ok('48,00', 'USD'), { ok: true, amount: '48.00', currency: 'USD' });
  assert.deepEqual(ok('1.234,56 EUR'), { ok: true, amount: '1234.56', currency: 'EUR' });
  assert.deepEqual(ok('US $12.48'), { ok: true, amount: '12.48', currency: 'USD' });
  assert.deepEqual(ok('¥1,280', 'JPY'), { ok: true, amount: '1280', currency: 'JPY' });
  assert.deepEqual(ok('$10.00 - $20.00', 'USD'), { ok: true, amount: '10.00', currency: 'USD', max: '20.00' });
});

test('reads European, Swiss, Indian and Japanese grouping', () => {
  assert.equal(ok('1 234,56 €').amount, '1234.56');
  assert.equal(ok('1\u202f234,56\u00a0€').amount, '1234.56');
  assert.equal(ok("CHF 1'234.50").amount, '1234.50');
  assert.equal(ok('CHF 1’234.50').currency, 'CHF');
  assert.deepEqual(ok('₹1,23,456.00'), { ok: true, amount: '123456.00', currency: 'INR' });
  assert.deepEqual(ok('１，２８０円'), { ok: true, amount: '1280', currency: 'JPY' });
  assert.deepEqual(ok('1.234.567,89 €'), { ok: true, amount: '1234567.89', currency: 'EUR' });
  assert.deepEqual(ok('R$ 1.234,50'), { ok: true, amount: '1234.50', currency: 'BRL' });
});

test('treats three digits after a single mark as grouping, except for three-decimal currencies and 0,xxx', () => {
  assert.equal(ok('1,280', 'JPY').amount, '1280');
  assert.equal(ok('1.234', 'EUR').amount, '1234.00');
  assert.equal(ok('1.250', 'KWD').amount, '1.250');
  assert.equal(ok('0,500', 'EUR').amount, '0.50');
});

test('pads to the currency decimals and keeps the page digits when the currency is unknown', () => {
  assert.equal(ok('12', 'USD').amount, '12.00');
  assert.equal(ok('12.5', 'EUR').amount, '12.50');
  assert.equal(ok('12.500', 'EUR').amount, '12500.00', 'one mark with three digits is grouping');
  assert.equal(ok('12,5').amount, '12.5');
  assert.equal(ok('007.10', 'USD').amount, '7.10');
});

test('leaves a shared symbol unresolved without a hint, and lists what it could mean', () => {
  const yen = ok('¥1,280');
  assert.equal(yen.currency, null);
  assert.deepEqual(yen.candidates, ['JPY', 'CNY']);
  const dollar = ok('$12.48');
  assert.equal(dollar.currency, null);
  assert.ok(dollar.candidates?.includes('USD') && dollar.candidates.includes('CAD'));
  assert.equal(ok('$12.48', 'CAD').currency, 'CAD');
  assert.equal(ok('12 kr', 'SEK').currency, 'SEK');
});

test('reads ranges written in several ways', () => {
  assert.deepEqual(ok('10–20 €'), { ok: true, amount: '10.00', currency: 'EUR', max: '20.00' });
  assert.deepEqual(ok('US $1.00 to US $2.50'), { ok: true, amount: '1.00', currency: 'USD', max: '2.50' });
  assert.deepEqual(ok('¥1,000～¥2,000', 'JPY'), { ok: true, amount: '1000', currency: 'JPY', max: '2000' });
  assert.deepEqual(ok('$5 a $10', 'MXN'), { ok: true, amount: '5.00', currency: 'MXN', max: '10.00' });
  assert.deepEqual(ok('$7.00 - $7.00', 'USD'), { ok: true, amount: '7.00', currency: 'USD' }, 'a range of one price is that price');
  assert.equal(err('$20 - $10', 'USD'), 'AMBIGUOUS_NUMBER');
});

test('refuses what is not one readable price', () => {
  assert.equal(err(''), 'EMPTY');
  assert.equal(err('   '), 'EMPTY');
  assert.equal(err('Free'), 'NO_NUMBER');
  assert.equal(err('-$5.00'), 'NEGATIVE');
  assert.equal(err('$12.48 ($0.52 / count)'), 'SEVERAL_PRICES');
  assert.equal(err('1 2 3'), 'SEVERAL_PRICES');
  assert.equal(err('1,2,34'), 'AMBIGUOUS_NUMBER');
  assert.equal(err('12.345,6.7'), 'AMBIGUOUS_NUMBER');
  assert.equal(err('€12', 'USD'), 'CURRENCY_CONFLICT');
  assert.equal(err('12 EUR USD'), 'CURRENCY_CONFLICT');
  assert.equal(err('¥1,280', 'USD'), 'CURRENCY_CONFLICT');
  assert.equal(ok('12.345', 'JPY').amount, '12345', 'JPY has no decimals, so the mark groups');
  assert.equal(err('12.34', 'JPY'), 'TOO_MANY_DECIMALS');
  assert.equal(err('9'.repeat(20), 'USD'), 'TOO_LARGE');
  assert.equal(err('$' + '1'.repeat(5_000_000)), 'TOO_LONG');
});

test('a hostile 5 MB string is rejected by its length before any pattern runs', () => {
  assert.equal(err('1,'.repeat(2_500_000)), 'TOO_LONG');
});

// Every amount written by Intl in the locales shops use reads back to the same amount.
const LOCALES = [
  'en-US',
  'de-DE',
  'fr-FR',
  'ja-JP',
  'zh-CN',
  'en-IN',
  'de-CH',
  'es-MX',
  'en-CA',
  'es-ES',
  'pt-BR',
  'ko-KR',
  'it-IT',
  'nl-NL',
  'pl-PL',
  'sv-SE',
];
const CURRENCIES = ['USD', 'EUR', 'GBP', 'JPY', 'CNY', 'CAD', 'INR', 'CHF', 'KRW', 'MXN', 'BRL', 'KWD'];
const DECIMALS: Record<string, number> = { JPY: 0, KRW: 0, KWD: 3 };

test('reads back whatever Intl.NumberFormat writes, in every locale and currency (property)', () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 0, max: 99_999_999_999 }),
      fc.constantFrom(...LOCALES),
      fc.constantFrom(...CURRENCIES),
      fc.constantFrom('symbol', 'code', 'narrowSymbol'),
      (minor, locale, currency, display) => {
        const d = DECIMALS[currency] ?? 2;
        const text = new Intl.NumberFormat(locale, {
          style: 'currency',
          currency,
          currencyDisplay: display as 'symbol',
          minimumFractionDigits: d,
          maximumFractionDigits: d,
        }).format(minor / 10 ** d);
        const r = parsePrice(text, { currency });
        assert.ok(r.ok, `${locale} ${currency}: ${text} -> ${JSON.stringify(r)}`);
        const expected = parseAmount(d ? `${Math.floor(minor / 10 ** d)}.${String(minor % 10 ** d).padStart(d, '0')}` : String(minor), currency);
        const got = parseAmount(r.amount, currency);
        assert.ok(expected.ok && got.ok);
        assert.equal(got.money.minor, expected.money.minor, `${locale} ${currency}: ${text} -> ${r.amount}`);
        assert.equal(r.currency, currency, `${locale}: ${text}`);
      },
    ),
    { numRuns: 3000 },
  );
});

test('returns amounts core parseAmount accepts whenever the currency is known (property)', () => {
  fc.assert(
    fc.property(fc.string({ maxLength: 30 }), fc.constantFrom('USD', 'EUR', 'JPY', 'KWD', null), (text, currency) => {
      const r = parsePrice(text, { currency });
      if (r.ok && r.currency) assert.ok(parseAmount(r.amount, r.currency).ok, `${text} -> ${r.amount} ${r.currency}`);
      if (r.ok && r.max) assert.ok(compareDecimal(r.amount, r.max) < 0);
    }),
    { numRuns: 3000 },
  );
});

test('compares decimal strings by value', () => {
  assert.equal(compareDecimal('12.5', '12.50'), 0);
  assert.equal(compareDecimal('9.99', '10'), -1);
  assert.equal(compareDecimal('010.1', '10.09'), 1);
});

test('reads a schema.org number field with "." as the decimal point, and other text as shops write it', () => {
  assert.deepEqual(parsePrice('19.999', { currency: 'USD', schemaNumber: true }), {
    ok: false,
    code: 'TOO_MANY_DECIMALS',
    message: '19.999 has more than 2 decimals, which USD does not have',
  });
  assert.equal(ok('1.250', 'KWD').amount, '1.250');
  assert.equal((parsePrice('1.234', { currency: 'EUR', schemaNumber: true }) as { code: string }).code, 'TOO_MANY_DECIMALS');
  assert.deepEqual(parsePrice('1.234', { currency: 'EUR' }), { ok: true, amount: '1234.00', currency: 'EUR' });
  assert.deepEqual(parsePrice('12,90', { currency: 'EUR', schemaNumber: true }), { ok: true, amount: '12.90', currency: 'EUR' });
});

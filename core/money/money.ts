// Money is an integer count of minor units of one ISO 4217 currency (dinero.js style); never a
// float. Amounts cross the boundary as decimal strings ("150.00"), and USD values after
// conversion are exact fractions of a cent so that limit tests use the unrounded value
// (issue 2: "limit tests use the unrounded value; exactly $800.00 passes").

import { currencyDecimals } from './currencies.ts';

export interface Money {
  /** integer count of minor units (cents for USD, yen for JPY) */
  readonly minor: number;
  readonly currency: string;
}

const AMOUNT_RE = /^(\d{1,15})(?:\.(\d{1,4}))?$/;

export type AmountResult = { ok: true; money: Money } | { ok: false; expected: string };

/** Parses a non-negative decimal amount in a currency's minor units. Accepts "12", "12.5",
 * "12.50"; rejects more decimals than the currency has, signs, exponents and separators. */
export function parseAmount(text: string, currency: string): AmountResult {
  const decimals = currencyDecimals(currency);
  if (decimals === undefined) return { ok: false, expected: 'a known ISO 4217 currency' };
  const m = AMOUNT_RE.exec(text);
  if (!m) {
    return {
      ok: false,
      expected: `a non-negative decimal amount such as "${decimals === 0 ? '1280' : '12.50'}"`,
    };
  }
  const frac = m[2] ?? '';
  if (frac.length > decimals) {
    // Extra zeros are harmless ("12.500" EUR); any other digit would be a fraction of a minor unit.
    if (/[^0]/.test(frac.slice(decimals))) {
      return { ok: false, expected: `at most ${decimals} decimals for ${currency}` };
    }
  }
  const fracPart = (frac + '0000').slice(0, decimals);
  const minor = Number(m[1] + fracPart);
  if (!Number.isSafeInteger(minor)) return { ok: false, expected: 'an amount below 9,000,000,000,000 minor units' };
  return { ok: true, money: { minor, currency } };
}

/** Formats minor units of a currency as a plain decimal string ("1234.50"). */
export function formatMinor(minor: number, decimals: number): string {
  const neg = minor < 0;
  const abs = Math.abs(minor);
  if (decimals === 0) return (neg ? '-' : '') + abs;
  const s = String(abs).padStart(decimals + 1, '0');
  return (neg ? '-' : '') + s.slice(0, -decimals) + '.' + s.slice(-decimals);
}

export function add(a: Money, b: Money): Money {
  if (a.currency !== b.currency) throw new Error(`MONEY_CURRENCY_MISMATCH: ${a.currency} + ${b.currency}`);
  return { minor: a.minor + b.minor, currency: a.currency };
}

export function multiply(a: Money, factor: number): Money {
  if (!Number.isInteger(factor)) throw new Error('MONEY_NON_INTEGER_FACTOR');
  return { minor: a.minor * factor, currency: a.currency };
}

// ---------------------------------------------------------------------------------------------
// Exact USD values. A converted amount is cents * num / den with bigint parts; USD amounts keep
// den = 1. Comparisons and sums are exact; rounding happens only when printing.

export interface UsdValue {
  /** numerator, in cents */
  readonly n: bigint;
  /** denominator (> 0) */
  readonly d: bigint;
}

export const USD_ZERO: UsdValue = { n: 0n, d: 1n };

export function usdFromCents(cents: number | bigint): UsdValue {
  return { n: BigInt(cents), d: 1n };
}

function gcd(a: bigint, b: bigint): bigint {
  if (a < 0n) a = -a;
  while (b !== 0n) {
    const t = a % b;
    a = b;
    b = t;
  }
  return a;
}

function reduce(n: bigint, d: bigint): UsdValue {
  if (d === 1n) return { n, d };
  const g = gcd(n, d);
  return g > 1n ? { n: n / g, d: d / g } : { n, d };
}

export function usdAdd(a: UsdValue, b: UsdValue): UsdValue {
  if (a.d === b.d) return a.d === 1n ? { n: a.n + b.n, d: 1n } : reduce(a.n + b.n, a.d);
  return reduce(a.n * b.d + b.n * a.d, a.d * b.d);
}

export function usdMul(a: UsdValue, k: number): UsdValue {
  return reduce(a.n * BigInt(k), a.d);
}

/** -1, 0 or 1 */
export function usdCompare(a: UsdValue, b: UsdValue): number {
  const l = a.n * b.d;
  const r = b.n * a.d;
  return l < r ? -1 : l > r ? 1 : 0;
}

/** Rounds half up to whole cents (values here are never negative). */
export function usdRoundCents(v: UsdValue): bigint {
  if (v.d === 1n) return v.n;
  const q = v.n / v.d;
  const r = v.n % v.d;
  return r * 2n >= v.d ? q + 1n : q;
}

/** "1234.50": USD with 2 decimals, rounded half up. */
export function formatUsd(v: UsdValue): string {
  const c = usdRoundCents(v);
  const neg = c < 0n;
  const s = (neg ? -c : c).toString().padStart(3, '0');
  return (neg ? '-' : '') + s.slice(0, -2) + '.' + s.slice(-2);
}

/** Parses a USD amount string from rule data ("800.00") into cents; throws on bad data. */
export function usdCentsOf(text: string): number {
  const r = parseAmount(text, 'USD');
  if (!r.ok) throw new Error(`RULES_BAD_AMOUNT: "${text}" is not ${r.expected}`);
  return r.money.minor;
}

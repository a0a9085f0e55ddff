// Money is an integer count of minor units of one ISO 4217 currency (dinero.js style); never a
// float. Amounts cross the boundary as decimal strings ("150.00"), and USD values after
// conversion are exact fractions of a cent so that limit tests use the unrounded value (exactly
// $800.00 passes).

import { FAST } from '../build-flags.ts';
import { currencyDecimals } from './currencies.ts';

/** An amount as an integer count of a currency's minor units, never a float. */
export interface Money {
  /** integer count of minor units (cents for USD, yen for JPY) */
  readonly minor: number;
  readonly currency: string;
}

const AMOUNT_RE = /^(\d{1,16})(?:\.(\d{1,4}))?$/;
const TENS = [1, 10, 100, 1000, 10000];

/** The parsed amount, or what was expected instead. */
export type AmountResult = { ok: true; money: Money } | { ok: false; expected: string };

/** Parses a non-negative decimal amount in a currency's minor units. Accepts "12", "12.5",
 * "12.50"; rejects more decimals than the currency has, signs, exponents and separators. */
export function parseAmount(text: string, currency: string): AmountResult {
  const decimals = currencyDecimals(currency);
  // fast path for the common shape: digits, optionally a dot and exactly `decimals` digits
  if (FAST && decimals !== undefined && text.length > 0 && text.length <= 16) {
    const len = text.length;
    let minor = 0;
    let dot = -1;
    let ok = true;
    for (let i = 0; i < len; i++) {
      const c = text.charCodeAt(i);
      if (c === 46 && dot < 0 && i > 0) dot = i;
      else if (c >= 48 && c <= 57) minor = minor * 10 + (c - 48);
      else {
        ok = false;
        break;
      }
    }
    if (ok) {
      const frac = dot < 0 ? 0 : len - dot - 1;
      if (dot < 0 || (frac === decimals && frac > 0)) {
        minor *= TENS[decimals - frac];
        if (Number.isSafeInteger(minor)) return { ok: true, money: { minor, currency } };
      }
    }
  }
  return parseAmountExact(text, currency, decimals);
}

/** parseAmount without its fast path: what the widget ships (core/build-flags.ts), exported for
 * the test that holds the two equal. */
export function parseAmountExact(text: string, currency: string, decimals: number | undefined): AmountResult {
  if (decimals === undefined) return { ok: false, expected: 'a known ISO 4217 currency' };
  const m = AMOUNT_RE.exec(text);
  // at most 15 digits before a point; 16 digits only without one and within the safe integers,
  // as parseAmount's digit loop takes them
  if (!m || (m[1].length > 15 && (m[2] !== undefined || !Number.isSafeInteger(Number(m[1]) * 10 ** decimals)))) {
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

// ---------------------------------------------------------------------------------------------
// Exact USD values. A converted amount is a fraction of cents, n / d. Plain numbers carry it while
// every part stays a safe integer (the common case: one currency, a decimal rate); bigints take
// over when a sum or product would not fit, so results are exact either way. Comparisons and sums
// are exact; rounding happens only when printing. (Numbers first because bigint arithmetic
// allocates, and allocation was the engine's largest cost: see bench/evaluate.bench.ts.)

/** An exact USD value, n / d cents, rounded only when printed. */
export interface UsdValue {
  /** numerator, in cents */
  readonly n: number | bigint;
  /** denominator (> 0), the same type as n */
  readonly d: number | bigint;
}

const MAX = Number.MAX_SAFE_INTEGER;

export const USD_ZERO: UsdValue = { n: 0, d: 1 };

export function usdFromCents(cents: number | bigint): UsdValue {
  return typeof cents === 'number' ? { n: cents, d: 1 } : shrink(cents, 1n);
}

function gcdNum(a: number, b: number): number {
  a = Math.abs(a);
  while (b !== 0) {
    const t = a % b;
    a = b;
    b = t;
  }
  return a;
}

function gcdBig(a: bigint, b: bigint): bigint {
  if (a < 0n) a = -a;
  while (b !== 0n) {
    const t = a % b;
    a = b;
    b = t;
  }
  return a;
}

function reduceNum(n: number, d: number): UsdValue {
  if (d === 1) return { n, d };
  const g = gcdNum(n, d);
  return g > 1 ? { n: n / g, d: d / g } : { n, d };
}

/** Reduces a bigint fraction and returns numbers when both parts fit. */
function shrink(n: bigint, d: bigint): UsdValue {
  if (!FAST || d !== 1n) {
    const g = gcdBig(n, d);
    if (g > 1n) {
      n /= g;
      d /= g;
    }
  }
  const big = 9007199254740991n;
  if (n <= big && n >= -big && d <= big) return { n: Number(n), d: Number(d) };
  return { n, d };
}

const big = (x: number | bigint) => (typeof x === 'bigint' ? x : BigInt(x));

/** n / d from any parts (used by conversion). */
export function usdFraction(n: number | bigint, d: number | bigint): UsdValue {
  if (FAST && typeof n === 'number' && typeof d === 'number' && Math.abs(n) <= MAX && d <= MAX) return reduceNum(n, d);
  return shrink(big(n), big(d));
}

export function usdAdd(a: UsdValue, b: UsdValue): UsdValue {
  if (FAST && typeof a.n === 'number' && typeof b.n === 'number') {
    const ad = a.d as number, bd = b.d as number;
    if (ad === bd) {
      const n = a.n + b.n;
      if (Math.abs(n) <= MAX) return { n, d: ad };
    } else {
      const x = a.n * bd, y = b.n * ad, d = ad * bd;
      if (Math.abs(x) <= MAX && Math.abs(y) <= MAX && d <= MAX && Math.abs(x + y) <= MAX) return reduceNum(x + y, d);
    }
  }
  return shrink(big(a.n) * big(b.d) + big(b.n) * big(a.d), big(a.d) * big(b.d));
}

/** -1, 0 or 1 */
export function usdCompare(a: UsdValue, b: UsdValue): number {
  if (FAST && typeof a.n === 'number' && typeof b.n === 'number') {
    const l = a.n * (b.d as number), r = b.n * (a.d as number);
    if (Math.abs(l) <= MAX && Math.abs(r) <= MAX) return l < r ? -1 : l > r ? 1 : 0;
  }
  const l = big(a.n) * big(b.d), r = big(b.n) * big(a.d);
  return l < r ? -1 : l > r ? 1 : 0;
}

/** Rounds half up to whole cents (values here are never negative). */
export function usdRoundCents(v: UsdValue): number | bigint {
  if (typeof v.n === 'number') {
    const d = v.d as number;
    if (FAST && d === 1) return v.n;
    const q = Math.floor(v.n / d);
    const r = v.n - q * d;
    return r * 2 >= d ? q + 1 : q;
  }
  const n = v.n, d = v.d as bigint;
  if (FAST && d === 1n) return n;
  const q = n / d, r = n % d;
  return r * 2n >= d ? q + 1n : q;
}

/** Whole cents (not negative) as "12.34". */
export function formatCents(c: number): string {
  const w = Math.floor(c / 100);
  const r = c - w * 100;
  return `${w}.${r < 10 ? '0' : ''}${r}`;
}

/** "1234.50": USD with 2 decimals, rounded half up. */
export function formatUsd(v: UsdValue): string {
  const c = usdRoundCents(v);
  if (typeof c === 'number') return formatCents(c);
  const s = c.toString().padStart(3, '0');
  return s.slice(0, -2) + '.' + s.slice(-2);
}

/** Parses a USD amount string from rule data ("800.00") into cents; throws on bad data. */
export function usdCentsOf(text: string): number {
  const r = parseAmount(text, 'USD');
  if (!r.ok) throw new Error(`RULES_BAD_AMOUNT: "${text}" is not ${r.expected}`);
  return r.money.minor;
}

// ---------------------------------------------------------------------------------------------
// Plain decimal strings ("11.50"), as pages and order files give them: exact arithmetic in
// bigint minor units, for callers that build a request (unit price x quantity, line sums).

function splitDecimal(text: string): [bigint, number] {
  const [i, f = ''] = text.split('.');
  return [BigInt((i || '0') + f), f.length];
}

function joinDecimal(minor: bigint, decimals: number): string {
  const neg = minor < 0n;
  const t = (neg ? -minor : minor).toString().padStart(decimals + 1, '0');
  return (neg ? '-' : '') + (decimals ? `${t.slice(0, -decimals)}.${t.slice(-decimals)}` : t);
}

/** "11.50" x 3 = "34.50", exactly; keeps the decimals it was given. */
export function multiplyDecimal(text: string, factor: number): string {
  if (!Number.isInteger(factor)) throw new Error('MONEY_NON_INTEGER_FACTOR');
  const [minor, decimals] = splitDecimal(text);
  return joinDecimal(minor * BigInt(factor), decimals);
}

/** The exact sum of plain decimal strings, with as many decimals as the longest. */
export function sumDecimals(amounts: readonly string[]): string {
  const decimals = Math.max(0, ...amounts.map((a) => (a.split('.')[1] ?? '').length));
  let total = 0n;
  for (const a of amounts) {
    const [minor, d] = splitDecimal(a);
    total += minor * 10n ** BigInt(decimals - d);
  }
  return joinDecimal(total, decimals);
}

/** -1, 0 or 1: the order of two plain decimal strings, not negative ("812.50" < "1000",
 * "12.5" = "12.50"), exactly and without parsing them into numbers. */
export function compareDecimals(a: string, b: string): number {
  const [ai, af = ''] = a.split('.');
  const [bi, bf = ''] = b.split('.');
  const ia = ai.replace(/^0+(?=\d)/, ''), ib = bi.replace(/^0+(?=\d)/, '');
  if (ia.length !== ib.length) return ia.length < ib.length ? -1 : 1;
  if (ia !== ib) return ia < ib ? -1 : 1;
  const w = Math.max(af.length, bf.length);
  const fa = af.padEnd(w, '0'), fb = bf.padEnd(w, '0');
  return fa === fb ? 0 : fa < fb ? -1 : 1;
}

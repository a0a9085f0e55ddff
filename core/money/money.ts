// Money is an integer count of minor units of one ISO 4217 currency (dinero.js style); never a
// float. Amounts cross the boundary as decimal strings ("150.00"), and USD values after
// conversion are exact fractions of a cent so that limit tests use the unrounded value (exactly
// $800.00 passes).

import { currencyDecimals } from './currencies.ts';

/** An amount as an integer count of a currency's minor units, never a float. */
export interface Money {
  /** integer count of minor units (cents for USD, yen for JPY) */
  readonly minor: number;
  readonly currency: string;
}

/** The parsed amount, or what was expected instead. */
export type AmountResult = { ok: true; money: Money } | { ok: false; expected: string };

const TENS = [1, 10, 100, 1000, 10000];

/** Parses a non-negative decimal amount in a currency's minor units. Accepts "12", "12.5",
 * "12.50", "12.500" (extra zeros only); rejects more decimals than the currency has, signs,
 * exponents and separators; at most 15 digits before a point (16 without one, within the safe
 * integers) and 4 after it. One pass over the characters (a regex here cost a third more). */
export function parseAmount(text: string, currency: string): AmountResult {
  const decimals = currencyDecimals(currency);
  if (decimals === undefined) return { ok: false, expected: 'a known ISO 4217 currency' };
  const len = text.length;
  let minor = 0; // the whole part, then the whole amount in minor units
  let dot = -1;
  let i = 0;
  for (; i < len; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      if (dot < 0) minor = minor * 10 + (c - 48);
      else if (i - dot <= decimals) minor += (c - 48) * TENS[decimals - (i - dot)];
      else if (c !== 48) break; // a fraction of a minor unit: told apart below
    } else if (c === 46 && dot < 0) {
      dot = i;
      minor *= TENS[decimals];
    } else break;
  }
  const whole = dot < 0 ? len : dot;
  const frac = dot < 0 ? 0 : len - dot - 1;
  const shape = i === len || (dot >= 0 && i > dot && /^\d*$/.test(text.slice(i)));
  if (!shape || whole < 1 || whole > 16 || (dot >= 0 && (frac < 1 || frac > 4)) || (whole === 16 && dot >= 0)) {
    return { ok: false, expected: `a non-negative decimal amount such as "${decimals === 0 ? '1280' : '12.50'}"` };
  }
  if (i < len) return { ok: false, expected: `at most ${decimals} decimals for ${currency}` };
  if (dot < 0) minor *= TENS[decimals];
  if (!Number.isSafeInteger(minor)) {
    return whole === 16
      ? { ok: false, expected: `a non-negative decimal amount such as "${decimals === 0 ? '1280' : '12.50'}"` }
      : { ok: false, expected: 'an amount below 9,000,000,000,000 minor units' };
  }
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
// One exact value type, Exact = num / den, for every value that is not an integer count of one
// currency's minor units: USD values after conversion (in cents), conversion rates, percent
// rates, plain decimal strings. One arithmetic: bigint. Sums and comparisons are exact;
// rounding (half up, to the cent) happens once per line, when a value is printed or charged.
//
// Why bigint and not numbers with an overflow guard (dinero.js lets one choose; we chose once):
// - exactness over the whole contract: a rate has up to 12 + 12 digits, so a converted value's
//   denominator need not fit a safe integer, and a same-day aggregate over two currencies
//   multiplies two such denominators; a number guard would refuse real requests (or need the
//   bigint second path this type replaced);
// - speed, measured (2026-12-07, bench/evaluate.bench.ts's pool through evaluatePriced, bundled
//   as the bench bundles it, CPU time, A and B alternated 31 times): this bigint arithmetic
//   against the same functions on numbers with a guard on every operation, 1.05 and 1/0.88 (the
//   engine's cost is its objects, not the arithmetic, and bigint fields keep one representation
//   where number fields switch between small integers and doubles); against the number arithmetic
//   with a bigint fallback it replaced, 1.02 and 1/0.97. A bigint operation alone costs more (a
//   conversion, a comparison with $800 and a rounding: 66 ns against 5 ns), so the hot path does
//   few: a rate is compiled once into the cents one minor unit is worth, values of one currency
//   share its denominator, a zero adds for free, and formatUsd remembers the last value it wrote.

/** An exact value num / den (den > 0), never rounded until printed. */
export interface Exact {
  /** numerator */
  readonly num: bigint;
  /** denominator, > 0 */
  readonly den: bigint;
}

/** An exact USD value in cents: num / den cents. */
export type UsdValue = Exact;

export const USD_ZERO: UsdValue = { num: 0n, den: 1n };

/** Whole cents as an exact value. */
export function usdFromCents(cents: number | bigint): UsdValue {
  return { num: BigInt(cents), den: 1n };
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

/** num / den in lowest terms. */
export function exact(num: bigint, den: bigint): Exact {
  if (den === 1n) return { num, den };
  const g = gcd(num, den);
  return g === 1n ? { num, den } : { num: num / g, den: den / g };
}

/** a + b, exactly. Values of one currency share a denominator (the rate's), so the common case
 * is one addition; otherwise the sum is over the least common denominator. */
export function add(a: Exact, b: Exact): Exact {
  if (a.den === b.den) return { num: a.num + b.num, den: a.den };
  if (a.num === 0n) return b;
  if (b.num === 0n) return a;
  const g = gcd(a.den, b.den);
  const bScale = b.den / g;
  return exact(a.num * bScale + b.num * (a.den / g), a.den * bScale);
}

/** a x b, exactly (not reduced: callers round or compare it). */
export function times(a: Exact, b: Exact): Exact {
  return { num: a.num * b.num, den: a.den * b.den };
}

/** a x k for an integer k, exactly. */
export function timesInteger(a: Exact, k: number | bigint): Exact {
  return { num: a.num * BigInt(k), den: a.den };
}

/** -1, 0 or 1 */
export function compare(a: Exact, b: Exact): number {
  const same = a.den === b.den;
  const l = same || b.den === 1n ? a.num : a.num * b.den;
  const r = same || a.den === 1n ? b.num : b.num * a.den;
  return l < r ? -1 : l > r ? 1 : 0;
}

/** Rounds half up to an integer (values here are never negative). */
export function roundHalfUp(v: Exact): bigint {
  if (v.den === 1n) return v.num;
  const q = v.num / v.den;
  return (v.num % v.den) * 2n >= v.den ? q + 1n : q;
}

/** Whole cents (not negative) as "12.34". */
export function formatCents(c: number): string {
  const w = Math.floor(c / 100);
  const r = c - w * 100;
  return `${w}.${r < 10 ? '0' : ''}${r}`;
}

const MAX_SAFE_CENTS = BigInt(Number.MAX_SAFE_INTEGER);
let lastFormatted: UsdValue = USD_ZERO;
let lastText = '0.00';

/** "1234.50": USD with 2 decimals, rounded half up. Remembers the last value it wrote (values
 * are never changed): a decision writes its shipment's value in several places. */
export function formatUsd(v: UsdValue): string {
  if (v === lastFormatted) return lastText;
  const rounded = roundHalfUp(v);
  lastFormatted = v;
  // the usual amount prints through a number (a bigint's toString and padding cost more)
  if (rounded <= MAX_SAFE_CENTS) return (lastText = formatCents(Number(rounded)));
  const cents = rounded.toString();
  return (lastText = cents.slice(0, -2) + '.' + cents.slice(-2));
}

/** Parses a USD amount string from rule data ("800.00") into cents; throws on bad data. */
export function usdCentsOf(text: string): number {
  const r = parseAmount(text, 'USD');
  if (!r.ok) throw new Error(`RULES_BAD_AMOUNT: "${text}" is not ${r.expected}`);
  return r.money.minor;
}

// ---------------------------------------------------------------------------------------------
// Plain decimal strings ("11.50"), as pages and order files give them, read into the exact type
// and written back with the decimals they were given: for callers that build a request (unit
// price x quantity, line sums) or compare prices.

/** "11.50" -> 1150 / 100, exactly; the number of decimals it was written with. */
export function decimalValue(text: string): [Exact, number] {
  const dot = text.indexOf('.');
  if (dot < 0) return [{ num: BigInt(text || '0'), den: 1n }, 0];
  const places = text.length - dot - 1;
  return [{ num: BigInt((text.slice(0, dot) || '0') + text.slice(dot + 1)), den: 10n ** BigInt(places) }, places];
}

/** An exact value written with `places` decimals (it must have at most that many). */
function decimalText(v: Exact, places: number): string {
  const scaled = (v.num * 10n ** BigInt(places)) / v.den;
  const neg = scaled < 0n;
  const digits = (neg ? -scaled : scaled).toString().padStart(places + 1, '0');
  return (neg ? '-' : '') + (places ? `${digits.slice(0, -places)}.${digits.slice(-places)}` : digits);
}

/** "11.50" x 3 = "34.50", exactly; keeps the decimals it was given. */
export function multiplyDecimal(text: string, factor: number): string {
  if (!Number.isInteger(factor)) throw new Error('MONEY_NON_INTEGER_FACTOR');
  const [value, places] = decimalValue(text);
  return decimalText(timesInteger(value, factor), places);
}

/** The exact sum of plain decimal strings, with as many decimals as the longest. */
export function sumDecimals(amounts: readonly string[]): string {
  let total = USD_ZERO;
  let places = 0;
  for (const a of amounts) {
    const [value, p] = decimalValue(a);
    total = add(total, value);
    if (p > places) places = p;
  }
  return decimalText(total, places);
}

/** -1, 0 or 1: the order of two plain decimal strings ("812.50" < "1000", "12.5" = "12.50"),
 * exactly. */
export function compareDecimals(a: string, b: string): number {
  return compare(decimalValue(a)[0], decimalValue(b)[0]);
}

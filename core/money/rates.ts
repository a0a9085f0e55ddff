// Currency conversion as 19 CFR 159.32-159.34 and 31 U.S.C. 5151 prescribe:
// - the rate is the one for the date of exportation (159.32);
// - for the currencies with a certified quarterly rate, that rate (the first one certified for a
//   day in the quarter) applies to any exportation date in the quarter, unless the certified
//   daily rate for the exportation date differs from it by 5% or more: then the daily rate (159.34);
// - otherwise the certified daily rate (159.35); when New York banks were closed that day, the
//   rate of the last prior business day (31 U.S.C. 5151), looked up at most 7 days back.
// Rates are injected as a table: the core knows no rates and fetches none.

import type * as z from 'zod/mini';
import { FAST } from '../build-flags.ts';
import { isObject } from '../contract/checker.ts';
import type { InputIssue } from '../issues.ts';
import { civilFromDays, daysFromCivil, formatDay, parseDay } from '../time/new-york.ts';
import { ratesTableChecker } from './contract.generated.ts';
import { usdFraction, type UsdValue } from './money.ts';
import type { RATE_KINDS, ratesTableSchema } from './schema.ts';

/** A certified rate: quarterly or daily (19 CFR 159.34, 159.35). */
export type RateKind = (typeof RATE_KINDS)[number];

/** The rates file: { "JPY": [ { "date": "2024-01-02", "kind": "quarterly", "unitsPerUsd": "148.00" } ] },
 * the type of its contract (./schema.ts). */
export type RatesTable = z.infer<typeof ratesTableSchema>;

interface CompiledRate {
  day: number;
  kind: RateKind;
  date: string;
  unitsPerUsd: string;
  /** units per USD = n / d; nn / dn are the same as numbers, or 0 when they do not fit */
  n: bigint;
  d: bigint;
  nn: number;
  dn: number;
}

interface CompiledCurrency {
  quarterly: CompiledRate[]; // sorted by day
  daily: CompiledRate[]; // sorted by day
  memo: Map<number, ChosenRate | null>;
}

/** A rates table checked and compiled once; pass it back as the `rates` option. Its fields are not part of the API. */
export interface CompiledRates {
  readonly currencies: ReadonlyMap<string, CompiledCurrency>;
}

export interface RateIssue {
  path: string;
  message: string;
}

const RATE_RE = /^(\d+)(?:\.(\d+))?$/;
const DAILY_LOOKBACK_DAYS = 7;

/** A rate the contract accepted (UNITS_PER_USD_RE), exactly and as numbers when they fit. */
function parseRate(text: string): { n: bigint; d: bigint; nn: number; dn: number } {
  const m = RATE_RE.exec(text)!;
  const frac = (m[2] ?? '').replace(/0+$/, '');
  const n = BigInt(m[1] + frac);
  const d = 10n ** BigInt(frac.length);
  const fits = n <= 9007199254740991n && d <= 9007199254740991n;
  return { n, d, nn: fits ? Number(n) : 0, dn: fits ? Number(d) : 0 };
}

/** The compiled rates, or the table's issues with their paths. */
export type CompileRatesResult = { ok: true; rates: CompiledRates } | { ok: false; issues: RateIssue[] };

/** Validates and indexes a rates table. Paths in issues start at the table ("JPY[0].date"). */
export function compileRates(table: unknown): CompileRatesResult {
  if (!isObject(table)) return { ok: false, issues: [{ path: '', message: 'expected an object keyed by currency code, such as {"JPY": [...]}' }] };
  // the shape: the checker derived from the contract (./schema.ts)
  const found: InputIssue[] = [];
  if (!ratesTableChecker.check(table, '', found)) return { ok: false, issues: found.map(({ path, message }) => ({ path, message })) };
  // the meaning, and the index
  const issues: RateIssue[] = [];
  const currencies = new Map<string, CompiledCurrency>();
  for (const [code, list] of Object.entries(table as RatesTable)) {
    const cc: CompiledCurrency = { quarterly: [], daily: [], memo: new Map() };
    for (const r of list) (r.kind === 'quarterly' ? cc.quarterly : cc.daily).push({ day: parseDay(r.date)!, kind: r.kind, date: r.date, unitsPerUsd: r.unitsPerUsd, ...parseRate(r.unitsPerUsd) });
    cc.quarterly.sort((a, b) => a.day - b.day);
    cc.daily.sort((a, b) => a.day - b.day);
    const daily = cc.daily;
    for (let i = 1; i < daily.length; i++) {
      if (daily[i].day === daily[i - 1].day && daily[i].n * daily[i - 1].d !== daily[i - 1].n * daily[i].d) {
        issues.push({ path: code, message: `two different daily rates for ${daily[i].date}` });
      }
    }
    currencies.set(code, cc);
  }
  return issues.length ? { ok: false, issues } : { ok: true, rates: { currencies } };
}

/** The input issue code of an amount whose currency has no rate for its date in the rates table:
 * a door asks for rates rather than for a different value. */
export const MISSING_RATE = 'MISSING_RATE';

/** No rates at all: only USD amounts can be decided. */
export const NO_RATES: CompiledRates = { currencies: new Map() };

export interface ChosenRate {
  currency: string;
  kind: RateKind;
  date: string;
  unitsPerUsd: string;
  n: bigint;
  d: bigint;
  nn: number;
  dn: number;
  /** why this rate: a certified one ('quarterly', 'daily-differs-5pct', 'daily',
   * 'daily-prior-business-day'), or an approximate one (./approximate.ts): 'approximate' (the
   * latest at or before the day), 'approximate-after-data' (the day is after the data ends) */
  basis: 'quarterly' | 'daily-differs-5pct' | 'daily' | 'daily-prior-business-day' | 'approximate' | 'approximate-after-data';
  /** an approximate rate's source ("the European Central Bank reference rate") */
  source?: string;
}

/** Whether a chosen rate is an approximate one, not a certified one. */
export function isApproximate(r: ChosenRate): boolean {
  return r.basis === 'approximate' || r.basis === 'approximate-after-data';
}

function quarterStart(day: number): number {
  const [y, m] = civilFromDays(day);
  return daysFromCivil(y, m - ((m - 1) % 3), 1);
}

function firstAtOrAfter(arr: CompiledRate[], day: number): number {
  let lo = 0, hi = arr.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (arr[mid].day < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The certified rate for a currency and a date of exportation, or null when the table lacks it. */
export function chooseRate(rates: CompiledRates, currency: string, exportDay: number): ChosenRate | null {
  const cc = rates.currencies.get(currency);
  if (!cc) return null;
  if (!FAST) return chooseRateUncached(cc, currency, exportDay);
  // the same currency and day come back again and again in a batch: remember the answer
  const hit = cc.memo.get(exportDay);
  if (hit !== undefined) return hit;
  const r = chooseRateUncached(cc, currency, exportDay);
  if (cc.memo.size > 4096) cc.memo.clear();
  cc.memo.set(exportDay, r);
  return r;
}

function chooseRateUncached(cc: CompiledCurrency, currency: string, exportDay: number): ChosenRate | null {
  // quarterly: the first rate certified in the exportation date's quarter (the list-is-empty
  // tests here are shortcuts: FAST, core/build-flags.ts)
  let quarterly: CompiledRate | undefined;
  if (!FAST || cc.quarterly.length) {
    const qs = quarterStart(exportDay);
    const i = firstAtOrAfter(cc.quarterly, qs);
    const q = cc.quarterly[i];
    if (q && quarterStart(q.day) === qs) quarterly = q;
  }
  // daily: the exportation date's rate, or the last prior business day's
  let daily: CompiledRate | undefined;
  let prior = false;
  if (!FAST || cc.daily.length) {
    const i = firstAtOrAfter(cc.daily, exportDay + 1) - 1;
    const dr = cc.daily[i];
    if (dr && dr.day >= exportDay - DAILY_LOOKBACK_DAYS) {
      daily = dr;
      prior = dr.day !== exportDay;
    }
  }
  if (quarterly) {
    if (daily) {
      // |daily - quarterly| / quarterly >= 5%  <=>  20 * |dn*qd - qn*dd| >= dd*qn
      let diff = daily.n * quarterly.d - quarterly.n * daily.d;
      if (diff < 0n) diff = -diff;
      if (20n * diff >= daily.d * quarterly.n) return { currency, ...pick(daily), basis: 'daily-differs-5pct' };
    }
    return { currency, ...pick(quarterly), basis: 'quarterly' };
  }
  if (daily) return { currency, ...pick(daily), basis: prior ? 'daily-prior-business-day' : 'daily' };
  return null;
}

/** The rate without its day number (its fields in the order a ChosenRate lists them). */
function pick({ day: _day, ...rate }: CompiledRate) {
  return rate;
}

const TEN = [1, 10, 100, 1000, 10000];

/** Exact USD value (in cents, as a fraction) of an amount in minor units at a rate. */
export function toUsd(minor: number, decimals: number, rate: { n: bigint; d: bigint; nn: number; dn: number }): UsdValue {
  // cents = minor / 10^dec * 100 / (n / d) = minor * 100 * d / (10^dec * n)
  if (FAST && rate.nn > 0) {
    const n = minor * 100 * rate.dn, d = TEN[decimals] * rate.nn;
    // left unreduced: sums of one currency share the denominator, comparisons cross-multiply
    if (n <= Number.MAX_SAFE_INTEGER && d <= Number.MAX_SAFE_INTEGER) return { n, d };
  }
  return usdFraction(BigInt(minor) * 100n * rate.d, BigInt(TEN[decimals]) * rate.n);
}

export function describeRate(r: ChosenRate): string {
  if (r.basis === 'approximate') return `${r.currency} converted at ${r.unitsPerUsd} per USD, an approximate rate of ${r.date} (${r.source ?? 'not certified'})`;
  if (r.basis === 'approximate-after-data') return `${r.currency} converted at ${r.unitsPerUsd} per USD, an approximate rate of ${r.date} (${r.source ?? 'not certified'}; the latest s321 has)`;
  const how =
    r.basis === 'quarterly' ? 'certified quarterly rate'
    : r.basis === 'daily-differs-5pct' ? 'certified daily rate (it differs from the quarterly rate by 5% or more)'
    : r.basis === 'daily-prior-business-day' ? 'certified daily rate of the last prior business day'
    : 'certified daily rate';
  return `${r.currency} converted at ${r.unitsPerUsd} per USD, the ${how} of ${r.date}`;
}

export { formatDay };

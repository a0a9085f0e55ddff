// Currency conversion as 19 CFR 159.32-159.34 and 31 U.S.C. 5151 prescribe:
// - the rate is the one for the date of exportation (159.32);
// - for the currencies with a certified quarterly rate, that rate (the first one certified for a
//   day in the quarter) applies to any exportation date in the quarter, unless the certified
//   daily rate for the exportation date differs from it by 5% or more: then the daily rate (159.34);
// - otherwise the certified daily rate (159.35); when New York banks were closed that day, the
//   rate of the last prior business day (31 U.S.C. 5151), looked up at most 7 days back.
// Rates are injected as a table: the core knows no rates and fetches none.

import type * as z from 'zod/mini';
import { isObject } from '../contract/checker.ts';
import type { InputIssue } from '../issues.ts';
import { civilFromDays, daysFromCivil, formatDay, parseDay } from '../time/new-york.ts';
import { ratesTableChecker } from './contract.generated.ts';
import { currencyDecimals } from './currencies.ts';
import { compare, exact, type Exact, type UsdValue } from './money.ts';
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
  /** unitsPerUsd, exactly */
  perUsd: Exact;
  /** the USD cents one minor unit of the currency is worth at this rate, exactly */
  centsPerMinor: Exact;
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

/** A rate the contract accepted (UNITS_PER_USD_RE), exactly, and what a minor unit of the
 * currency is worth in cents at it. */
function parseRate(text: string, decimals: number): { perUsd: Exact; centsPerMinor: Exact } {
  const m = RATE_RE.exec(text)!;
  const frac = m[2] ?? '';
  return rateValues(BigInt(m[1] + frac), 10n ** BigInt(frac.length), decimals);
}

/** A rate of units per USD (unitsNum / unitsDen) and the cents a minor unit is worth at it:
 * minor / 10^decimals / (unitsNum / unitsDen) USD = minor x 100 x unitsDen / (10^decimals x
 * unitsNum) cents, reduced once here so that conversions multiply by small integers. */
export function rateValues(unitsNum: bigint, unitsDen: bigint, decimals: number): { perUsd: Exact; centsPerMinor: Exact } {
  return { perUsd: exact(unitsNum, unitsDen), centsPerMinor: exact(100n * unitsDen, 10n ** BigInt(decimals) * unitsNum) };
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
    const compiled: CompiledCurrency = { quarterly: [], daily: [], memo: new Map() };
    const decimals = currencyDecimals(code) ?? 2;
    for (const r of list)
      (r.kind === 'quarterly' ? compiled.quarterly : compiled.daily).push({
        day: parseDay(r.date)!,
        kind: r.kind,
        date: r.date,
        unitsPerUsd: r.unitsPerUsd,
        ...parseRate(r.unitsPerUsd, decimals),
      });
    compiled.quarterly.sort((a, b) => a.day - b.day);
    compiled.daily.sort((a, b) => a.day - b.day);
    const daily = compiled.daily;
    for (let i = 1; i < daily.length; i++) {
      if (daily[i].day === daily[i - 1].day && compare(daily[i].perUsd, daily[i - 1].perUsd) !== 0) {
        issues.push({ path: code, message: `two different daily rates for ${daily[i].date}` });
      }
    }
    currencies.set(code, compiled);
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
  /** unitsPerUsd, exactly */
  perUsd: Exact;
  /** the USD cents one minor unit of the currency is worth at this rate, exactly */
  centsPerMinor: Exact;
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
  let lo = 0,
    hi = arr.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (arr[mid].day < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The certified rate for a currency and a date of exportation, or null when the table lacks it. */
export function chooseRate(rates: CompiledRates, currency: string, exportDay: number): ChosenRate | null {
  const compiled = rates.currencies.get(currency);
  if (!compiled) return null;
  // the same currency and day come back again and again in a batch: remember the answer
  const hit = compiled.memo.get(exportDay);
  if (hit !== undefined) return hit;
  const r = chooseRateUncached(compiled, currency, exportDay);
  if (compiled.memo.size > 4096) compiled.memo.clear();
  compiled.memo.set(exportDay, r);
  return r;
}

function chooseRateUncached(compiled: CompiledCurrency, currency: string, exportDay: number): ChosenRate | null {
  // quarterly: the first rate certified in the exportation date's quarter
  let quarterly: CompiledRate | undefined;
  const qs = quarterStart(exportDay);
  const q = compiled.quarterly[firstAtOrAfter(compiled.quarterly, qs)];
  if (q && quarterStart(q.day) === qs) quarterly = q;
  // daily: the exportation date's rate, or the last prior business day's
  let daily: CompiledRate | undefined;
  let prior = false;
  const dr = compiled.daily[firstAtOrAfter(compiled.daily, exportDay + 1) - 1];
  if (dr && dr.day >= exportDay - DAILY_LOOKBACK_DAYS) {
    daily = dr;
    prior = dr.day !== exportDay;
  }
  if (quarterly) {
    if (daily) {
      // |daily - quarterly| / quarterly >= 5%  <=>  20 x |daily - quarterly| >= quarterly
      const a = daily.perUsd,
        b = quarterly.perUsd;
      let diff = a.num * b.den - b.num * a.den;
      if (diff < 0n) diff = -diff;
      if (20n * diff >= a.den * b.num) return { currency, ...pick(daily), basis: 'daily-differs-5pct' };
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

/** The exact USD value (in cents) of an amount in minor units at a rate: left over the rate's
 * denominator, so that the values of one currency add without a common denominator to find. */
export function toUsd(minor: number, rate: { centsPerMinor: Exact }): UsdValue {
  return { num: BigInt(minor) * rate.centsPerMinor.num, den: rate.centsPerMinor.den };
}

export function describeRate(r: ChosenRate): string {
  if (r.basis === 'approximate')
    return `${r.currency} converted at ${r.unitsPerUsd} per USD, an approximate rate of ${r.date} (${r.source ?? 'not certified'})`;
  if (r.basis === 'approximate-after-data')
    return `${r.currency} converted at ${r.unitsPerUsd} per USD, an approximate rate of ${r.date} (${r.source ?? 'not certified'}; the latest s321 has)`;
  const how =
    r.basis === 'quarterly'
      ? 'certified quarterly rate'
      : r.basis === 'daily-differs-5pct'
        ? 'certified daily rate (it differs from the quarterly rate by 5% or more)'
        : r.basis === 'daily-prior-business-day'
          ? 'certified daily rate of the last prior business day'
          : 'certified daily rate';
  return `${r.currency} converted at ${r.unitsPerUsd} per USD, the ${how} of ${r.date}`;
}

export { formatDay };

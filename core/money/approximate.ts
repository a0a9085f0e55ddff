// Approximate exchange rates: what s321 converts with when the caller gives no certified rate
// for a currency and day. They are NOT the rates CBP converts with (19 CFR 159.31: only a
// proclaimed or a certified rate; the certified rates are the Federal Reserve Bank of New York's,
// 19 CFR 159.34-159.35), so a value converted with one is marked approximate on the decision,
// with the rate's date, and a value within 5% of a limit is "too close to call"
// (core/evaluate/evaluate.ts).
//
// The bundled data (./fx.generated.ts, written by scripts/gen-fx.ts) is the European Central
// Bank's reference rates, one a week. It is injected like every other table: the engine never
// imports it, so a door that does not want its 29 KB (the widget) does not ship it.

import { currencyDecimals } from './currencies.ts';
import { rateValues, type ChosenRate } from './rates.ts';
import { FX_FIRST, FX_GAPS, FX_LAST, FX_SERIES } from './fx.generated.ts';
import { parseDay } from '../time/new-york.ts';
import { formatDay } from '../time/new-york.ts';

/** Approximate rates, decoded once: pass them as the `approximateRates` option. Its fields other
 * than `source`, `first` and `last` are not part of the API. */
export interface ApproximateRates {
  /** where the rates come from, as a decision names it */
  readonly source: string;
  /** the day of the first rate ("2016-01-04"): before it there is none */
  readonly first: string;
  /** the day of the last rate ("2026-04-13"): after it, the last rate is used, and the decision says so */
  readonly last: string;
  /** the days of the rates (days since 1970-01-01), ascending; not part of the API */
  readonly days: Int32Array;
  /** per currency, its rates scaled by 10^decimals, NaN where none; not part of the API */
  readonly series: ReadonlyMap<string, { decimals: number; scaled: Float64Array }>;
  /** the rate for a currency and a day (days since 1970-01-01), as chooseApproximateRate gives it.
   * A method, so that the engine calls it without importing this module (the widget, which
   * ships no approximate rates, ships none of this code either). */
  choose(currency: string, day: number): ChosenRate | null;
}

/** A rate may stand for the weeks after it when the next weeks have none (a holiday week), but
 * not longer: a currency the source stopped publishing has no rate after that. */
const MAX_SAMPLES_BACK = 3;
const TEN = [1, 10, 100, 1000, 10000, 100000, 1000000];

/** Decodes the compact form of ./fx.generated.ts (one rate a week since 2016). */
export function decodeApproximateRates(first: string, last: string, gaps: string, series: Readonly<Record<string, string>>, source: string): ApproximateRates {
  const days = new Int32Array(gaps.length + 1);
  days[0] = parseDay(first)!;
  for (let i = 0; i < gaps.length; i++) days[i + 1] = days[i] + parseInt(gaps[i], 36);
  if (formatDay(days[days.length - 1]) !== last) throw new Error(`FX_DATA_INVALID: the gaps end on ${formatDay(days[days.length - 1])}, not ${last}`);
  const out = new Map<string, { decimals: number; scaled: Float64Array }>();
  for (const [code, text] of Object.entries(series)) {
    const colon = text.indexOf(':');
    const decimals = Number(text.slice(0, colon));
    const scaled = new Float64Array(days.length).fill(NaN);
    let prev: number | null = null;
    const fields = text.slice(colon + 1).split(',');
    for (let i = 0; i < fields.length && i < days.length; i++) {
      if (fields[i] === '') continue;
      const v: number = prev === null ? Number(fields[i]) : prev + Number(fields[i]);
      scaled[i] = v;
      prev = v;
    }
    out.set(code, { decimals, scaled });
  }
  const fx: ApproximateRates = { source, first, last, days, series: out, choose: (currency, day) => chooseApproximateRate(fx, currency, day) };
  return fx;
}

let bundled: ApproximateRates | undefined;

/**
 * The approximate rates s321 bundles: the European Central Bank's euro reference rates, one a
 * week from 2016 to the end of the data ({@link ApproximateRates.last}), as units per US dollar.
 * Decoded on first use and shared afterwards. Pass them as the `approximateRates` option of
 * `evaluate` or {@link prepare}: certified rates the caller gives always win.
 */
export function bundledApproximateRates(): ApproximateRates {
  return (bundled ??= decodeApproximateRates(FX_FIRST, FX_LAST, FX_GAPS, FX_SERIES, 'the European Central Bank reference rate'));
}

/** The approximate rate for a currency and day: the latest at or before the day (after the data
 * ends, the last one, with basis "approximate-after-data"), or null when there is none. */
export function chooseApproximateRate(fx: ApproximateRates, currency: string, day: number): ChosenRate | null {
  const s = fx.series.get(currency);
  if (!s) return null;
  const days = fx.days;
  // the last index whose day is <= day
  let lo = 0,
    hi = days.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (days[mid] <= day) lo = mid + 1;
    else hi = mid;
  }
  let i = lo - 1;
  if (i < 0) return null;
  const stop = i - MAX_SAMPLES_BACK;
  while (i >= 0 && i >= stop && Number.isNaN(s.scaled[i])) i--;
  if (i < 0 || i < stop) return null;
  const scaled = s.scaled[i];
  const scale = TEN[s.decimals];
  const whole = Math.floor(scaled / scale);
  const frac = s.decimals ? '.' + String(scaled - whole * scale).padStart(s.decimals, '0') : '';
  return {
    currency,
    kind: 'daily',
    date: formatDay(days[i]),
    unitsPerUsd: `${whole}${frac}`,
    ...rateValues(BigInt(scaled), BigInt(scale), currencyDecimals(currency) ?? 2),
    basis: day > days[days.length - 1] ? 'approximate-after-data' : 'approximate',
    source: fx.source,
  };
}

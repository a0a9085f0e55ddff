// The shopper's decisions (the popup): turns stored items and the current page's product into
// core shipment requests and lets core decide. Everything legal (limits, aggregation of one
// person on one day, order splitting, suspensions) is core's: one batch request, core's answer.
// Pure: the date is an argument ("today" is computed by the caller from the clock).
import {
  abroadShipFrom,
  bundledApproximateRates,
  compareDecimals,
  evaluate,
  isOverLimit,
  multiplyDecimal,
  newYorkDateOf,
  parseAmount,
  prepare,
  VALUE_LIMIT_CODES,
  type Decision,
  type EvaluateOptions,
  type InputIssue,
  type MoneyInput,
  type ShipmentInput,
} from '../core/page.ts';
import type { Item, Settings, StoredData } from './storage/schema.ts';

/** Today's calendar day in New York, the day CBP's rules are dated by (core/time/new-york.ts). */
export function todayInNewYork(nowMs: number): string {
  return newYorkDateOf(nowMs);
}

/** A candidate: the product on the current page, with what the shopper filled in. Its shipFrom
 * is SHIPS_FROM_UNKNOWN when neither the page nor the shopper said where it ships from.
 * `usdShown` is the US dollar price the page shows for one unit beside a foreign price
 * ("Approximately US $2.66"): core uses it, marked approximate, when no imported rate covers the price. */
export type Candidate = Omit<Item, 'addedAt'> & { usdShown?: string };

/**
 * How the popup converts prices: the CBP certified rates the shopper imported (options page)
 * always win; where they have no rate, the approximate rates bundled with the extension stand in,
 * and each decision says so (the rate and its date; a value within 5% of a limit is "too close
 * to call"). So a shop that prices in euros or pounds gets an answer without imported rates.
 */
export function evaluateOptions(rates: StoredData['rates']): EvaluateOptions {
  return { ...(rates ? { rates } : {}), approximateRates: bundledApproximateRates() };
}

/** shipFrom of a candidate whose page names no country ("ships from Amazon.com"). */
export const SHIPS_FROM_UNKNOWN = '';

/** Where a parcel ships from decides whether it is an import at all (19 CFR 101.1), so an unknown
 * ships-from is never decided one way: both answers are given, and the shopper is asked. */
export interface ShipsFromCases {
  /** shipped from inside the United States: not an import */
  domestic: Decision;
  /** shipped from abroad: an import, decided with the shopper's other parcels */
  abroad: Decision;
}

/**
 * The value of a line: the unit price times the quantity. An item stores the price of ONE unit
 * (what a product page shows, and what the popup lists as "2 × 11.50"), while core's item price
 * is what was paid for the whole line (docs/orders-csv.md: "price: what was paid for the line";
 * quantity only scales per-unit thresholds). Exact, in minor units; an amount core would reject
 * is passed through unchanged so that core names the problem.
 */
export function linePrice(price: MoneyInput, quantity: number): MoneyInput {
  if (quantity === 1 || typeof price.amount !== 'string') return price;
  if (!parseAmount(price.amount, price.currency).ok) return price;
  return { amount: multiplyDecimal(price.amount, quantity), currency: price.currency };
}

export function shipmentOf(item: Candidate, settings: Settings): ShipmentInput {
  const s: ShipmentInput = {
    id: item.id,
    arrival: item.arrival,
    mode: item.mode,
    shipFrom: item.shipFrom,
    kind: item.kind,
    recipient: { id: settings.shopper.personId, type: 'person', country: 'US' },
    items: [{ description: item.title.slice(0, 500), quantity: item.quantity, price: linePrice(item.price, item.quantity), origin: item.origin }],
  };
  // the page's own US dollar conversion, for the line: evidence when no imported rate covers the price
  if (item.usdShown && item.price.currency !== 'USD') {
    const shown = linePrice({ amount: item.usdShown, currency: 'USD' }, item.quantity);
    if (typeof shown.amount === 'string' && parseAmount(shown.amount, 'USD').ok) s.items[0].usdShown = shown.amount;
  }
  if (item.orderId) s.orderId = item.orderId;
  return s;
}

export interface DayTotal {
  day: string;
  /** core's aggregate for the person-day (the largest aggregate among the day's shipments) */
  totalUsd: string;
  /** the limit that applies that day (null: no de minimis on that day, e.g. suspended) */
  limitUsd: string | null;
  /** over the limit, or no de minimis at all: the shopper should expect duties */
  warning: boolean;
  /** the decisive reason of the day (the first reason of its worst decision) */
  reason: Decision['reasons'][number];
  ids: string[];
}

export interface Decided {
  /** confident decisions: never one for a candidate whose ships-from is unknown */
  decisions: Map<string, Decision>;
  /** candidates whose ships-from is unknown: what each case would mean */
  shipsFromUnknown: Map<string, ShipsFromCases>;
  /** items core could not decide (e.g. no rate for their currency): their issues */
  problems: Map<string, InputIssue[]>;
  days: DayTotal[];
}

/** The decision that speaks for a group (a day, an order): one tied to a value limit (over it,
 * or counted together toward it: core's VALUE_LIMIT_CODES), else one that is not exempt, else the first. */
export function worstOf(ds: readonly Decision[]): Decision | undefined {
  return ds.find((d) => d.reasons.some((r) => VALUE_LIMIT_CODES.has(r.code))) ?? ds.find((d) => !d.exempt) ?? ds[0];
}

/** Items by expected arrival day, earliest first: the one grouping of the popup's days (the
 * orders list lays its days out with it, and decideAll totals the same days). */
export function byArrival<T extends { id: string; arrival: string }>(items: readonly T[]): Array<{ day: string; items: T[] }> {
  const days = new Map<string, T[]>();
  for (const it of items) {
    const list = days.get(it.arrival);
    if (list) list.push(it);
    else days.set(it.arrival, [it]);
  }
  return [...days].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([day, list]) => ({ day, items: list }));
}

/**
 * Decides every item (and the candidates, when given: the current page's product, or the lines
 * of the current order page) in ONE core batch, so same-day totals and split orders are
 * aggregated by core. Core answers the batch shipment by shipment (`perShipment`): an item core
 * cannot decide gets its own issues and is left out of the others' totals, so one bad item never
 * hides the others' answers.
 */
export function decideAll(data: Pick<StoredData, 'items' | 'settings' | 'rates'>, candidates?: Candidate | readonly Candidate[]): Decided {
  // rules, rates and tariffs set up once for every evaluation below; a rates table core rejects
  // is passed on as it is, so that each item reports the rates' issues
  const asked = evaluateOptions(data.rates);
  const prepared = prepare(asked);
  const options: EvaluateOptions = prepared.ok
    ? { rules: prepared.rules, rates: prepared.rates, tariffs: prepared.tariffs, approximateRates: prepared.approximateRates }
    : asked;
  const given: Candidate[] = candidates === undefined ? [] : Array.isArray(candidates) ? candidates : [candidates as Candidate];
  const unknown = given.filter((it) => it.shipFrom === SHIPS_FROM_UNKNOWN);
  const all: Candidate[] = [...data.items, ...given.filter((it) => it.shipFrom !== SHIPS_FROM_UNKNOWN)];
  const problems = new Map<string, InputIssue[]>();
  const decisions = new Map<string, Decision>();
  const decided: Candidate[] = [];
  const r = all.length > 0 ? evaluate({ shipments: all.map((it) => shipmentOf(it, data.settings)) }, { ...options, perShipment: true }) : null;
  if (r && !r.ok) for (const it of all) problems.set(it.id, r.issues);
  else if (r) {
    r.output.results.forEach((res, k) => {
      if (!res.ok) problems.set(all[k].id, res.issues);
      else {
        decisions.set(all[k].id, res.decision);
        decided.push(all[k]);
      }
    });
  }
  // the stored items core decided, in their order: the abroad case of an unknown ships-from is
  // decided with them
  const stored = new Set<Candidate>(data.items);
  const storedDecided = decided.filter((it) => stored.has(it));
  const shipsFromUnknown = new Map<string, ShipsFromCases>();
  for (const it of unknown) {
    const cases = casesOf(data.settings, storedDecided, it, options, prepared.ok ? abroadShipFrom(it.origin, prepared.rules) : abroadShipFrom(it.origin));
    if ('issues' in cases) problems.set(it.id, cases.issues);
    else shipsFromUnknown.set(it.id, cases);
  }
  const days: DayTotal[] = [];
  for (const { day, items: its } of byArrival(decided)) {
    const ds = its.map((it) => decisions.get(it.id)!);
    const worst = worstOf(ds)!;
    const total = ds.reduce((m, d) => (compareDecimals(d.aggregateUsd, m) > 0 ? d.aggregateUsd : m), ds[0].aggregateUsd);
    days.push({
      day,
      totalUsd: total,
      limitUsd: worst.limitUsd,
      warning: ds.some(isOverLimit) || (worst.limitUsd !== null && compareDecimals(total, worst.limitUsd) > 0),
      reason: worst.reasons[0],
      ids: its.map((it) => it.id),
    });
  }
  return { decisions, shipsFromUnknown, problems, days };
}

/** Both answers for a candidate whose ships-from is unknown; the abroad case (shipped from
 * `abroadFrom`, core's abroadShipFrom) is decided with the stored items core decided (same-day
 * totals), without changing their own decisions. */
function casesOf(
  settings: Settings,
  storedDecided: readonly Candidate[],
  it: Candidate,
  options: EvaluateOptions,
  abroadFrom: string,
): ShipsFromCases | { issues: InputIssue[] } {
  const domestic = evaluate(shipmentOf({ ...it, shipFrom: 'US' }, settings), options);
  if (!domestic.ok) return { issues: domestic.issues };
  const batch = evaluate(
    { shipments: [...storedDecided, { ...it, shipFrom: abroadFrom }].map((c) => shipmentOf(c, settings)) },
    { ...options, perShipment: true },
  );
  if (!batch.ok) return { issues: batch.issues };
  const abroad = batch.output.results[batch.output.results.length - 1];
  return abroad.ok ? { domestic: domestic.output, abroad: abroad.decision } : { issues: abroad.issues };
}

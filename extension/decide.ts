// The shopper's decisions (the popup): turns stored items and the current page's product into
// core shipment requests and lets core decide. Everything legal (limits, aggregation of one
// person on one day, order splitting, suspensions) is core's: one batch request, core's answer.
// Pure: the date is an argument ("today" is computed by the caller from the clock).
import { bundledApproximateRates, evaluate, newYorkDateOf, parseAmount, prepare, REASON, type Decision, type EvaluateOptions, type InputIssue, type MoneyInput, type ShipmentInput } from '../core/index.ts';
import { bundledRules } from '../core/prepare.ts';
import { compareDecimals, multiplyDecimal } from '../core/money/money.ts';
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

/** The country standing for "abroad" when the goods' origin is itself inside the United States:
 * an import is decided by the goods' origin, the date and the mode, not by which foreign country
 * it left (only gift limits from the insular possessions depend on it, and those are not abroad). */
const ABROAD_FOR_US_GOODS = 'CA';

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

const OVER = new Set<string>([REASON.OVER_LIMIT, REASON.SAME_DAY_AGGREGATE, REASON.SPLIT_ORDER, REASON.GIFT_OVER_LIMIT]);

/** The decision that speaks for a group (a day, an order): one over a limit, else one that is
 * not exempt, else the first. */
export function worstOf(ds: readonly Decision[]): Decision | undefined {
  return ds.find((d) => d.reasons.some((r) => OVER.has(r.code))) ?? ds.find((d) => !d.exempt) ?? ds[0];
}

/**
 * Decides every item (and the candidates, when given: the current page's product, or the lines
 * of the current order page) in ONE core batch, so same-day totals and split orders are
 * aggregated by core. When core rejects the batch, each item is decided alone and the ones core
 * rejects are left out of the batch with their issues, so one bad item never hides the others'
 * answers.
 */
export function decideAll(data: Pick<StoredData, 'items' | 'settings' | 'rates'>, candidates?: Candidate | readonly Candidate[]): Decided {
  // rules, rates and tariffs set up once for every evaluation below; a rates table core rejects
  // is passed on as it is, so that each item reports the rates' issues
  const asked = evaluateOptions(data.rates);
  const prepared = prepare(asked);
  const options: EvaluateOptions = prepared.ok ? { rules: prepared.rules, rates: prepared.rates, tariffs: prepared.tariffs, approximateRates: prepared.approximateRates } : asked;
  const territory = (prepared.ok ? prepared.rules : bundledRules()).territoryCountries;
  const given: Candidate[] = candidates === undefined ? [] : Array.isArray(candidates) ? candidates : [candidates as Candidate];
  const unknown = given.filter((it) => it.shipFrom === SHIPS_FROM_UNKNOWN);
  const all: Candidate[] = [...data.items, ...given.filter((it) => it.shipFrom !== SHIPS_FROM_UNKNOWN)];
  const problems = new Map<string, InputIssue[]>();
  const decisions = new Map<string, Decision>();
  const decideBatch = (list: Candidate[]) => evaluate({ shipments: list.map((it) => shipmentOf(it, data.settings)) }, options);
  // the whole batch first: when core takes it, every item is good and one pass is enough
  let good: Candidate[] = all;
  let r = all.length > 0 ? decideBatch(all) : null;
  if (r && !r.ok) {
    good = [];
    for (const it of all) {
      const alone = evaluate(shipmentOf(it, data.settings), options);
      if (alone.ok) good.push(it);
      else problems.set(it.id, alone.issues);
    }
    r = good.length > 0 ? decideBatch(good) : null;
  }
  if (r) {
    if (!r.ok) {
      for (const it of good) problems.set(it.id, r.issues);
    } else {
      const list = 'decisions' in r.output ? r.output.decisions : [r.output];
      for (const d of list) decisions.set(d.id, d);
    }
  }
  // the stored items core took, in their order: the abroad case of an unknown ships-from is
  // decided with them, without deciding each one alone again
  const stored = new Set<Candidate>(data.items);
  const storedGood = good.filter((it) => stored.has(it));
  const shipsFromUnknown = new Map<string, ShipsFromCases>();
  for (const it of unknown) {
    const cases = casesOf(data.settings, storedGood, it, options, territory);
    if ('issues' in cases) problems.set(it.id, cases.issues);
    else shipsFromUnknown.set(it.id, cases);
  }
  const byDay = new Map<string, Candidate[]>();
  for (const it of good) {
    const list = byDay.get(it.arrival);
    if (list) list.push(it);
    else byDay.set(it.arrival, [it]);
  }
  const days: DayTotal[] = [];
  for (const [day, its] of [...byDay].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const ds = its.map((it) => decisions.get(it.id)).filter((d): d is Decision => !!d);
    if (ds.length === 0) continue;
    const worst = worstOf(ds)!;
    const total = ds.reduce((m, d) => (compareDecimals(d.aggregateUsd, m) > 0 ? d.aggregateUsd : m), ds[0].aggregateUsd);
    days.push({
      day,
      totalUsd: total,
      limitUsd: worst.limitUsd,
      warning: ds.some((d) => !d.exempt && d.reasons.some((r) => OVER.has(r.code))) || (worst.limitUsd !== null && compareDecimals(total, worst.limitUsd) > 0),
      reason: worst.reasons[0],
      ids: its.map((it) => it.id),
    });
  }
  return { decisions, shipsFromUnknown, problems, days };
}

/** Both answers for a candidate whose ships-from is unknown; the abroad case is decided with the
 * stored items core took (same-day totals), without changing their own decisions. `territory` is the rule
 * data's customs territory (19 CFR 101.1), whose goods stand in for "abroad" by another country. */
function casesOf(settings: Settings, storedGood: readonly Candidate[], it: Candidate, options: EvaluateOptions, territory: ReadonlySet<string>): ShipsFromCases | { issues: InputIssue[] } {
  const domestic = evaluate(shipmentOf({ ...it, shipFrom: 'US' }, settings), options);
  if (!domestic.ok) return { issues: domestic.issues };
  const abroadFrom = territory.has(it.origin) ? ABROAD_FOR_US_GOODS : it.origin;
  const batch = evaluate({ shipments: [...storedGood, { ...it, shipFrom: abroadFrom }].map((c) => shipmentOf(c, settings)) }, options);
  if (!batch.ok) return { issues: batch.issues };
  const list = batch.output.decisions;
  return { domestic: domestic.output, abroad: list[list.length - 1] };
}

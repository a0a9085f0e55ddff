// Shopper order pages feed the popup's same-day totals. A captured order page (draft kind 'order': Amazon's Order
// Details, eBay's purchase details, Etsy's receipt, Temu's order) becomes one stored item per
// order line, all with the order's id, so the popup's ONE core batch (decide.ts) aggregates them
// with everything else the shopper expects that day, and core's splitting rule sees them as one
// order (19 CFR 10.151). Pure: no browser API, no clock.
//
// What the page does not show, the shopper supplies, and nothing is guessed:
// - the expected arrival day: the one-person-one-day total is counted on the day the goods
//   arrive, never the order date (the rules key on the instant of entry, in New York time);
// - the country of origin and ship-from country, unless the page states them;
// - the currency when the page does not name it (Etsy receipts show the shopper's display
//   currency as a bare "$"), and the price of a line the page shows without one.
// Value is each line's unit price times its quantity: the fair retail value of the goods
// (19 CFR 10.151). The order total on the page also holds shipping, tax and import charges, so
// it is shown for reference and never used as the value.
import { isCountry, isCurrency, parseAmount, type Mode } from '../core/page.ts';
import type { Draft } from './adapters/types.ts';
import type { Candidate } from './decide.ts';
import type { Item } from './storage/schema.ts';

/** What the shopper fills in for an order page. */
export interface OrderChoice {
  /** expected arrival in the US, YYYY-MM-DD (New York calendar day) */
  arrival: string;
  /** ISO alpha-2, for lines whose origin the page does not state */
  origin: string;
  /** ISO alpha-2: where the parcel ships from */
  shipFrom: string;
  mode: Mode;
  /** ISO 4217, for lines whose currency the page does not state */
  currency: string;
  /** per line: the price the shopper typed (the page's own price when absent or blank) */
  prices?: ReadonlyArray<string | undefined>;
}

export type OrderMissing = 'lines' | 'price' | 'currency' | 'country' | 'arrival';
export type OrderCandidates = { ok: true; candidates: Candidate[] } | { ok: false; missing: OrderMissing; line?: number };

/** A shopper's own order page, with at least one line. */
export function isShopperOrder(draft: Pick<Draft, 'kind' | 'order'>): boolean {
  return draft.kind === 'order' && (draft.order?.role ?? 'shopper') === 'shopper';
}

/** The order's id as stored on its items: the page's order number, else the page itself (one
 * order page is one order), so its lines always share one orderId. */
export function orderKey(draft: Pick<Draft, 'orderId' | 'url'>): string {
  return (draft.orderId ?? `page:${draft.url}`).slice(0, 100);
}

/** The currency the page states for the order (a line's, else the total's, else the page's). */
export function pageOrderCurrency(draft: Draft): string | null {
  return draft.lines.find((l) => l.currency)?.currency ?? draft.order?.total?.currency ?? draft.currency ?? null;
}

/**
 * The order's lines as decision candidates (ids `${idPrefix}-N`), or the first thing the shopper
 * still has to fill in. Every line must be decidable: a line left out would understate the day.
 */
export function orderCandidates(draft: Draft, choice: OrderChoice, idPrefix = 'order-line'): OrderCandidates {
  if (draft.lines.length === 0) return { ok: false, missing: 'lines' };
  if (!/^\d{4}-\d{2}-\d{2}$/.test(choice.arrival)) return { ok: false, missing: 'arrival' };
  const shipFrom = choice.shipFrom.trim().toUpperCase();
  const fallbackOrigin = choice.origin.trim().toUpperCase();
  const fallbackCurrency = choice.currency.trim().toUpperCase();
  const candidates: Candidate[] = [];
  for (const [i, line] of draft.lines.entries()) {
    const typed = choice.prices?.[i]?.trim();
    const amount = typed || line.price;
    if (!amount) return { ok: false, missing: 'price', line: i };
    const currency = line.currency ?? fallbackCurrency;
    if (!isCurrency(currency)) return { ok: false, missing: 'currency', line: i };
    if (!parseAmount(amount, currency).ok) return { ok: false, missing: 'price', line: i };
    const origin = line.origin ?? fallbackOrigin;
    if (!isCountry(origin) || !isCountry(shipFrom)) return { ok: false, missing: 'country', line: i };
    candidates.push({
      id: `${idPrefix}-${i}`,
      title: (line.title ?? draft.title ?? `${orderKey(draft)} #${i + 1}`).slice(0, 500),
      url: draft.url,
      quantity: line.quantity ?? 1,
      price: { amount, currency },
      origin,
      shipFrom,
      mode: choice.mode,
      // a shopper's own order is a purchase: the gift exemption is for gifts sent by a person
      // abroad, and gifts ordered from the US do not qualify (19 U.S.C. 1321(a)(2)(A), 19 CFR 10.152)
      kind: 'purchase',
      arrival: choice.arrival,
      orderId: orderKey(draft),
      seller: draft.seller ?? undefined,
    });
  }
  return { ok: true, candidates };
}

/** The stored items of this order page (added before): adding the order again replaces them. */
export function itemsOfOrder(items: readonly Item[], draft: Pick<Draft, 'orderId' | 'url'>): Item[] {
  const key = orderKey(draft);
  return items.filter((i) => i.orderId === key && i.url === draft.url);
}

/** The orders that have stored items, as keys `hasStoredOrder` looks up: built once for a list
 * of captures instead of a search of every item per capture. */
export function storedOrderKeys(items: readonly Item[]): Set<string> {
  const keys = new Set<string>();
  for (const i of items) if (i.orderId !== undefined) keys.add(`${i.orderId}\u0000${i.url ?? ''}`);
  return keys;
}

/** True when this order page has items in the list (the same test as `itemsOfOrder`). */
export function hasStoredOrder(keys: ReadonlySet<string>, draft: Pick<Draft, 'orderId' | 'url'>): boolean {
  return keys.has(`${orderKey(draft)}\u0000${draft.url}`);
}

/** The items list after adding the order's lines (replacing this page's earlier lines). */
export function withOrder(
  items: readonly Item[],
  draft: Pick<Draft, 'orderId' | 'url'>,
  lines: readonly Candidate[],
  newId: () => string,
  nowIso: string,
): Item[] {
  const old = new Set(itemsOfOrder(items, draft).map((i) => i.id));
  return [...items.filter((i) => !old.has(i.id)), ...lines.map((c) => ({ ...c, id: newId(), addedAt: nowIso }))];
}

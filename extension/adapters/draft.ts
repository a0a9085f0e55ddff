// Drafts: construction helpers every adapter uses and the final check that makes a draft hold only
// what the page shows. The draft's contract (its zod schema, and the Draft type derived from it)
// is draft-schema.ts.
import { compareDecimals, isCountry, isCurrency, parsePrice } from '../../core/page.ts';
import { moneySchema } from '../../core/index.ts';
import { MAX_NOTES, MAX_SHORT, MAX_TITLE, MAX_URL } from './draft-schema.ts';
import { cleanText } from './lib/text.ts';
import type { Draft, DraftField, PageKind, Source } from './types.ts';

export function newDraft(adapter: string, url: URL, kind: PageKind = 'other'): Draft {
  return {
    adapter,
    url: url.href.length > MAX_URL ? url.origin + url.pathname.slice(0, MAX_URL - url.origin.length) : url.href,
    kind,
    title: null,
    price: null,
    currency: null,
    priceRange: null,
    seller: null,
    shipsFrom: null,
    origin: null,
    sku: null,
    brand: null,
    orderId: null,
    lines: [],
    sources: {},
    notes: [],
  };
}

export function addNote(d: Draft, field: DraftField, code: string, message: string): void {
  if (d.notes.length >= MAX_NOTES || d.notes.some((n) => n.field === field && n.code === code)) return;
  d.notes.push({ field, code, message: cleanText(message, 300) ?? code });
}

/** One price as a source states it: a low/high (equal for a single price) and a currency. */
export interface PriceClaim {
  source: Source;
  amount: string;
  max: string | null;
  currency: string | null;
}

/** Reads a price value (text or number) from a source; an unreadable one adds a note and gives null. */
export function readPrice(d: Draft, source: Source, low: unknown, high: unknown, currency: unknown): PriceClaim | null {
  const cur = typeof currency === 'string' && isCurrency(currency.trim().toUpperCase()) ? currency.trim().toUpperCase() : null;
  if (currency !== undefined && currency !== null && currency !== '' && !cur) {
    // a price in a currency nobody can name is not a price this tool can use
    addNote(d, 'currency', 'CURRENCY_UNKNOWN', `${source} states the currency "${String(currency).slice(0, 20)}", which is not an ISO 4217 code`);
    return null;
  }
  const text = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? String(v) : typeof v === 'string' ? v : null);
  const lo = text(low);
  const hi = text(high) ?? lo;
  if (lo === null) return null;
  // a JSON number in a site's state data is a number too, whatever its digits look like
  const schemaNumber = source === 'json-ld' || source === 'microdata' || (source === 'state' && typeof low === 'number');
  const a = parsePrice(lo, { currency: cur, schemaNumber });
  if (!a.ok) {
    addNote(d, 'price', `PRICE_${a.code}`, `${source} price: ${a.message}`);
    return null;
  }
  let max = a.max ?? null;
  if (hi !== null && hi !== lo) {
    const b = parsePrice(hi, { currency: a.currency ?? cur, schemaNumber });
    if (!b.ok) {
      addNote(d, 'price', `PRICE_${b.code}`, `${source} high price: ${b.message}`);
      return null;
    }
    if (compareDecimals(b.amount, a.amount) > 0) max = b.max ?? b.amount;
  }
  if (schemaNumber && /^0+(\.0+)?$/.test(a.amount) && max === null) {
    // shops put 0 in their product data for "price on request" or a sold-out item: a
    // shopper never pays 0 for a product, so it is not the price
    addNote(d, 'price', 'PRICE_ZERO', `${source} states a price of 0, which is not a price a shopper pays`);
    return null;
  }
  return { source, amount: a.amount, max, currency: a.currency };
}

function claimText(c: PriceClaim): string {
  return `${c.amount}${c.max ? `-${c.max}` : ''} ${c.currency ?? '(no currency)'}`;
}

/** Every price claim a draft's price was chosen from (kept off the draft itself, which is what
 * the page states and nothing else): the visible layer settles a disagreement among them. */
export const priceClaims = new WeakMap<Draft, PriceClaim[]>();

/** Takes the first claim (sources in the adapter's order of trust); notes any that disagree. */
export function applyPrice(d: Draft, claims: PriceClaim[]): void {
  const [chosen, ...others] = claims;
  if (!chosen) return;
  priceClaims.set(d, claims);
  if (chosen.max) {
    d.priceRange = { min: chosen.amount, max: chosen.max };
    addNote(d, 'price', 'PRICE_RANGE', `The page shows a range of prices (${claimText(chosen)}), not one price: choose a variant on the page`);
  } else {
    d.price = chosen.amount;
    d.sources.price = chosen.source;
  }
  if (chosen.currency) {
    d.currency = chosen.currency;
    d.sources.currency = chosen.source;
  }
  for (const o of others) {
    if (o.amount !== chosen.amount || o.max !== chosen.max || (o.currency && chosen.currency && o.currency !== chosen.currency)) {
      addNote(
        d,
        'price',
        'PRICE_SOURCES_DISAGREE',
        `${chosen.source} states ${claimText(chosen)} but ${o.source} states ${claimText(o)}; the draft keeps ${chosen.source}`,
      );
    }
  }
}

/** Sets a text field from the first non-empty candidate. */
export function setText(d: Draft, field: 'title' | 'seller' | 'sku' | 'brand', candidates: Array<[Source, string | null | undefined]>): void {
  const max = field === 'title' ? MAX_TITLE : MAX_SHORT;
  for (const [source, value] of candidates) {
    const t = cleanText(value, max);
    if (t) {
      d[field] = t;
      d.sources[field] = source;
      return;
    }
  }
}

/**
 * The last step of every extraction (the registry calls it): caps and cleans every field, nulls
 * whatever core would not accept (with a note saying why), and adds the "why is it null" notes.
 */
export function finalizeDraft(d: Draft): Draft {
  d.title = cleanText(d.title, MAX_TITLE);
  for (const f of ['seller', 'sku', 'brand', 'orderId'] as const) d[f] = cleanText(d[f], MAX_SHORT);
  if (d.currency !== null && !isCurrency(d.currency)) {
    addNote(d, 'currency', 'CURRENCY_UNKNOWN', `"${String(d.currency).slice(0, 20)}" is not an ISO 4217 currency`);
    d.currency = null;
  }
  if (d.price !== null && d.currency !== null) {
    const m = moneySchema.safeParse({ amount: d.price, currency: d.currency });
    if (!m.success) {
      addNote(d, 'price', 'PRICE_INVALID', `${d.price} ${d.currency} is not a valid amount: ${m.error.issues[0]?.message ?? 'invalid'}`);
      d.price = null;
    }
  } else if (d.price !== null && !/^\d{1,15}(\.\d{1,6})?$/.test(d.price)) {
    addNote(d, 'price', 'PRICE_INVALID', `"${String(d.price).slice(0, 30)}" is not a plain amount`);
    d.price = null;
  }
  for (const f of ['origin', 'shipsFrom'] as const) {
    if (d[f] !== null && !isCountry(d[f]!)) {
      addNote(d, f, 'COUNTRY_UNKNOWN', `"${String(d[f]).slice(0, 20)}" is not an ISO 3166-1 country code`);
      d[f] = null;
    }
  }
  if (d.price === null) delete d.sources.price;
  if (d.currency === null) delete d.sources.currency;
  if (d.title === null) delete d.sources.title;
  for (const f of ['seller', 'sku', 'brand', 'shipsFrom', 'origin'] as const) if (d[f] === null) delete d.sources[f];
  if (d.title === null) addNote(d, 'title', 'NO_TITLE', 'The page states no product name');
  if (d.kind === 'product' && d.price === null && d.priceRange === null && !d.notes.some((n) => n.field === 'price')) {
    addNote(d, 'price', 'NO_PRICE', 'The page states no price (no offer price in JSON-LD, microdata or product:price meta)');
  }
  if (d.kind === 'other' && !d.notes.some((n) => n.field === 'page')) {
    addNote(d, 'page', 'NOT_A_PRODUCT_PAGE', 'The page has no product data (no schema.org Product, no og:type product)');
  }
  if (d.price !== null && d.currency === null && !d.notes.some((n) => n.field === 'currency')) {
    addNote(d, 'currency', 'NO_CURRENCY', 'The page states a price but not its currency');
  }
  return d;
}

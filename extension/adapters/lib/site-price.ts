// Prices in a marketplace's own default currency: a bare or shared symbol ("$" on amazon.com)
// takes the site's currency; amounts for order totals and charge lines; currency codes pages
// state in data attributes. Every price goes through core's one parser (core/extract/price.ts).
import { isCurrency, parsePrice } from '../../../core/page.ts';
import { addNote, type PriceClaim } from '../draft.ts';
import type { Draft, DraftField, DraftMoney, Source } from '../types.ts';

/**
 * A price in a site's own default currency: the text's currency when it names one ("EUR 12,00"
 * on amazon.com, where shoppers may pick a display currency), the site's currency when the text
 * shows only a shared symbol that can mean it ("$" on amazon.com = USD) or no symbol at all.
 */
export function sitePrice(d: Draft, source: Source, text: string | null | undefined, siteCurrency: string | null, what = 'price'): PriceClaim | null {
  if (!text) return null;
  const r = parsePrice(text);
  if (!r.ok) {
    addNote(d, 'price', `PRICE_${r.code}`, `${what} "${text.slice(0, 60)}": ${r.message}`);
    return null;
  }
  let currency = r.currency;
  if (!currency && siteCurrency && (!r.candidates || r.candidates.includes(siteCurrency))) currency = siteCurrency;
  // re-read with the currency known, so the amount has its decimals ("¥1,280" JPY, "12" -> "12.00")
  const again = currency ? parsePrice(text, { currency }) : r;
  if (!again.ok) {
    addNote(d, 'price', `PRICE_${again.code}`, `${what} "${text.slice(0, 60)}": ${again.message}`);
    return null;
  }
  return { source, amount: again.amount, max: again.max ?? null, currency };
}

/** An amount for an order total or a charge line (no range allowed). */
export function moneyOf(d: Draft, field: DraftField, text: string | null | undefined, siteCurrency: string | null, what: string): DraftMoney | null {
  if (!text) return null;
  const c = sitePrice(d, 'dom', text, siteCurrency, what);
  if (!c) {
    // sitePrice noted it under "price"; say which field lost the value
    addNote(d, field, 'AMOUNT_UNREADABLE', `${what} "${text.slice(0, 60)}" could not be read as one amount`);
    return null;
  }
  if (c.max) {
    addNote(d, field, 'AMOUNT_RANGE', `${what} is a range (${c.amount}-${c.max}), not one amount`);
    return null;
  }
  return { amount: c.amount, currency: c.currency };
}

/** A currency code a page states (data attribute, JSON), upper-cased, or null. */
export function currencyCode(v: unknown): string | null {
  return typeof v === 'string' && isCurrency(v.trim().toUpperCase()) ? v.trim().toUpperCase() : null;
}

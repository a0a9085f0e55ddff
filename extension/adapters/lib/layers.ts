// Layered capture, field by field (docs/adapters.md, "Layers"): the site adapter's selectors
// first, then the page's structured data (JSON-LD, microdata, OpenGraph/product meta, the state
// JSON a site embeds for its own scripts: the generic adapter reads all of them), then the visible
// page (the main product's price as a person sees it). A layer that finds nothing never blanks a
// field an earlier layer found; `sources` keeps the layer each field came from, and a note says
// when two layers state different prices.
//
// Why layers instead of "the site adapter owns the page": real saved eBay pages of 2021 (old
// #prcIsum layout) and of 2026 gave no price and often no title through the eBay selectors,
// although their microdata or JSON-LD stated both; a site's markup changes faster than
// schema.org data, so the structured layer is the safety net under every site adapter.
import { compareDecimals, parsePrice } from '../../../core/page.ts';
import { addNote, priceClaims } from '../draft.ts';
import type { Draft, DraftField, Source } from '../types.ts';
import { placeCurrency } from './currency-by-place.ts';
import { eligible, priceCandidates, scanPage, visibleAvailability, visibleSku, type PageScan, type PriceCandidate } from './visible-price.ts';
import { VISIBLE_PRICE_MODEL } from './visible-price-weights.ts';

const TEXT_FIELDS = ['title', 'seller', 'sku', 'brand', 'availability'] as const;
const COUNTRY_FIELDS = ['shipsFrom', 'origin'] as const;

function hasPrice(d: Draft): boolean {
  return d.price !== null || d.priceRange !== null;
}

/** Notes that explained an empty field no longer apply once a later layer fills it. */
function dropNotes(d: Draft, field: DraftField): void {
  d.notes = d.notes.filter((n) => n.field !== field);
}

function carryNotes(into: Draft, from: Draft, field: DraftField): void {
  for (const n of from.notes) if (n.field === field) addNote(into, field, n.code, n.message);
}

/**
 * Fills every field `into` left empty from `layer` (a later layer of the same page). The price,
 * its range and its currency travel together: a currency read next to one price is not the
 * currency of another layer's price, except that a layer stating the same amount may name the
 * currency the first one could not.
 */
export function fillFrom(into: Draft, layer: Draft): void {
  if (into.kind === 'other' && layer.kind === 'product') into.kind = 'product';
  for (const f of TEXT_FIELDS) {
    const value = layer[f];
    if ((into[f] === null || into[f] === undefined) && value) {
      (into as unknown as Record<string, unknown>)[f] = value;
      const source = layer.sources[f];
      if (source) into.sources[f] = source;
      dropNotes(into, f as DraftField);
      carryNotes(into, layer, f as DraftField);
    }
  }
  for (const f of COUNTRY_FIELDS) {
    if (into[f] === null && layer[f] !== null) {
      into[f] = layer[f];
      const source = layer.sources[f];
      if (source) into.sources[f] = source;
      dropNotes(into, f);
    } else if (into[f] === null) {
      carryNotes(into, layer, f);
    }
  }
  if (!hasPrice(into) && hasPrice(layer)) {
    into.price = layer.price;
    into.priceRange = layer.priceRange;
    into.currency = layer.currency;
    if (layer.sources.price) into.sources.price = layer.sources.price;
    else delete into.sources.price;
    if (layer.sources.currency) into.sources.currency = layer.sources.currency;
    else delete into.sources.currency;
    const claims = priceClaims.get(layer);
    if (claims) priceClaims.set(into, claims);
    dropNotes(into, 'price');
    dropNotes(into, 'currency');
    carryNotes(into, layer, 'price');
    carryNotes(into, layer, 'currency');
  } else if (into.price !== null && layer.price !== null) {
    const same = compareDecimals(into.price, layer.price) === 0;
    if (same && into.currency === null && layer.currency !== null) {
      into.currency = layer.currency;
      if (layer.sources.currency) into.sources.currency = layer.sources.currency;
      dropNotes(into, 'currency');
    } else if (!same || (into.currency !== null && layer.currency !== null && into.currency !== layer.currency)) {
      addNote(
        into,
        'price',
        'PRICE_LAYERS_DISAGREE',
        `${into.sources.price ?? into.adapter} states ${into.price} ${into.currency ?? ''} but ${layer.sources.price ?? layer.adapter} states ${layer.price} ${layer.currency ?? ''}; the draft keeps ${into.sources.price ?? into.adapter}`,
      );
    }
  }
  for (const n of layer.notes) if (n.field === 'page' && n.code !== 'NOT_A_PRODUCT_PAGE') addNote(into, 'page', n.code, n.message);
}

/** The currency of a visible price: its own text's, else the one the draft already states (when
 * the text's symbol can mean it), else the site's country domain or the page's language (with a
 * note: inferred, not stated). */
function currencyOf(d: Draft, c: PriceCandidate, url: URL, doc: Document): { currency: string | null; source: Source | null; inferred: string | null } {
  if (c.currency) return { currency: c.currency, source: 'visible', inferred: null };
  const fits = (cur: string) => !c.symbolCurrencies || c.symbolCurrencies.includes(cur);
  if (d.currency && fits(d.currency)) return { currency: d.currency, source: d.sources.currency ?? null, inferred: null };
  const lang = doc.documentElement?.getAttribute('lang');
  const place = placeCurrency(url, lang);
  if (place && fits(place.currency)) {
    return {
      currency: place.currency,
      source: 'domain',
      inferred: place.from === 'domain' ? `the site's country domain (${url.hostname})` : `the page's language (${lang})`,
    };
  }
  return { currency: null, source: null, inferred: null };
}

function setVisible(d: Draft, c: PriceCandidate, url: URL, doc: Document): boolean {
  const cur = currencyOf(d, c, url, doc);
  const r = parsePrice(c.text, { currency: cur.currency });
  if (!r.ok || r.max) return false;
  d.price = r.amount;
  d.priceRange = null;
  d.sources.price = 'visible';
  d.currency = cur.currency;
  if (cur.source) d.sources.currency = cur.source;
  else delete d.sources.currency;
  if (cur.inferred) {
    addNote(d, 'currency', 'CURRENCY_INFERRED', `The price "${c.text}" names no currency of its own; ${cur.currency} is inferred from ${cur.inferred}`);
  }
  return true;
}

const STRONG = 0.9;

/**
 * The visible-page layer, last: a price a person sees next to the title and the buy control,
 * for a draft the earlier layers left without one price. It also settles two cases the
 * structured data cannot: a range (variants) where the page shows the selected variant's price
 * inside that range, and structured sources that disagree, where the page shows one of them.
 */
export function visibleLayer(d: Draft, doc: Document, url: URL): void {
  const titleHint = d.title ?? doc.querySelector('title')?.textContent ?? null;
  let scan: PageScan | undefined;
  const page = () => (scan ??= scanPage(doc, titleHint));
  if (d.sku === null && d.kind !== 'other') {
    const sku = visibleSku(page());
    if (sku) {
      d.sku = sku;
      d.sources.sku = 'visible';
    }
  }
  visiblePriceLayer(d, doc, url, page);
  if (d.sku === null && d.kind === 'product') {
    // a page the price made a product: its labelled item number too
    const sku = visibleSku(page());
    if (sku) {
      d.sku = sku;
      d.sources.sku = 'visible';
    }
  }
  if ((d.availability ?? null) === null && d.kind === 'product') {
    const availability = visibleAvailability(page());
    if (availability) {
      d.availability = availability;
      d.sources.availability = 'visible';
    }
  }
}

function visiblePriceLayer(d: Draft, doc: Document, url: URL, page: () => PageScan): void {
  const claims = priceClaims.get(d) ?? [];
  const disagree = d.price !== null && d.notes.some((n) => n.code === 'PRICE_SOURCES_DISAGREE');
  const structured = d.price !== null && (d.sources.price === 'json-ld' || d.sources.price === 'microdata' || d.sources.price === 'meta');
  if (d.price !== null && !disagree && !structured) return;
  // the page's own product data says its offer has no price (sold out, price on request): a
  // figure elsewhere on the page is not this product's price
  if (d.price === null && d.priceRange === null && d.notes.some((n) => n.code === 'OFFER_WITHOUT_PRICE' || n.code === 'PRICE_ZERO')) return;
  const all = priceCandidates(doc, null, page());
  const candidates = all.filter(eligible);
  const threshold = VISIBLE_PRICE_MODEL.threshold;
  if (structured && !disagree && d.price !== null) {
    // structured data goes stale: a shop that puts an item on sale may keep the former price in
    // its microdata. When the page shows the structured price only as a former price (struck
    // through, or marked old/original/compare-at) and shows another current price near the
    // title, the shopper pays the one the page shows
    const price = d.price;
    const same = all.filter((c) => compareDecimals(c.amount, price) === 0);
    const best = candidates[0];
    if (
      same.length > 0 &&
      same.every((c) => !eligible(c)) &&
      best &&
      best.score >= threshold &&
      (!best.currency || !d.currency || best.currency === d.currency)
    ) {
      const was = `${d.price} (${d.sources.price})`;
      if (setVisible(d, best, url, doc)) {
        addNote(
          d,
          'price',
          'PRICE_SHOWN_AS_FORMER',
          `The page's data states ${was}, which the page shows only as a former price; the draft keeps ${best.text}, the price it shows as current`,
        );
      }
    }
    return;
  }
  if (disagree) {
    // the page shows one of the structured prices: that one is the price the shopper pays
    const shown = candidates.find((c) => c.score >= threshold / 2 && claims.some((k) => !k.max && compareDecimals(k.amount, c.amount) === 0));
    if (shown && d.price !== null && compareDecimals(shown.amount, d.price) !== 0) {
      const claim = claims.find((k) => compareDecimals(k.amount, shown.amount) === 0)!;
      addNote(
        d,
        'price',
        'PRICE_CHOSEN_BY_PAGE',
        `The page shows ${shown.text} next to the product, so the draft keeps ${claim.source} (${claim.amount}) over ${d.sources.price ?? 'the first source'} (${d.price})`,
      );
      d.price = claim.amount;
      d.sources.price = claim.source;
      if (claim.currency) d.currency = claim.currency;
    }
    return;
  }
  if (d.priceRange) {
    const { min, max } = d.priceRange;
    const inRange = candidates.find(
      (c) =>
        c.score >= threshold / 2 &&
        compareDecimals(c.amount, min) >= 0 &&
        compareDecimals(c.amount, max) <= 0 &&
        (!c.currency || !d.currency || c.currency === d.currency),
    );
    if (inRange && setVisible(d, inRange, url, doc)) {
      dropNotes(d, 'price');
      addNote(
        d,
        'price',
        'PRICE_OF_SHOWN_VARIANT',
        `The page's data states a range (${min}-${max}); the draft keeps ${inRange.text}, the price the page shows for the selected variant`,
      );
    }
    return;
  }
  const best = candidates[0];
  if (!best || best.score < threshold) return;
  // a page no structured data calls a product needs a buy control near the price, or a score
  // far above the threshold, before its price is read as a product's
  if (d.kind === 'other' && best.features.nearBuy === 0 && best.score < STRONG) return;
  if (setVisible(d, best, url, doc)) {
    if (d.kind === 'other') d.kind = 'product';
    dropNotes(d, 'price');
  }
}

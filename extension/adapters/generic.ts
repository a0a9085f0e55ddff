// The generic adapter: any shop that publishes structured product data, and the
// structured-data layer under every site adapter (lib/layers.ts). It reads, in order of trust
// per field:
//   title    JSON-LD Product name > microdata name > state JSON > og:title > <title>
//   price    product:price:* / og:price:* meta > JSON-LD offers > microdata offers > state JSON
//            (the product a site's __NEXT_DATA__ / __INITIAL_STATE__ describes, read only when no
//            schema.org data states a product; lib/state-json.ts)
//   seller   JSON-LD offer seller > microdata offer seller
//   origin   JSON-LD / microdata countryOfOrigin;  ships from: offer shippingDetails.shippingOrigin
// Why meta before JSON-LD for the price: product:price:* is the price the shop publishes for the
// listing it shows, while several shops localise JSON-LD for crawlers (a saved Etsy page states
// USD 48,00 in product:price meta and EUR 43.90 in JSON-LD); the disagreement is kept as a note.
// It never scans visible text for price-looking numbers: that is the visible layer's job
// (lib/visible-price.ts), which weighs where a number sits before it calls it the price.
import { addNote, applyPrice, newDraft, readPrice, setText, type PriceClaim } from './draft.ts';
import { countryCode } from './lib/country.ts';
import { findProducts, isObject, offerPrices, scanJsonLd, type LdNode } from './lib/jsonld.ts';
import { metaContent } from './lib/meta.ts';
import { firstText, items, microdataProducts, offersOf, type MicroItem } from './lib/microdata.ts';
import { stateProduct, stateRoots } from './lib/state-json.ts';
import { ldText } from './lib/text.ts';
import { AVAILABILITIES, type Adapter, type Availability, type Draft, type Source } from './types.ts';

function jsonLdClaims(d: Draft, product: LdNode | undefined): PriceClaim[] {
  if (!product) return [];
  const prices = offerPrices(product);
  if (prices.length === 0) return [];
  const claims: PriceClaim[] = [];
  let missing = 0;
  for (const p of prices) {
    const c = readPrice(d, 'json-ld', p.low, p.high, p.currency);
    if (c) claims.push(c);
    else if (p.low === undefined || typeof p.low === 'object') missing++;
  }
  if (claims.length === 0) {
    if (missing > 0) {
      const availability = prices.map((p) => (typeof p.availability === 'string' ? p.availability.replace(/^.*[/:#]/, '') : null)).find(Boolean);
      addNote(
        d,
        'price',
        'OFFER_WITHOUT_PRICE',
        `The page's product data has an offer without a price${availability ? ` (availability: ${availability})` : ''}`,
      );
    }
    return [];
  }
  // several offers: one price when they agree, a range when they differ (same currency only)
  const currencies = new Set(claims.map((c) => c.currency));
  if (currencies.size > 1) {
    addNote(d, 'price', 'PRICE_SEVERAL_CURRENCIES', `The page's offers are in several currencies (${[...currencies].join(', ')}); the draft keeps the first`);
    return [claims[0]];
  }
  let min = claims[0].amount;
  let max = claims[0].max ?? claims[0].amount;
  const num = (s: string) => Number(s);
  for (const c of claims) {
    if (num(c.amount) < num(min)) min = c.amount;
    if (num(c.max ?? c.amount) > num(max)) max = c.max ?? c.amount;
  }
  return [{ source: 'json-ld', amount: min, max: num(max) > num(min) ? max : null, currency: claims[0].currency }];
}

function microClaims(d: Draft, item: MicroItem | undefined): PriceClaim[] {
  if (!item) return [];
  const offers = offersOf(item);
  const out: PriceClaim[] = [];
  for (const o of offers.length ? offers : [item]) {
    const price = firstText(o, 'price') ?? firstText(o, 'lowPrice');
    if (price === null) continue;
    const c = readPrice(d, 'microdata', price, firstText(o, 'highPrice') ?? price, firstText(o, 'priceCurrency'));
    if (c) out.push(c);
  }
  return out.slice(0, 1);
}

/** schema.org availability ("https://schema.org/InStock", "InStock", "http://schema.org/OutOfStock")
 * as its short name, or null for anything else. */
export function availabilityOf(v: unknown): Availability | null {
  if (Array.isArray(v)) v = v[0];
  if (typeof v !== 'string') return null;
  const name = v.trim().replace(/^.*[/:#]/, '');
  return AVAILABILITIES.find((a) => a.toLowerCase() === name.toLowerCase()) ?? null;
}

function sellerOf(v: unknown): string | null {
  if (Array.isArray(v)) v = v[0];
  return isObject(v) ? ldText(v.name ?? v.legalName, 200) : ldText(v, 200);
}

export const generic: Adapter = {
  id: 'generic',
  name: 'Other shop',
  pageKinds: ['product', 'other'],
  examples: ['https://shop.example/products/blue-mug', 'http://127.0.0.1:8080/item/1'],
  matches: (url) => url.protocol === 'https:' || url.protocol === 'http:',
  extract(doc, url) {
    const d = newDraft('generic', url);
    const ld = scanJsonLd(doc);
    if (ld.skipped > 0) addNote(d, 'page', 'JSON_LD_UNREADABLE', `${ld.skipped} JSON-LD block(s) could not be read (invalid JSON or too large)`);
    const product = findProducts(ld.nodes, url)[0];
    const micro = microdataProducts(doc)[0];
    const ogType = (metaContent(doc, 'og:type') ?? '').toLowerCase();
    const metaAmount = metaContent(doc, 'product:price:amount', 'og:price:amount');
    const metaCurrency = metaContent(doc, 'product:price:currency', 'og:price:currency');
    const docTitle = doc.querySelector('title')?.textContent ?? null;
    // the state JSON a site embeds for its scripts, only where no schema.org data states a product
    const state = product || micro || metaAmount !== null ? null : stateProduct(stateRoots(doc), metaContent(doc, 'og:title') ?? docTitle);
    d.kind = product || micro || state || /(^|[:.])product(\.item|\.group)?$/.test(ogType) || metaAmount !== null ? 'product' : 'other';

    setText(d, 'title', [
      ['json-ld', product ? ldText(product.name) : null],
      ['microdata', micro ? firstText(micro, 'name') : null],
      ['state', state?.name],
      ['meta', metaContent(doc, 'og:title', 'twitter:title')],
      ['title', docTitle],
    ]);

    const claims: PriceClaim[] = [];
    if (metaAmount !== null) {
      const c = readPrice(d, 'meta', metaAmount, metaAmount, metaCurrency);
      if (c) claims.push(c);
    }
    claims.push(...jsonLdClaims(d, product));
    claims.push(...microClaims(d, micro));
    if (state) {
      const c = readPrice(d, 'state', state.price, state.price, state.currency);
      if (c) claims.push(c);
    }
    applyPrice(d, claims);

    const offers = product ? offerPrices(product) : [];
    const microOffer = micro ? offersOf(micro)[0] : undefined;
    const microSeller = microOffer ? items(microOffer, 'seller')[0] : undefined;
    setText(d, 'seller', [
      ['json-ld', offers.map((o) => sellerOf(o.seller)).find(Boolean)],
      ['microdata', microSeller ? firstText(microSeller, 'name') : microOffer ? firstText(microOffer, 'seller') : null],
    ]);
    setText(d, 'sku', [
      ['json-ld', product ? ldText(product.sku, 200) : null],
      ['microdata', micro ? firstText(micro, 'sku') : null],
      ['state', state?.sku],
    ]);
    const availability: Array<[Source, unknown]> = [
      ['json-ld', offers.map((o) => o.availability).find((a) => availabilityOf(a) !== null)],
      ['microdata', microOffer ? firstText(microOffer, 'availability') : null],
    ];
    for (const [source, value] of availability) {
      const a = availabilityOf(value);
      if (a) {
        d.availability = a;
        d.sources.availability = source;
        break;
      }
    }
    setText(d, 'brand', [
      ['json-ld', product ? sellerOf(product.brand) : null],
      ['microdata', micro ? firstText(micro, 'brand') : null],
    ]);

    const country = (field: 'origin' | 'shipsFrom', candidates: Array<[Source, unknown]>) => {
      for (const [source, value] of candidates) {
        if (value === undefined || value === null || value === '') continue;
        const code = countryCode(value);
        if (code) {
          d[field] = code;
          d.sources[field] = source;
          return;
        }
        addNote(d, field, 'COUNTRY_UNREADABLE', `${source} states "${String(ldText(value, 60) ?? typeof value)}", which is not a country this tool can read`);
      }
    };
    country('origin', [
      ['json-ld', product?.countryOfOrigin],
      [
        'microdata',
        micro ? (items(micro, 'countryOfOrigin')[0] ? firstText(items(micro, 'countryOfOrigin')[0], 'name') : firstText(micro, 'countryOfOrigin')) : null,
      ],
    ]);
    country('shipsFrom', [['json-ld', offers.map((o) => o.shipsFrom).find((x) => x !== undefined)]]);
    return d;
  },
};

// Amazon: product pages on amazon.com, .co.uk, .de, .fr, .it, .es, .ca and .co.jp
// (buy-box price in the current "corePrice" layout and the older "priceblock" one, Kindle and
// print formats, "Sold by" / "Ships from", the Import Fees Deposit line when shown, country of
// origin from the product details), the shopper's order details page, and Seller Central's order
// details page. Amazon publishes no JSON-LD on product pages, so everything is read from the DOM;
// each selector names the fixture that proves it (test/fixtures/pages/amazon/, and the shared
// real page ../shared/fixtures/pages/amazon-com--gorilla-tape.html = "shared:gorilla").
import { addNote, applyPrice, newDraft, setText, type PriceClaim } from './draft.ts';
import { partyOf } from './lib/address.ts';
import { pageLang, setCountry } from './lib/country.ts';
import { isoDate } from './lib/dates.ts';
import { labelled } from './lib/labelled.ts';
import { linesOf } from './lib/lines.ts';
import { emptyOrder, noteMissingOrderFields } from './lib/order.ts';
import { idIndex, pick, queryAll, queryOne, textOf, type IdIndex } from './lib/query.ts';
import { moneyOf, sitePrice } from './lib/site-price.ts';
import { cleanText } from './lib/text.ts';
import { availabilityOfText } from './lib/visible-price.ts';
import type { Adapter, Draft, DraftLine } from './types.ts';

/** The marketplace's own currency: a "$" on amazon.com is USD, on amazon.ca CAD. The eight
 * sites of the fixtures, then the other country sites, which serve the same product template
 * (the saved pages behind the selectors are of .com, .co.uk, .de, .fr and .it; the others are
 * read with the same selectors, unverified on a saved page, and after a toolbar click only:
 * where a selector misses, the structured and visible layers still read the page). */
const SITE_CURRENCY: Record<string, string> = {
  com: 'USD',
  'co.uk': 'GBP',
  de: 'EUR',
  fr: 'EUR',
  it: 'EUR',
  es: 'EUR',
  ca: 'CAD',
  'co.jp': 'JPY',
  'com.au': 'AUD',
  'com.mx': 'MXN',
  'com.br': 'BRL',
  in: 'INR',
  nl: 'EUR',
  'com.be': 'EUR',
  se: 'SEK',
  pl: 'PLN',
  'com.tr': 'TRY',
  ae: 'AED',
  sa: 'SAR',
  sg: 'SGD',
  eg: 'EGP',
};
const HOST_RE = /(?:^|\.)amazon\.(com|co\.uk|de|fr|it|es|ca|co\.jp|com\.au|com\.mx|com\.br|in|nl|com\.be|se|pl|com\.tr|ae|sa|sg|eg)$/;

const SEL = {
  /** product-current, product-de, shared:gorilla */
  title: ['#productTitle'],
  /** product-kindle (Kindle pages title the book here) */
  kindleTitle: ['#ebooksProductTitle'],
  /** in order of trust: the current buy box (product-current, product-de), the Kindle price
   * (product-kindle), the older price block (product-legacy, shared:gorilla), the older
   * in-buy-box price (shared:gorilla) */
  price: [
    '#corePriceDisplay_desktop_feature_div .priceToPay .a-offscreen',
    '#corePrice_feature_div .a-price .a-offscreen',
    '#kindle-price',
    '#priceblock_dealprice',
    '#priceblock_saleprice',
    '#priceblock_ourprice',
    '#price_inside_buybox',
  ],
  /** product-kindle: the selected format swatch ("Kindle Edition", "Paperback") */
  format: ['#tmmSwatches .swatchElement.selected .a-button-text > span', '#tmmSwatches .swatchElement.selected'],
  /** product-current, product-de: the current offer-display rows, language-independent ids */
  soldBy: ['#merchantInfoFeature_feature_div .offer-display-feature-text-message', '#sellerProfileTriggerId'],
  shipsFrom: ['#fulfillerInfoFeature_feature_div .offer-display-feature-text-message'],
  /** product-legacy, product-kindle, shared:gorilla: "Ships from and sold by Amazon.com." */
  merchantInfo: ['#merchant-info'],
  /** product-current: the price details popover row, then the combined buy-box line */
  importFeesRow: '#a-popover-agShipMsgPopover tr',
  importFeesLine: ['#amazonGlobal_feature_div', '#exports_desktop_qualifiedBuybox_tlc_feature_div'],
  /** product-current (technical details table), product-legacy (detail bullets) */
  details: ['#productDetails_techSpec_section_1', '#productDetails_detailBullets_sections1', '#detailBullets_feature_div'],
  /** product-legacy ("In Stock."), shared:gorilla; "Currently unavailable." when it has no offer */
  availability: ['#availability'],
  /** order: the shopper's order details page (classic layout) */
  orderDateAndId: '.order-date-invoice-item',
  orderAddress: '.displayAddressUL',
  orderItem: '.yohtmlc-item',
  orderItemTitle: ['.yohtmlc-product-title', 'a.a-link-normal'],
  orderItemPrice: ['.a-color-price'],
  orderItemQty: '.item-view-qty',
  orderTotals: '#od-subtotals',
  /** seller-order: Seller Central's order details page */
  scOrderId: '[data-test-id="order-id-value"]',
  scSummary: '[data-test-id="order-summary-box"]',
  scShipTo: '[data-test-id="shipping-section-buyer-address"]',
  scBuyer: '[data-test-id="buyer-name"]',
  scItems: '[data-test-id="order-item-row"]',
  scPackage: '[data-test-id="package-section"]',
} as const;

function tld(url: URL): string | null {
  return HOST_RE.exec(url.hostname)?.[1] ?? null;
}

/** every id-anchored selector of SEL, for the one-pass id index */
const ANCHORED = Object.values(SEL)
  .flat()
  .filter((s) => s.startsWith('#'));

function kindOf(page: IdIndex, url: URL): Draft['kind'] {
  if (/^sellercentral/.test(url.hostname) && /\/orders-v3\/order\//.test(url.pathname)) return 'seller-order';
  if (/order-details|\/gp\/css\/summary\//.test(url.pathname)) return 'order';
  if (/\/(dp|gp\/product|gp\/aw\/d)\/[A-Z0-9]{10}/.test(url.pathname) || queryOne(page, '#productTitle, #ebooksProductTitle')) return 'product';
  return 'other';
}

/** "Ships from and sold by Amazon.com." / "Sold by Acme and Fulfilled by Amazon." (English). */
function readMerchantInfo(text: string): { seller: string | null; shipsFrom: string | null } {
  const both = /ships from and sold by ([^.]+(?:\.[a-z.]{2,6})?)\.?$/i.exec(text);
  const bare = (s: string | undefined) => s?.trim().replace(/([A-Za-z0-9]{2,})\.$/, '$1') ?? null; // "Amazon.com." (sentence end), not "S.à r.l."
  if (both) return { seller: bare(both[1]), shipsFrom: bare(both[1]) };
  const sold = /sold by (.+?)(?: and (?:fulfilled|ships) (?:by|from) (.+?))?\.?$/i.exec(text);
  if (sold) return { seller: bare(sold[1]), shipsFrom: bare(sold[2]) };
  return { seller: null, shipsFrom: null };
}

function product(page: IdIndex, url: URL, d: Draft, cur: string | null): void {
  setText(d, 'title', [
    ['dom', pick(page, SEL.title)?.text],
    ['dom', pick(page, SEL.kindleTitle)?.text],
  ]);
  const claims: PriceClaim[] = [];
  for (const sel of SEL.price) {
    const hit = pick(page, [sel], 120);
    if (!hit) continue;
    const c = sitePrice(d, 'dom', hit.text, cur, 'buy-box price');
    if (c) {
      claims.push(c);
      break;
    }
  }
  applyPrice(d, claims);
  const avail = pick(page, SEL.availability)?.text;
  if (claims.length === 0) {
    addNote(d, 'price', 'NO_PRICE', `Amazon shows no buy-box price on this page${avail ? ` ("${avail.slice(0, 80)}")` : ''}`);
  }
  const availability = availabilityOfText(avail);
  if (availability) {
    d.availability = availability;
    d.sources.availability = 'dom';
  }
  const format = pick(page, SEL.format, 60)?.text;
  if (format) addNote(d, 'title', 'FORMAT', `Format: ${format}`);

  let seller = pick(page, SEL.soldBy, 200)?.text ?? null;
  let shipsFrom = pick(page, SEL.shipsFrom, 200)?.text ?? null;
  const merchant = pick(page, SEL.merchantInfo, 300)?.text;
  if (merchant && (!seller || !shipsFrom)) {
    const m = readMerchantInfo(merchant);
    seller ??= m.seller;
    shipsFrom ??= m.shipsFrom;
  }
  if (seller) setText(d, 'seller', [['dom', seller]]);
  if (shipsFrom) {
    // Amazon's "Ships from" names who ships (Amazon, the seller), rarely a country
    setCountry(d, 'shipsFrom', shipsFrom, pageLang(page.doc), 'Amazon says the item ships from');
  }

  // import fees: the popover's own row is exact; the buy-box line may add shipping to it
  for (const row of queryAll(page, SEL.importFeesRow)) {
    const cells = Array.from(row.children).map((c) => cleanText(c.textContent, 120) ?? '');
    const i = cells.findIndex((c) => /import fees deposit/i.test(c));
    if (i < 0 || !cells[i + 1]) continue;
    const m = moneyOf(d, 'importCharges', cells[i + 1], cur, 'Import Fees Deposit');
    if (m) d.importCharges = { ...m, label: cells[i].replace(/[:：]\s*$/, '') };
    break;
  }
  if (d.importCharges === undefined) {
    const line = pick(page, SEL.importFeesLine, 300)?.text;
    const m = line ? /^(.*?)\s*((?:shipping & )?import fees deposit)/i.exec(line) : null;
    if (m) {
      const money = moneyOf(d, 'importCharges', m[1], cur, m[2]);
      if (money) d.importCharges = { ...money, label: m[2].replace(/\b\w/g, (c) => c.toUpperCase()).replace(/ And /, ' & ') };
    }
  }
  if (d.importCharges === undefined) d.importCharges = null;

  for (const sel of SEL.details) {
    const box = queryOne(page, sel);
    const origin = labelled(box, /^country of origin$/i, 'th, td, span');
    if (origin) {
      setCountry(d, 'origin', origin.value, pageLang(page.doc), 'The product details give the country of origin as');
      break;
    }
  }
  const asin = /\/(?:dp|gp\/product|gp\/aw\/d)\/([A-Z0-9]{10})/.exec(url.pathname)?.[1];
  if (asin) {
    d.sku = asin;
    d.sources.sku = 'url';
  }
}

function shopperOrder(doc: Document, d: Draft, cur: string | null): void {
  const order = emptyOrder('shopper');
  for (const el of doc.querySelectorAll(SEL.orderDateAndId)) {
    const t = textOf(el) ?? '';
    if (/^ordered on/i.test(t)) order.date = isoDate(t);
    const id = /\b(\d{3}-\d{7}-\d{7})\b/.exec(t)?.[1];
    if (id) d.orderId = id;
  }
  const address = doc.querySelector(SEL.orderAddress);
  order.deliverTo = partyOf(
    Array.from(address?.querySelectorAll('li') ?? []).map((li) => textOf(li) ?? ''),
    pageLang(doc),
  );
  const total = labelled(doc.querySelector(SEL.orderTotals), /^grand total$/i, 'span, div');
  order.total = moneyOf(d, 'order', total?.value, cur, 'Grand Total');
  d.lines = Array.from(doc.querySelectorAll(SEL.orderItem))
    .slice(0, 200)
    .map((item): DraftLine => {
      const price = sitePrice(d, 'dom', pick(item, SEL.orderItemPrice, 60)?.text, cur, 'item price');
      const qty = Number(textOf(item.querySelector(SEL.orderItemQty)) ?? '1');
      const href = item.querySelector('a[href*="/gp/product/"], a[href*="/dp/"]')?.getAttribute('href') ?? '';
      return {
        title: pick(item, SEL.orderItemTitle, 500)?.text ?? null,
        // Amazon prints a quantity badge only when it is above 1
        quantity: Number.isInteger(qty) && qty > 0 ? qty : null,
        price: price && !price.max ? price.amount : null,
        currency: price && !price.max ? price.currency : null,
        origin: null,
        sku: /\/(?:gp\/product|dp)\/([A-Z0-9]{10})/.exec(href)?.[1] ?? null,
      };
    });
  const sellers = new Set(
    Array.from(doc.querySelectorAll(`${SEL.orderItem} .a-size-small`))
      .map((s) => /^sold by:?\s*(.+)$/i.exec(textOf(s) ?? '')?.[1])
      .filter((x): x is string => !!x),
  );
  if (sellers.size === 1) setText(d, 'seller', [['dom', [...sellers][0]]]);
  d.order = order;
  if (d.lines.length === 1) d.title = d.lines[0].title;
  noteMissingOrderFields(d, 'This Amazon order page');
}

function sellerOrder(doc: Document, d: Draft, cur: string | null): void {
  const order = emptyOrder('seller');
  d.orderId = textOf(doc.querySelector(SEL.scOrderId), 60);
  const summary = doc.querySelector(SEL.scSummary);
  order.date = isoDate(labelled(summary, /^purchase date$/i, 'span, td')?.value);
  const channel = labelled(summary, /^sales channel$/i, 'span, td')?.value;
  if (channel) addNote(d, 'page', 'SALES_CHANNEL', `Sales channel: ${channel.slice(0, 60)}`);
  const shipTo = doc.querySelector(SEL.scShipTo);
  order.deliverTo = partyOf(linesOf(shipTo), pageLang(doc));
  const buyer = textOf(doc.querySelector(SEL.scBuyer), 200);
  if (buyer) order.buyer = { name: buyer, line1: null, line2: null, city: null, region: null, postalCode: null, country: null };
  const pkg = doc.querySelector(SEL.scPackage);
  order.trackingNumber = labelled(pkg, /^tracking id$/i, 'span, td')?.value ?? null;
  order.carrier = labelled(pkg, /^carrier$/i, 'span, td')?.value ?? null;
  d.lines = Array.from(doc.querySelectorAll(SEL.scItems))
    .slice(0, 200)
    .map((row): DraftLine => {
      const unit = sitePrice(d, 'dom', labelled(row, /^unit price$/i, 'span, td')?.value, cur, 'unit price');
      const qty = Number(labelled(row, /^quantity$/i, 'span, td')?.value ?? NaN);
      return {
        title: textOf(row.querySelector('[data-test-id="item-title"]'), 500),
        quantity: Number.isInteger(qty) && qty > 0 ? qty : null,
        price: unit && !unit.max ? unit.amount : null,
        currency: unit && !unit.max ? unit.currency : null,
        origin: null,
        sku: labelled(row, /^(asin)$/i, 'span, td')?.value ?? null,
      };
    });
  order.total = moneyOf(
    d,
    'order',
    labelled(doc.querySelector('[data-test-id="order-total"]'), /^(item subtotal|order total|total)$/i, 'span, td')?.value,
    cur,
    'order total',
  );
  d.order = order;
  if (d.lines.length === 1) d.title = d.lines[0].title;
  noteMissingOrderFields(d, 'This Seller Central order page');
}

export const amazon: Adapter = {
  id: 'amazon',
  name: 'Amazon',
  pageKinds: ['product', 'order', 'seller-order'],
  examples: [
    'https://www.amazon.com/Gorilla-6012110-Black-2-Pack-Piece/dp/B00N150YS4',
    'https://www.amazon.co.uk/dp/B0B5B6PQCT',
    'https://www.amazon.de/gp/product/B07PGL2ZSL',
    'https://www.amazon.co.jp/dp/B08N5WRWNW',
    'https://www.amazon.com/gp/your-account/order-details?orderID=112-1234567-1234567',
    'https://sellercentral.amazon.com/orders-v3/order/113-7654321-7654321',
  ],
  hosts: [
    'https://www.amazon.com/*',
    'https://www.amazon.co.uk/*',
    'https://www.amazon.de/*',
    'https://www.amazon.fr/*',
    'https://www.amazon.it/*',
    'https://www.amazon.es/*',
    'https://www.amazon.ca/*',
    'https://www.amazon.co.jp/*',
    // Seller Central's order details (seller-order pages): North America, the UK, and the unified European host
    'https://sellercentral.amazon.com/*',
    'https://sellercentral.amazon.co.uk/*',
    'https://sellercentral-europe.amazon.com/*',
  ],
  matches: (url) => (url.protocol === 'https:' || url.protocol === 'http:') && HOST_RE.test(url.hostname),
  extract(doc, url) {
    const t = tld(url);
    const cur = t ? SITE_CURRENCY[t] : null;
    const page = idIndex(doc, ANCHORED);
    const d = newDraft('amazon', url, kindOf(page, url));
    if (d.kind === 'product') product(page, url, d, cur);
    else if (d.kind === 'order') shopperOrder(doc, d, cur);
    else if (d.kind === 'seller-order') sellerOrder(doc, d, cur);
    else {
      setText(d, 'title', [['title', doc.querySelector('title')?.textContent]]);
      addNote(d, 'page', 'NOT_A_PRODUCT_PAGE', 'This Amazon page is not a product, order or Seller Central order page');
    }
    return d;
  },
};

// Fixtures (test/fixtures/pages/amazon/) and the real pages they stand for:
//   product-current  https://www.amazon.com/dp/B0EXAMPLE1  current corePrice buy box, third-party
//                    seller, Import Fees Deposit popover, country of origin in the tech details
//   product-legacy   https://www.amazon.com/dp/B0EXAMPLE2  older priceblock layout, merchant-info,
//                    detail bullets (as on the shared real page amazon-com--gorilla-tape.html)
//   product-kindle   https://www.amazon.co.uk/dp/B0EXAMPLE3  Kindle edition, format swatches, GBP
//   product-de       https://www.amazon.de/dp/B0EXAMPLE4  German page, EUR "12,99 €"
//   order            https://www.amazon.com/gp/your-account/order-details?orderID=112-...
//   seller-order     https://sellercentral.amazon.com/orders-v3/order/113-...
// Real page read at test time: ../shared/fixtures/pages/amazon-com--gorilla-tape.html
// (https://www.amazon.com/Gorilla-6012110-Black-2-Pack-Piece/dp/B00N150YS4).

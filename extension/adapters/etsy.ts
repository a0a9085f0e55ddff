// Etsy: the listing page, the shopper's purchase receipt and Shop Manager's order
// page. Listings publish structured data (product:price meta in the listing's own currency,
// JSON-LD Product), so the listing starts from the generic adapter's reading and adds what only
// the DOM shows: the shop, "Ships from" (in the page's language) and the buy box's display price.
// Why the meta price wins over the buy box: Etsy converts the buy-box price into the shopper's
// display currency (the shared real page shows "53,11 €" for a listing priced 48.00 USD); the
// listed price on the marketplace is the seller's own, so the conversion is kept as a note.
// Evidence: test/fixtures/pages/etsy/ and the shared real page etsy-com--es-listing.html ("shared:es").
import { addNote, newDraft, setText } from './draft.ts';
import { generic } from './generic.ts';
import { pageLang, setCountry } from './lib/country.ts';
import { readOrder, type OrderLayout } from './lib/order.ts';
import { pick } from './lib/query.ts';
import { shipsFromText } from './lib/ships-from.ts';
import { sitePrice } from './lib/site-price.ts';
import { cleanText } from './lib/text.ts';
import type { Adapter, Draft } from './types.ts';

const HOST_RE = /(?:^|\.)etsy\.com$/;

const SEL = {
  /** listing, shared:es */
  title: ['h1[data-buy-box-listing-title]'],
  /** listing, shared:es: the shop name link in the buy box header */
  shop: ['a[href*="shop-header-name"] span[aria-hidden="true"]', 'a[href*="shop-header-name"]'],
  /** listing, shared:es: the buy box's price in the display currency */
  displayPrice: ['[data-buy-box-region="price"] .wt-text-title-03', '[data-buy-box-region="price"] p'],
  /** listing, shared:es: the "Ships from ..." caption of the delivery section */
  shipsFrom: '.wt-text-caption',
} as const;

/** receipt: the shopper's purchase receipt (etsy.com/your/purchases/...) */
const RECEIPT: OrderLayout = {
  summary: '[data-receipt-summary]',
  orderId: /^(receipt|order)( number| #)?$/i,
  date: /^(ordered|order date|purchased on)$/i,
  total: /^(order total|total)$/i,
  tracking: /^tracking( number)?$/i,
  carrier: /^(carrier|shipped with)$/i,
  seller: /^(shop|sold by)$/i,
  address: '[data-receipt-address] address',
  item: '[data-receipt-item]',
  itemTitle: '[data-receipt-item-title]',
  itemPrice: '[data-receipt-item-price]',
  itemQty: /^(quantity|qty)$/i,
};

/** shop-manager-order: Shop Manager > Orders & Shipping > an order (etsy.com/your/orders/sold) */
const SHOP_MANAGER: OrderLayout = {
  summary: '[data-order-panel]',
  orderId: /^order( number| #)?$/i,
  date: /^(ordered|order date)$/i,
  total: /^(order total|total)$/i,
  tracking: /^tracking( number)?$/i,
  carrier: /^carrier$/i,
  buyer: /^(buyer|purchased by)$/i,
  address: '[data-order-ship-to] address',
  item: '[data-order-transaction]',
  itemTitle: '[data-transaction-title]',
  itemPrice: '[data-transaction-price]',
  itemQty: /^(quantity|qty)$/i,
  itemSku: /^sku$/i,
};

function kindOf(url: URL): Draft['kind'] {
  if (/^(?:\/[a-z]{2}(?:-[a-z]{2})?)?\/listing\/\d+/i.test(url.pathname)) return 'product';
  if (/^\/your\/purchases\/\d+/.test(url.pathname)) return 'order';
  if (/^\/your\/orders\/sold/.test(url.pathname)) return 'seller-order';
  return 'other';
}

function listing(doc: Document, url: URL): Draft {
  const d = generic.extract(doc, url);
  d.adapter = 'etsy';
  d.kind = 'product';
  const title = pick(doc, SEL.title, 500)?.text;
  if (title && !d.title) setText(d, 'title', [['dom', title]]);
  const shop = pick(doc, SEL.shop, 200)?.text;
  if (shop) {
    d.seller = shop;
    d.sources.seller = 'dom';
  }
  for (const el of Array.from(doc.querySelectorAll(SEL.shipsFrom)).slice(0, 400)) {
    const where = shipsFromText(cleanText(el.textContent, 120));
    if (where) {
      setCountry(d, 'shipsFrom', where, pageLang(doc), 'Etsy says the item ships from');
      break;
    }
  }
  const shown = pick(doc, SEL.displayPrice, 80)?.text;
  if (shown && d.price !== null) {
    const c = sitePrice(d, 'dom', shown, null, 'buy-box price');
    if (c && c.currency && c.currency !== d.currency) {
      addNote(
        d,
        'price',
        'DISPLAY_CURRENCY',
        `The buy box shows ${c.amount} ${c.currency} in the shopper's display currency; the listing's own price is ${d.price} ${d.currency}`,
      );
    }
  }
  const id = /\/listing\/(\d+)/.exec(url.pathname)?.[1];
  if (id && !d.sku) d.sku = id;
  return d;
}

export const etsy: Adapter = {
  id: 'etsy',
  name: 'Etsy',
  pageKinds: ['product', 'order', 'seller-order'],
  examples: [
    'https://www.etsy.com/listing/550571276/the-original-hey-there-pumpkin-fall',
    'https://www.etsy.com/es/listing/550571276/el-original-he-y-hay-calabaza-decoracion',
    'https://www.etsy.com/your/purchases/3012345678',
    'https://www.etsy.com/your/orders/sold?order_id=3012345678',
  ],
  hosts: ['https://www.etsy.com/*'],
  matches: (url) => (url.protocol === 'https:' || url.protocol === 'http:') && HOST_RE.test(url.hostname),
  extract(doc, url) {
    const kind = kindOf(url);
    if (kind === 'product') return listing(doc, url);
    const d = newDraft('etsy', url, kind);
    // Etsy shows receipts in the shopper's display currency with its code or symbol; no default
    if (kind === 'order') readOrder(doc, d, 'shopper', RECEIPT, null, 'This Etsy receipt');
    else if (kind === 'seller-order') readOrder(doc, d, 'seller', SHOP_MANAGER, null, 'This Shop Manager order page');
    else {
      setText(d, 'title', [['title', doc.querySelector('title')?.textContent]]);
      addNote(d, 'page', 'NOT_A_PRODUCT_PAGE', 'This Etsy page is not a listing, receipt or Shop Manager order page');
    }
    return d;
  },
};

// Fixtures (test/fixtures/pages/etsy/) and the real pages they stand for:
//   listing             https://www.etsy.com/listing/... (meta + JSON-LD, shop header, "Ships from")
//   receipt             https://www.etsy.com/your/purchases/... (the shopper's purchase receipt)
//   shop-manager-order  https://www.etsy.com/your/orders/sold?order_id=... (Shop Manager order)
// Real page read at test time: ../shared/fixtures/pages/etsy-com--es-listing.html
// (https://www.etsy.com/es/listing/550571276/el-original-he-y-hay-calabaza-decoracion).

// Temu: the goods page, and the separate "Import charges" line Temu shows in the cart
// and on the order page. Why that line matters: since the 2025 suspension of de minimis
// Temu charges US duties up front as a line of its own, so the listed
// price and the import charges must be kept apart, never added up into one "price".
// Goods pages publish a JSON-LD Product; the generic adapter reads it and this file adds the
// seller and the charge line from the DOM. Evidence: test/fixtures/pages/temu/.
import { addNote, newDraft, setText } from './draft.ts';
import { generic } from './generic.ts';
import { pageLang, setCountry } from './lib/country.ts';
import { labelled } from './lib/labelled.ts';
import { readOrder, type OrderLayout } from './lib/order.ts';
import { pick } from './lib/query.ts';
import { shipsFromText } from './lib/ships-from.ts';
import { moneyOf } from './lib/site-price.ts';
import { cleanText } from './lib/text.ts';
import type { Adapter, Draft } from './types.ts';

const HOST_RE = /(?:^|\.)temu\.com$/;

const SEL = {
  /** goods: the store link under the title ("Sold by ...") */
  store: ['[data-testid="store-name"]', 'a[href*="-m-"][href*=".html"] span'],
  /** goods: the shipping block ("Ships from China") */
  shipping: '[data-testid="shipping-info"] span, [data-testid="shipping-info"] div',
  /** goods, cart, order: the import charges row ("Import charges", value in the next cell) */
  importRow: /^import charges?$/i,
  /** goods: the price block under which Temu shows the import charges note */
  priceBlock: '[data-testid="price-block"]',
  /** cart: the order summary box of the cart page */
  cartSummary: '[data-testid="cart-summary"]',
} as const;

/** order: the shopper's order details (temu.com/bgt_order_detail.html) */
const ORDER: OrderLayout = {
  summary: '[data-testid="order-detail"]',
  orderId: /^(order id|po number|order number)$/i,
  date: /^(order time|order date)$/i,
  total: /^(order total|total)$/i,
  tracking: /^tracking (number|no\.?)$/i,
  carrier: /^carrier$/i,
  address: '[data-testid="shipping-address"]',
  item: '[data-testid="order-goods"]',
  itemTitle: '[data-testid="goods-name"]',
  itemPrice: '[data-testid="goods-price"]',
  itemQty: /^(qty|quantity)$/i,
  importCharges: SEL.importRow,
};

function kindOf(url: URL): Draft['kind'] {
  if (/-g-\d+\.html$/.test(url.pathname) || /^\/goods\.html/.test(url.pathname)) return 'product';
  if (/^\/bgt_order_detail\.html/.test(url.pathname)) return 'order';
  return 'other';
}

function goods(doc: Document, url: URL): Draft {
  const d = generic.extract(doc, url);
  d.adapter = 'temu';
  d.kind = 'product';
  const store = pick(doc, SEL.store, 200)?.text;
  if (store) {
    d.seller = store.replace(/^sold by:?\s*/i, '');
    d.sources.seller = 'dom';
  }
  for (const el of Array.from(doc.querySelectorAll(SEL.shipping)).slice(0, 50)) {
    const where = shipsFromText(cleanText(el.textContent, 120));
    if (where) {
      setCountry(d, 'shipsFrom', where, pageLang(doc), 'Temu says the item ships from');
      break;
    }
  }
  const row = labelled(doc.querySelector(SEL.priceBlock), SEL.importRow);
  const m = row ? moneyOf(d, 'importCharges', row.value, d.currency, 'Import charges') : null;
  d.importCharges = m ? { ...m, label: 'Import charges' } : null;
  const id = /-g-(\d+)\.html$/.exec(url.pathname)?.[1];
  if (id && !d.sku) d.sku = id;
  return d;
}

function cart(doc: Document, url: URL): Draft {
  const d = newDraft('temu', url, 'other');
  setText(d, 'title', [['title', doc.querySelector('title')?.textContent]]);
  addNote(d, 'page', 'CART', 'A Temu cart: not an order yet; only its import charges line is read');
  const row = labelled(doc.querySelector(SEL.cartSummary), SEL.importRow);
  const m = row ? moneyOf(d, 'importCharges', row.value, 'USD', 'Import charges') : null;
  d.importCharges = m ? { ...m, label: 'Import charges' } : null;
  return d;
}

export const temu: Adapter = {
  id: 'temu',
  name: 'Temu',
  pageKinds: ['product', 'order'],
  examples: [
    'https://www.temu.com/stainless-steel-water-bottle-g-601099512345678.html',
    'https://www.temu.com/bgt_order_detail.html?parent_order_sn=PO-211-01234567890123456',
    'https://www.temu.com/cart.html',
  ],
  hosts: ['https://www.temu.com/*'],
  matches: (url) => (url.protocol === 'https:' || url.protocol === 'http:') && HOST_RE.test(url.hostname),
  extract(doc, url) {
    const kind = kindOf(url);
    if (kind === 'product') return goods(doc, url);
    if (/^\/cart\.html/.test(url.pathname)) return cart(doc, url);
    const d = newDraft('temu', url, kind);
    // temu.com (the US site) bills in USD; a "$" there is a US dollar
    if (kind === 'order') readOrder(doc, d, 'shopper', ORDER, 'USD', 'This Temu order page');
    else {
      setText(d, 'title', [['title', doc.querySelector('title')?.textContent]]);
      addNote(d, 'page', 'NOT_A_PRODUCT_PAGE', 'This Temu page is not a goods, cart or order page');
    }
    return d;
  },
};

// Fixtures (test/fixtures/pages/temu/) and the real pages they stand for:
//   goods  https://www.temu.com/...-g-601099512345678.html (JSON-LD Product, store, ships from,
//          the Import charges row under the price)
//   cart   https://www.temu.com/cart.html (summary with Import charges; page kind "other")
//   order  https://www.temu.com/bgt_order_detail.html?parent_order_sn=PO-... (order details
//          with the Import charges row)

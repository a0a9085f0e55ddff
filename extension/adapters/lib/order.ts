// Order pages: the empty order a role starts from, the "what is missing" note, and a reader
// for order pages laid out as an OrderLayout says (labelled summary fields, address block, items).
import { addNote } from '../draft.ts';
import type { Draft } from '../types.ts';
import { partyOf } from './address.ts';
import { pageLang } from './country.ts';
import { isoDate } from './dates.ts';
import { labelled } from './labelled.ts';
import { linesOf } from './lines.ts';
import { moneyOf, sitePrice } from './site-price.ts';
import { textOf } from './query.ts';
import { cleanText } from './text.ts';

/** Marks a draft as an order page of a role with every order field null (filled by the adapter). */
export function emptyOrder(role: 'shopper' | 'seller'): NonNullable<Draft['order']> {
  return { role, date: null, total: null, sellerAccount: null, buyer: null, deliverTo: null, trackingNumber: null, carrier: null };
}

/** Notes, by name, every order field the page did not show (a seller page's missing elements). */
export function noteMissingOrderFields(d: Draft, where: string): void {
  const o = d.order;
  if (!o) return;
  const names: Record<string, string> = {
    date: 'order date',
    total: 'order total',
    buyer: 'buyer',
    deliverTo: 'ship-to (final deliver-to) address',
    trackingNumber: 'tracking number',
  };
  const missing = Object.keys(names).filter((k) => o[k as keyof typeof o] === null);
  if (d.orderId === null) missing.unshift('orderId');
  if (missing.length) addNote(d, 'order', 'ORDER_FIELDS_MISSING', `${where} shows no ${missing.map((k) => names[k] ?? 'order number').join(', ')}`);
}

/** Where an order page keeps each field: label patterns (read with `labelled`) and selectors. */
export interface OrderLayout {
  /** the section holding the labelled fields (order number, date, total, tracking, ...) */
  summary: string;
  orderId: RegExp;
  date: RegExp;
  total: RegExp;
  tracking?: RegExp;
  carrier?: RegExp;
  buyer?: RegExp;
  seller?: RegExp;
  /** the ship-to address block */
  address: string;
  item: string;
  itemTitle: string;
  itemPrice: string;
  itemQty: RegExp;
  itemSku?: RegExp;
  /** the page's separate import-charges row, if it has one (Temu) */
  importCharges?: RegExp;
}

/** Reads an order page laid out as `layout` says into `d` (kind order or seller-order). */
export function readOrder(doc: Document, d: Draft, role: 'shopper' | 'seller', layout: OrderLayout, cur: string | null, where: string): void {
  const order = emptyOrder(role);
  const sum = doc.querySelector(layout.summary);
  const get = (re: RegExp | undefined) => (re ? (labelled(sum, re)?.value ?? null) : null);
  d.orderId = get(layout.orderId)?.replace(/^#\s*/, '') ?? null;
  order.date = isoDate(get(layout.date));
  order.total = moneyOf(d, 'order', get(layout.total), cur, 'order total');
  order.trackingNumber = get(layout.tracking);
  order.carrier = get(layout.carrier);
  const buyer = get(layout.buyer);
  if (buyer) order.buyer = { name: buyer, line1: null, line2: null, city: null, region: null, postalCode: null, country: null };
  const seller = get(layout.seller);
  if (seller) {
    d.seller = cleanText(seller, 200);
    d.sources.seller = 'dom';
  }
  order.deliverTo = partyOf(linesOf(doc.querySelector(layout.address)), pageLang(doc));
  if (layout.importCharges) {
    const v = get(layout.importCharges);
    const m = v ? moneyOf(d, 'importCharges', v, cur, 'import charges') : null;
    d.importCharges = m ? { ...m, label: 'Import charges' } : null;
  }
  d.lines = Array.from(doc.querySelectorAll(layout.item))
    .slice(0, 200)
    .map((el) => {
      const price = sitePrice(d, 'dom', textOf(el.querySelector(layout.itemPrice), 60), cur, 'item price');
      const qtyText = labelled(el, layout.itemQty)?.value ?? '1';
      const qty = Number(/\d+/.exec(qtyText)?.[0] ?? NaN);
      return {
        title: textOf(el.querySelector(layout.itemTitle), 500),
        quantity: Number.isInteger(qty) && qty > 0 ? qty : null,
        price: price && !price.max ? price.amount : null,
        currency: price && !price.max ? price.currency : null,
        origin: null,
        sku: layout.itemSku ? (labelled(el, layout.itemSku)?.value ?? null) : null,
      };
    });
  d.order = order;
  if (d.lines.length === 1) d.title = d.lines[0].title;
  noteMissingOrderFields(d, where);
}

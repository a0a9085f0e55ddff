// Helpers the marketplace adapters share (issue 6): selector lists tried in order, label/value
// pairs ("Ship to", "Tracking ID", "Import charges"), a site's default currency applied to a
// bare or shared symbol ("$" on amazon.com), JSON embedded in a page's scripts, address blocks,
// dates as order pages write them, and country names in the page's own language. Pure: they read
// the document they are given and nothing else. Prices go through core's one parser
// (core/extract/price.ts); JSON-LD through lib/jsonld.ts via the generic adapter.
import { parsePrice } from '../../../core/extract/price.ts';
import { isCountry } from '../../../core/geo/countries.ts';
import { isCurrency } from '../../../core/money/currencies.ts';
import { addNote, type PriceClaim } from '../draft.ts';
import type { Draft, DraftField, DraftMoney, DraftParty, Source } from '../types.ts';
import { countryCode } from './country.ts';
import { cleanText } from './text.ts';

type Root = Document | Element;

/**
 * Elements by id for the ids that lead a set of selectors, found in ONE pass over the document.
 * Why: under linkedom (`s321 extract`, the bench) every document-wide querySelectorAll walks the
 * whole tree through a CSS matcher (about 8 ms on a 1.3 MB Amazon page), so an adapter with 20
 * selectors would take 150 ms; anchoring them on ids keeps extraction within its 20 ms budget.
 * In a browser this costs well under a millisecond.
 */
export interface IdIndex {
  doc: Document;
  byId: Map<string, Element>;
}
export type Scope = Root | IdIndex;

export function idIndex(doc: Document, selectors: Iterable<string>): IdIndex {
  const want = new Set<string>();
  for (const s of selectors) for (const part of s.split(',')) {
    const m = /^\s*#([\w-]+)/.exec(part);
    if (m) want.add(m[1]);
  }
  const byId = new Map<string, Element>();
  if (want.size) {
    // an explicit element walk: linkedom's getElementsByTagName('*') returns nothing, and its
    // TreeWalker and querySelectorAll('[id]') are two to three times slower than this
    let e: Element | null = doc.documentElement;
    let found = 0;
    while (e && found < want.size) {
      const id = e.getAttribute('id');
      if (id && want.has(id) && !byId.has(id)) {
        byId.set(id, e);
        found++;
      }
      let next: Element | null = e.firstElementChild;
      while (!next && e) {
        next = e.nextElementSibling;
        if (!next) e = e.parentElement;
      }
      e = next;
    }
  }
  return { doc, byId };
}

/** querySelectorAll through an IdIndex: "#anchor rest" queries only the anchor's subtree. A
 * selector list must not hold commas inside attribute values. */
export function queryAll(scope: Scope, sel: string): Element[] {
  if (!('byId' in scope)) return Array.from(scope.querySelectorAll(sel));
  const out: Element[] = [];
  for (const part of sel.split(',')) {
    const m = /^\s*#([\w-]+)(?:\s+(.+?))?\s*$/.exec(part);
    if (!m) {
      out.push(...Array.from(scope.doc.querySelectorAll(part)));
      continue;
    }
    const el = scope.byId.get(m[1]);
    if (!el) continue;
    if (m[2]) out.push(...Array.from(el.querySelectorAll(m[2])));
    else out.push(el);
  }
  return out;
}

export function queryOne(scope: Scope, sel: string): Element | null {
  return queryAll(scope, sel)[0] ?? null;
}

/** Cleaned text of the first element a selector finds, with the selector that found it. */
export function pick(root: Scope, selectors: readonly string[], max = 300): { text: string; selector: string; el: Element } | null {
  for (const selector of selectors) {
    for (const el of queryAll(root, selector)) {
      const t = cleanText(el.getAttribute('content') ?? el.textContent, max);
      if (t) return { text: t, selector, el };
    }
  }
  return null;
}

export function textOf(el: Element | null | undefined, max = 300): string | null {
  return el ? cleanText(el.textContent, max) : null;
}

/** Lines of an element's text, split at <br>, block children and list items (address blocks). */
export function linesOf(el: Element | null | undefined): string[] {
  if (!el) return [];
  const out: string[] = [];
  let cur = '';
  const flush = () => {
    const t = cleanText(cur, 200);
    if (t) out.push(t);
    cur = '';
  };
  const walk = (n: Node) => {
    for (const c of Array.from(n.childNodes)) {
      if (c.nodeType === 3) cur += c.textContent ?? '';
      else if (c.nodeType === 1) {
        const tag = (c as Element).tagName.toLowerCase();
        if (tag === 'br') flush();
        else if (tag === 'script' || tag === 'style') continue;
        else if (/^(div|p|li|dd|dt|tr|ul|ol|address)$/.test(tag)) {
          flush();
          walk(c);
          flush();
        } else {
          cur += ' ';
          walk(c);
          cur += ' ';
        }
      }
    }
  };
  walk(el);
  flush();
  return out.slice(0, 12);
}

/**
 * Label/value pairs of an order or shipping section: <dt>/<dd>, <th>/<td>, two-cell rows, and a
 * label element followed by its value sibling. The first pair whose label matches wins. `root`
 * bounds the scan (a section, not a 1 MB page).
 */
export function labelled(root: Root | null | undefined, label: RegExp, scope = 'dt, th, td, span, div, label, strong, b, h2, h3, h4, p'): { value: string; el: Element } | null {
  if (!root) return null;
  let seen = 0;
  for (const el of root.querySelectorAll(scope)) {
    if (++seen > 3000) return null;
    // only the element that holds the label text itself (no element children with text)
    if (Array.from(el.children).some((c) => (c.textContent ?? '').trim())) continue;
    const own = cleanText(el.textContent, 120);
    if (!own || own.length > 60) continue;
    const bare = own.replace(/\s*[:：]\s*$/, '');
    if (!label.test(bare)) {
      // "Order ID: 123" in one element
      const m = /^([^:：]{2,40})[:：]\s*(.+)$/.exec(own);
      if (m && label.test(m[1].trim())) return { value: m[2].trim(), el };
      continue;
    }
    let sib: Element | null = el.nextElementSibling;
    if (!sib && el.parentElement) {
      // <span><span>Label</span></span><span>value</span>: climb one level
      sib = el.parentElement.children.length === 1 ? el.parentElement.nextElementSibling : null;
    }
    const v = sib ? cleanText(sib.textContent, 300) : null;
    if (v && sib) return { value: v, el: sib };
  }
  return null;
}

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

/** What one scriptJson call may read: scripts over MAX_SCRIPT characters are skipped, at most
 * MAX_SCRIPTS_TOTAL characters of script text are searched, at most MAX_OPENINGS openings per
 * script are tried, and the brace matching after all openings together reads at most
 * MAX_MATCHING characters. Why: a page of 40 one-megabyte scripts, each opening the same
 * marker 20 times without closing it, took 0.8 to 1 s per call when every opening was matched
 * to the end of its script; the budgets make the cost linear in what a real page holds. */
export const SCRIPT_BUDGET = { MAX_SCRIPT: 3_000_000, MAX_SCRIPTS_TOTAL: 12_000_000, MAX_OPENINGS: 20, MAX_MATCHING: 4_000_000 } as const;

/** Finds `marker` in the page's inline scripts and parses the JSON object or array that follows
 * it (`window.runParams = {...}`). Bounded by SCRIPT_BUDGET. null when absent or not valid JSON. */
export function scriptJson(doc: Document, marker: RegExp, selector = 'script:not([src])'): unknown {
  const re = new RegExp(marker.source, marker.flags.includes('g') ? marker.flags : marker.flags + 'g');
  let searched = 0;
  const matching = { left: SCRIPT_BUDGET.MAX_MATCHING };
  for (const s of doc.querySelectorAll(selector)) {
    const text = s.textContent ?? '';
    if (text.length > SCRIPT_BUDGET.MAX_SCRIPT) continue;
    searched += text.length;
    if (searched > SCRIPT_BUDGET.MAX_SCRIPTS_TOTAL || matching.left <= 0) return null;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    let tries = 0;
    while (tries++ < SCRIPT_BUDGET.MAX_OPENINGS && (m = re.exec(text))) {
      let i = m.index + m[0].length;
      while (i < text.length && /[\s=:(]/.test(text[i])) i++;
      const body = balanced(text, i, matching);
      if (!body) {
        if (matching.left <= 0) return null;
        continue;
      }
      try {
        return JSON.parse(body);
      } catch {
        continue;
      }
    }
  }
  return null;
}

/** The balanced {...} or [...] starting at `start`, honouring JSON strings; null when unbalanced
 * or when it would read more than `budget.left` characters (which it spends). */
function balanced(text: string, start: number, budget: { left: number }): string | null {
  const open = text[start];
  if (open !== '{' && open !== '[') return null;
  let depth = 0;
  let inString = false;
  const end = Math.min(text.length, start + budget.left);
  for (let i = start; i < end; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') inString = true;
    else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') {
      depth--;
      if (depth === 0) {
        budget.left -= i + 1 - start;
        return text.slice(start, i + 1);
      }
    }
  }
  budget.left -= end - start;
  return null;
}

/** obj.a.b.c without throwing; undefined when any step is missing. */
export function dig(obj: unknown, ...path: Array<string | number>): unknown {
  let v: unknown = obj;
  for (const k of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string | number, unknown>)[k];
  }
  return v;
}

export function str(v: unknown, max = 300): string | null {
  return typeof v === 'string' || typeof v === 'number' ? cleanText(String(v), max) : null;
}

const byLang = new Map<string, Map<string, string>>();

/** A country as the page writes it, in English or in the page's language ("Estados Unidos" on an
 * es page, "Deutschland" on a de page), via the built-in Intl.DisplayNames. null when unknown. */
export function countryIn(text: string | null | undefined, lang: string | null): string | null {
  if (!text) return null;
  const en = countryCode(text);
  if (en) return en;
  const l = (lang ?? '').toLowerCase().split(/[-_]/)[0];
  if (!/^[a-z]{2,3}$/.test(l) || l === 'en') return null;
  let names = byLang.get(l);
  if (!names) {
    names = new Map();
    try {
      const dn = new Intl.DisplayNames([l], { type: 'region' });
      for (let a = 65; a <= 90; a++) {
        for (let b = 65; b <= 90; b++) {
          const code = String.fromCharCode(a, b);
          if (!isCountry(code)) continue;
          const name = dn.of(code);
          if (name && name !== code) names.set(name.toLowerCase(), code);
        }
      }
    } catch {
      /* no Intl data for this language */
    }
    byLang.set(l, names);
  }
  return names.get(text.trim().toLowerCase().replace(/\.$/, '')) ?? null;
}

export function pageLang(doc: Document): string | null {
  return doc.documentElement?.getAttribute('lang') ?? null;
}

/** Sets shipsFrom/origin from the page's words, or notes why not (never a guess). */
export function setCountry(d: Draft, field: 'shipsFrom' | 'origin', text: string | null, lang: string | null, what: string): void {
  if (!text) return;
  const code = countryIn(text, lang);
  if (code) {
    d[field] = code;
    d.sources[field] = 'dom';
  } else {
    addNote(d, field, 'COUNTRY_UNREADABLE', `${what} "${text.slice(0, 60)}", which names no country this tool can read`);
  }
}

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

/** YYYY-MM-DD from "March 3, 2025", "3 Mar 2025", "Mar 03, 2025 10:22 PM", "2025-03-03" or
 * "2025/03/03"; null for anything else (day-first numeric dates are ambiguous, so not read). */
export function isoDate(text: string | null | undefined): string | null {
  if (!text) return null;
  const t = text.trim();
  const month = (name: string) => MONTHS[name.slice(0, 4).toLowerCase()] ?? MONTHS[name.slice(0, 3).toLowerCase()];
  let y: number, m: number, day: number;
  let r = /(\d{4})[-/年.](\d{1,2})[-/月.](\d{1,2})/.exec(t);
  if (r) [y, m, day] = [+r[1], +r[2], +r[3]];
  else if ((r = /\b([A-Za-z]{3,9})\.? (\d{1,2}),? (\d{4})\b/.exec(t)) && month(r[1])) [y, m, day] = [+r[3], month(r[1]), +r[2]];
  else if ((r = /\b(\d{1,2}) ([A-Za-z]{3,9})\.?,? (\d{4})\b/.exec(t)) && month(r[2])) [y, m, day] = [+r[3], month(r[2]), +r[1]];
  else return null;
  const dt = new Date(Date.UTC(y, m - 1, day));
  if (dt.getUTCFullYear() !== y || dt.getUTCMonth() !== m - 1 || dt.getUTCDate() !== day) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Reads an address block as a marketplace prints it: name, street line(s), "City, ST 12345" (or
 * "12345 City"), country. Only what the lines say: a part it cannot place stays null. The
 * country line is read in English or the page's language; without one, country is null.
 */
export function partyOf(lines: string[], lang: string | null): DraftParty | null {
  const ls = lines.map((l) => l.trim()).filter(Boolean).filter((l) => !/^(phone|tel|telephone|phone number)\b/i.test(l));
  if (ls.length === 0) return null;
  const p: DraftParty = { name: null, line1: null, line2: null, city: null, region: null, postalCode: null, country: null };
  const last = ls[ls.length - 1];
  const country = countryIn(last, lang);
  if (country && ls.length > 1) {
    p.country = country;
    ls.pop();
  }
  p.name = cleanText(ls.shift(), 200);
  // the locality line: "Austin, TX 78701-1234", "Leeds LS1 4AP", "10115 Berlin", "Lyon 69002"
  let locality = -1;
  for (let i = ls.length - 1; i >= 0 && locality < 0; i--) {
    if (/\d/.test(ls[i]) && (/,/.test(ls[i]) || /^\d{4,5}\s/.test(ls[i]) || /\s\d{4,5}(-\d{4})?$/.test(ls[i]) || /[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$/.test(ls[i]))) locality = i;
  }
  if (locality >= 0) {
    const loc = ls.splice(locality, 1)[0];
    let r: RegExpExecArray | null;
    if ((r = /^(.+?),\s*([A-Za-z .]+?)\s+(\d{5}(?:-\d{4})?|[A-Z]\d[A-Z] ?\d[A-Z]\d)$/.exec(loc))) [p.city, p.region, p.postalCode] = [r[1], r[2], r[3]];
    else if ((r = /^(\d{4,5})\s+(.+)$/.exec(loc))) [p.postalCode, p.city] = [r[1], r[2]];
    else if ((r = /^(.+?)[, ]+([A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2})$/.exec(loc))) [p.city, p.postalCode] = [r[1].replace(/,$/, ''), r[2]];
    else if ((r = /^(.+?),?\s+(\d{4,5})$/.exec(loc))) [p.city, p.postalCode] = [r[1], r[2]];
    else p.city = loc;
  }
  p.line1 = cleanText(ls[0], 200);
  p.line2 = ls.length > 1 ? cleanText(ls.slice(1).join(', '), 200) : null;
  return p;
}

/** A currency code a page states (data attribute, JSON), upper-cased, or null. */
export function currencyCode(v: unknown): string | null {
  return typeof v === 'string' && isCurrency(v.trim().toUpperCase()) ? v.trim().toUpperCase() : null;
}

/** Marks a draft as an order page of a role with every order field null (filled by the adapter). */
export function emptyOrder(role: 'shopper' | 'seller'): NonNullable<Draft['order']> {
  return { role, date: null, total: null, sellerAccount: null, buyer: null, deliverTo: null, trackingNumber: null, carrier: null };
}

/** Notes, by name, every order field the page did not show (a seller page's missing elements). */
export function noteMissingOrderFields(d: Draft, where: string): void {
  const o = d.order;
  if (!o) return;
  const names: Record<string, string> = { date: 'order date', total: 'order total', buyer: 'buyer', deliverTo: 'ship-to (final deliver-to) address', trackingNumber: 'tracking number' };
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
  const get = (re: RegExp | undefined) => (re ? labelled(sum, re)?.value ?? null : null);
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
        sku: layout.itemSku ? labelled(el, layout.itemSku)?.value ?? null : null,
      };
    });
  d.order = order;
  if (d.lines.length === 1) d.title = d.lines[0].title;
  noteMissingOrderFields(d, where);
}

/** "Ships from X" in the languages of the marketplaces' own sites, as data. */
export const SHIPS_FROM_PHRASES: readonly RegExp[] = [
  /^(?:ships|dispatches|dispatched|shipped) from:?\s+(.+?)\.?$/i,
  /^se env[ií]a desde:?\s+(.+?)\.?$/i,
  /^versand (?:aus|von):?\s+(.+?)\.?$/i,
  /^(?:exp[ée]di[ée]|envoy[ée]) depuis:?\s+(.+?)\.?$/i,
  /^spedi(?:to|zione) da:?\s+(.+?)\.?$/i,
  /^verzonden (?:vanuit|uit):?\s+(.+?)\.?$/i,
];

export function shipsFromText(text: string | null | undefined): string | null {
  if (!text) return null;
  for (const re of SHIPS_FROM_PHRASES) {
    const m = re.exec(text.trim());
    if (m) return m[1].trim();
  }
  return null;
}

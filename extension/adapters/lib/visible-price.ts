// The visible-page layer: the main product's current price as a person sees it, for pages whose
// selectors and structured data state none (or state several that disagree). Pure DOM reads
// (tag names, attributes, text): it runs the same under linkedom, which has no layout, so
// "prominent" and "near" are read from the markup, not from pixels.
//
// Candidates are the short texts of the page that read as one price (core's parsePrice) and
// either name a currency or sit in an element whose class says "price". Each gets the features
// below (0..1); a logistic score with the weights in visible-price-weights.ts (data, obtained as
// that file says) ranks them, and the best wins only above the weights' threshold: no candidate
// good enough gives null, never a guess. The features encode what the issue and the pages show
// about a main price: close to the title (the page's main heading) and the buy control, inside
// price-named markup, not struck through, not a "was/save/from/per unit/shipping/instalment/
// approximately" figure, not in a header, footer, link card or carousel of other products.
import { parsePrice } from '../../../core/page.ts';
import { cleanText, shortText } from './text.ts';
import { VISIBLE_PRICE_MODEL } from './visible-price-weights.ts';

export const FEATURES = [
  'currency',
  'priceClass',
  'currentClass',
  'badClass',
  'struck',
  'badContext',
  'nearTitle',
  'nearBuy',
  'afterTitle',
  'orderNear',
  'inLink',
  'zero',
  'repeated',
  'firstAfterTitle',
  'emphasis',
  'pageChrome',
  'itemprop',
  'oldClass',
] as const;
export type Feature = (typeof FEATURES)[number];

export interface PriceCandidate {
  text: string;
  amount: string;
  /** the currency the text names, or null */
  currency: string | null;
  /** what a shared symbol could mean, when currency is null because of it */
  symbolCurrencies: string[] | null;
  features: Record<Feature, number>;
  score: number;
}

/** Elements whose content no shopper reads as the page's text. */
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'head', 'select', 'option', 'textarea', 'iframe', 'object', 'canvas']);
const BUY_RE =
  /add[\s_-]*to[\s_-]*(cart|bag|basket|trolley)|buy[\s_-]*(it[\s_-]*)?now|\bbuy\b|checkout|in den (warenkorb|einkaufswagen)|warenkorb|ajouter au panier|panier|aggiungi al carrello|carrello|añadir al carrito|carrito|comprar|adicionar ao carrinho|do koszyka|do košíku|košík|kosár|ostukorvi|v košarico|košarica|в корзину|купить|оформить заказ|заказать|korzina|sepete ekle|加入购物车|立即购买|購物車|購買|カートに入れる|今すぐ買う|장바구니|구매하기|lisää ostoskoriin|læg i kurv|lägg i varukorg|legg i handlekurv|in winkelwagen|add-to-cart|addtocart|buybox|buy-box/i;
/** class and id names of buy controls ("btn-buy", "gotobuy", "addToCart", "add-to-bag") */
const BUY_MARKUP_RE =
  /buy|add-?to-?(cart|bag|basket)|addto(cart|bag|basket)|cart-?add|add-?cart|purchase|checkout|warenkorb|panier|carrello|carrito|koszyk|kosik|korzin/i;
const PRICE_CLASS_RE = /price|preis|prix|prezzo|precio|preco|preço|cena|cijena|hinta|pris|kaina|hind|fiyat|harga|amount|цена|цін|價|价|가격|値段|価格/i;
const CURRENT_CLASS_RE =
  /sale|now|current|final|actual|special|offer|promo|deal|selling|our-?price|price-?now|product-?price|main-?price|price-?main|big|large|primary|regular-?price-?value|pdp/i;
/** markup that names a former or reference price: the figure a sale price is compared with */
const OLD_CLASS_RE = /\bold|was-?price|price-?was|strike|crossed|original|compare|before|rrp|msrp|uvp|list-?price|price-?list|previous|\bprev/i;
const BAD_CLASS_RE =
  /\bold|was|strike|through|original|compare|before|rrp|msrp|uvp|list-?price|crossed|save|saving|discount|shipping|delivery|postage|freight|instal|monthly|per-?month|unit-?price|base-?price|price-?per|tax|vat|total|cart|basket|minicart|related|recommend|carousel|slider|swiper|similar|upsell|cross-?sell|accessor|bundle|review|rating|footer|header|\bnav|menu|breadcrumb|filter|facet|voucher|coupon|points|reward|loyalty|financ|credit|klarna|afterpay|paypal|tile|card|teaser|sku-?list|grid|listing|widget/i;
const BAD_CONTEXT_RE =
  /\b(was|were|reg\.?|regular|list|rrp|msrp|uvp|statt|vorher|avant|au lieu de|prima|invece di|antes|antes:|before|from|ab|dès|à partir de|a partire da|desde|od|save|spar|sparen|économisez|risparmi|ahorra|you save|per|pro|each|approx\.?|approximately|circa|environ|ca\.|about|ungefähr|shipping|delivery|versand|livraison|spedizione|envío|postage|plus|zzgl\.?|\+|monthly|\/mo|\/month|month|mes|monat|mois|installments?|instalments?|cuotas|rate|x\s*\d)\s*:?\s*$/i;
/** a price before tax ("Brez DDV: 81.97€", "excl. VAT", "ohne MwSt.", "HT"): not what a shopper pays */
const EX_TAX_RE =
  /\b(excl\.?|exkl\.?|ex\.?|excluding|ohne|without|brez|bez|sin|senza|hors|net of)\s*(vat|tax|taxes|mwst\.?|ust\.?|ddv|dph|iva|tva|pdv|áfa|moms|alv)\b|\bHT\b|\bnetto\b/i;
const UNIT_AFTER_RE = /^\s*(\/|per\b|pro\b|je\b|each|ea\b|\/?\s*(kg|g|l|ml|m|m2|m²|100\s*g|100\s*ml|stk|st\.|pc|pcs|unit)\b|x\b|month|mo\b|mes|monat|mois)/i;

/** One walk of a page's visible markup, shared by the visible price and the visible SKU. */
export interface PageScan {
  title: Element | null;
  buys: Element[];
  texts: Array<{ el: Element; order: number }>;
  orderOf: Map<Element, number>;
  /** text nodes that hold a colon or an id-like label, for labelled values ("Product code: 123") */
  labels: Text[];
  /** short texts that state availability ("In stock", "Sold out"), with their document order */
  stock: Array<{ availability: 'InStock' | 'OutOfStock' | 'PreOrder'; order: number }>;
}

/** Availability as shops print it, in the languages of the development pages and the
 * marketplaces' sites. Data: extend with evidence. Out-of-stock phrases are tried first
 * ("not in stock" holds "in stock"). */
const STOCK_PHRASES: ReadonlyArray<['InStock' | 'OutOfStock' | 'PreOrder', RegExp]> = [
  [
    'OutOfStock',
    /^(out of stock|sold out|currently unavailable|temporarily out of stock|not available|no longer available|nicht (auf lager|verfügbar|lieferbar)|ausverkauft|rupture de stock|épuisé|indisponible|esaurito|non disponibile|agotado|sin stock|no disponible|esgotado|indisponível|brak w magazynie|niedostępny|vypredané|nedostupné|vyprodáno|razprodano|ni na zalogi|nav noliktavā|laost otsas|нет в наличии|распродано|немає в наявності|在庫切れ|売り切れ|缺貨|售完|品切れ|품절|일시품절)[.!]?$/i,
  ],
  ['PreOrder', /^(pre-?order|vorbestellen|précommander|preordina|reservar|предзаказ)[.!]?$/i],
  [
    'InStock',
    /^(in stock|available|auf lager|sofort lieferbar|lieferbar|verfügbar|en stock|disponible|disponibile|in magazzino|en existencia|em estoque|disponível|na stanie|dostępny|skladom|na skladě|na zalogi|dobavljivo|na voljo|noliktavā|pieejams|laos|в наличии|є в наявності|在庫あり|有現貨|有货|현재 재고|재고 있음|op voorraad|på lager)[.!]?$/i,
  ],
];

function attrText(el: Element): string {
  return `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''} ${el.getAttribute('itemprop') ?? ''} ${el.getAttribute('data-testid') ?? el.getAttribute('data-test') ?? ''}`;
}

function hidden(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return style !== null && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

/** Words of a text, for comparing a heading to the page's title. */
function words(text: string | null | undefined): Set<string> {
  return new Set(
    (text ?? '')
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length > 1),
  );
}

/** One bounded, iterative walk of the body: the headings, the buy controls, and the elements
 * that directly hold a digit. */
export function scanPage(doc: Document, titleHint: string | null, maxElements = 60_000): PageScan {
  const orderOf = new Map<Element, number>();
  const buys: Element[] = [];
  const texts: Array<{ el: Element; order: number }> = [];
  const labels: Text[] = [];
  const stock: PageScan['stock'] = [];
  const headings: Element[] = [];
  const body = doc.body ?? doc.documentElement;
  if (!body) return { title: null, buys, texts, orderOf, labels, stock };
  const stack: Element[] = [body];
  let order = 0;
  while (stack.length > 0 && order < maxElements) {
    const el = stack.pop()!;
    const tag = el.tagName.toLowerCase();
    if (SKIP.has(tag) || hidden(el)) continue;
    orderOf.set(el, order++);
    if (tag === 'h1' || (tag === 'h2' && headings.length === 0)) headings.push(el);
    if (
      (tag === 'button' || tag === 'input' || tag === 'a' || el.getAttribute('role') === 'button') &&
      buys.length < 20 &&
      (tag !== 'input' || /submit|button|image/i.test(el.getAttribute('type') ?? ''))
    ) {
      if (BUY_MARKUP_RE.test(attrText(el))) buys.push(el);
      else {
        // a control's words; a link's only when it is small (a large link is a product card,
        // and reading the text of every link of a page costs more than the rest of the scan)
        const own = tag === 'input' ? (el.getAttribute('value') ?? '') : tag === 'a' && el.childElementCount > 2 ? '' : (shortText(el, 80) ?? '');
        const words = tag === 'a' && own.trim().length > 30 ? '' : own;
        if (BUY_RE.test(`${words} ${el.getAttribute('aria-label') ?? ''} ${el.getAttribute('name') ?? ''}`)) buys.push(el);
      }
    }
    let holdsDigit = false;
    for (let n = el.firstChild; n; n = n.nextSibling) {
      if (n.nodeType !== 3) continue;
      const t = n.textContent ?? '';
      // a price is a short text; a digit in a sentence is not one (and reading the text around
      // every digit of a long page costs more than the rest of the scan)
      if (!holdsDigit && t.length < 120 && /\d/.test(t) && t.trim().length <= 40) holdsDigit = true;
      if (labels.length < 200 && t.length < 200 && /[:：#]/.test(t)) labels.push(n as Text);
      if (stock.length < 50 && t.length < 60 && /\p{L}/u.test(t)) {
        const availability = availabilityOfText(t);
        if (availability) stock.push({ availability, order: order - 1 });
      }
    }
    if (holdsDigit) texts.push({ el, order: order - 1 });
    const children = el.children;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
  // the title: the heading that shares most words with the page's title, else the first h1
  // with text (a logo in an h1 has none)
  const hint = words(titleHint?.slice(0, 1000));
  let title: Element | null = null;
  let best = -1;
  for (const h of headings.slice(0, 10)) {
    const own = words(shortText(h, 1000));
    if (own.size === 0) continue;
    let shared = 0;
    for (const w of own) if (hint.has(w)) shared++;
    if (shared > best) [title, best] = [h, shared];
  }
  return { title, buys, texts, orderOf, labels, stock };
}

/** Availability a short text states ("In Stock.", "Currently unavailable.", "Auf Lager"), or null. */
export function availabilityOfText(text: string | null | undefined): 'InStock' | 'OutOfStock' | 'PreOrder' | null {
  if (!text || text.length > 60) return null;
  const phrase = text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[✓✔•·]\s*/, '');
  return STOCK_PHRASES.find(([, re]) => re.test(phrase))?.[0] ?? null;
}

/** The availability the page states nearest after its main heading (a related product's "Sold
 * out" comes later), or null. */
export function visibleAvailability(scan: PageScan): 'InStock' | 'OutOfStock' | 'PreOrder' | null {
  const titleOrder = scan.title ? (scan.orderOf.get(scan.title) ?? -1) : -1;
  if (titleOrder < 0) return null;
  const after = scan.stock.filter((s) => s.order > titleOrder).sort((a, b) => a.order - b.order)[0];
  return after && after.order - titleOrder < 400 ? after.availability : null;
}

function ancestors(el: Element, max: number): Element[] {
  const out: Element[] = [];
  for (let e = el.parentElement; e && out.length < max; e = e.parentElement) out.push(e);
  return out;
}

const LIMIT = 40;

/** An element's ancestors with their distance, to measure tree distances to it. */
function ancestry(b: Element): Map<Element, number> {
  const depthOf = new Map<Element, number>();
  let d = 0;
  for (let e: Element | null = b; e && d <= LIMIT; e = e.parentElement) depthOf.set(e, d++);
  return depthOf;
}

/** Edges between an element and the one `to` describes (bounded; LIMIT when unrelated). */
function treeDistance(a: Element, to: Map<Element, number> | null): number {
  if (!to) return LIMIT;
  let d = 0;
  for (let e: Element | null = a; e && d <= LIMIT; e = e.parentElement, d++) {
    const other = to.get(e);
    if (other !== undefined) return Math.min(LIMIT, d + other);
  }
  return LIMIT;
}

function letters(text: string): number {
  return text.replace(/[^\p{L}]/gu, '').length;
}

/** The element that holds the whole price: climbs from the digit's element while the parent's
 * text still reads as the same single price ("<span>€</span><span>12,99</span>"). */
function priceBox(el: Element): { el: Element; text: string } | null {
  // the element's own words first: a price element often holds a badge or an icon too
  // ("$229.990 <img> <span>-18%</span>"), which is not part of the price
  let own = '';
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 3) own += n.textContent ?? '';
  const ownText = el.childElementCount > 0 ? cleanText(own, 80) : null;
  let text = ownText && ownText.length <= 40 && parsePrice(ownText).ok ? ownText : cleanText(shortText(el, 640), 80);
  if (!text || text.length > 40) return null;
  let box = el;
  for (let i = 0; i < 3; i++) {
    const p = box.parentElement;
    if (!p || p.children.length > 6) break;
    const t = cleanText(shortText(p, 640), 80);
    if (!t || t.length > 40 || t === text) {
      if (t === text) box = p;
      continue;
    }
    // the parent adds only a currency or sign, not words ("Add to cart" is not part of a price)
    if (letters(t) - letters(text) > 3) break;
    const r = parsePrice(t);
    if (!r.ok || r.max) break;
    box = p;
    text = t;
  }
  return { el: box, text };
}

/** Whether the price box holds its whole text in a struck-through element ("<font><del>$420</del></font>"). */
function struckInside(box: Element, text: string): boolean {
  // a bounded walk, not querySelectorAll: the box may hold a subtree thousands deep
  const stack: Element[] = [box];
  for (let visited = 0; stack.length && visited < 200; visited++) {
    const el = stack.pop()!;
    if (el !== box && /^(del|s|strike)$/i.test(el.tagName) && cleanText(shortText(el, 640), 80) === text) return true;
    const kids = el.children;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
  }
  return false;
}

function contextBefore(el: Element): string {
  // the text just before the price in its parent (a label such as "Was" or "From")
  let prev = el.previousSibling;
  let text = '';
  for (let i = 0; prev && i < 3 && text.length < 40; i++, prev = prev.previousSibling) text = (shortText(prev, 40, true) ?? '') + text;
  if (!text.trim() && el.parentElement) {
    let p = el.parentElement.previousSibling;
    for (let i = 0; p && i < 2 && text.length < 40; i++, p = p.previousSibling) text = (shortText(p, 40, true) ?? '') + text;
  }
  return text.slice(-40);
}

function contextAfter(el: Element): string {
  let next = el.nextSibling;
  let text = '';
  for (let i = 0; next && i < 2 && text.length < 30; i++, next = next.nextSibling) text += shortText(next, 30) ?? '';
  return text.slice(0, 30);
}

function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

export function scoreOf(features: Record<Feature, number>, model = VISIBLE_PRICE_MODEL): number {
  let s = model.bias;
  for (const f of FEATURES) s += (model.weights[f] ?? 0) * features[f];
  return sigmoid(s);
}

/** Every price candidate of the page with its features and score, best first. Bounded: the
 * scan walks at most 60,000 elements and at most 200 candidates are scored. */
export function priceCandidates(doc: Document, titleHint: string | null, scan?: PageScan): PriceCandidate[] {
  const page = scan ?? scanPage(doc, titleHint);
  const seen = new Set<Element>();
  const raw: Array<{ el: Element; order: number; text: string; amount: string; currency: string | null; symbols: string[] | null }> = [];
  for (const { el, order } of page.texts) {
    if (raw.length >= 200) break;
    const box = priceBox(el);
    if (!box || seen.has(box.el)) continue;
    seen.add(box.el);
    if (/%/.test(box.text)) continue;
    let r = parsePrice(box.text);
    if (r.ok && !r.max && r.currency === null && !r.candidates) {
      // "<span>294</span><span>元</span>": the currency in the next (or previous) element alone
      const sibling = cleanText(shortText(box.el.nextElementSibling, 96), 12) ?? cleanText(shortText(box.el.previousElementSibling, 96), 12);
      const joined = sibling && !/\d/.test(sibling) ? parsePrice(`${box.text} ${sibling}`) : null;
      if (joined?.ok && !joined.max && (joined.currency !== null || joined.candidates)) {
        box.text = `${box.text} ${sibling}`;
        r = joined;
      }
    }
    if (!r.ok || r.max) continue;
    // a price names its currency or sits in price-named markup; "3 left" and "4.5 stars" do not
    const named = r.currency !== null || (r.candidates?.length ?? 0) > 0;
    const priceNamed = [box.el, ...ancestors(box.el, 2)].some((e) => PRICE_CLASS_RE.test(attrText(e)));
    if (!named && !priceNamed) continue;
    // without a currency only a bare number counts ("80,-"): "SKU 579695999" is a label and a code
    if (!named && /\p{L}/u.test(box.text)) continue;
    // texts that are mostly words ("Free delivery on orders over £20") are sentences, not prices
    const letters = box.text.replace(/[^\p{L}]/gu, '').length;
    if (letters > 12) continue;
    raw.push({ el: box.el, order: page.orderOf.get(box.el) ?? order, text: box.text, amount: r.amount, currency: r.currency, symbols: r.candidates ?? null });
  }
  const titleOrder = page.title ? (page.orderOf.get(page.title) ?? -1) : -1;
  const amounts = new Map<string, number>();
  for (const c of raw) amounts.set(c.amount, (amounts.get(c.amount) ?? 0) + 1);
  const titleAncestry = page.title ? ancestry(page.title) : null;
  const buyAncestry = page.buys.slice(0, 5).map(ancestry);
  const out: Array<PriceCandidate & { order: number }> = raw.map((c) => {
    const near = [c.el, ...ancestors(c.el, 3)];
    const wide = [c.el, ...ancestors(c.el, 6)];
    const before = contextBefore(c.el);
    const after = contextAfter(c.el);
    const buyDistance = Math.min(LIMIT, ...buyAncestry.map((b) => treeDistance(c.el, b)));
    const features: Record<Feature, number> = {
      currency: c.currency ? 1 : c.symbols ? 0.5 : 0,
      priceClass: near.some((e) => PRICE_CLASS_RE.test(attrText(e))) ? 1 : 0,
      currentClass: near.some((e) => CURRENT_CLASS_RE.test(attrText(e))) ? 1 : 0,
      badClass: wide.some((e) => BAD_CLASS_RE.test(attrText(e))) ? 1 : 0,
      struck:
        near.some((e) => /^(del|s|strike)$/i.test(e.tagName) || /line-through/i.test(e.getAttribute('style') ?? '')) || struckInside(c.el, c.text) ? 1 : 0,
      badContext: BAD_CONTEXT_RE.test(before.trim()) || UNIT_AFTER_RE.test(after) || EX_TAX_RE.test(`${before} ${c.text}`) ? 1 : 0,
      nearTitle: titleAncestry ? Math.max(0, 1 - treeDistance(c.el, titleAncestry) / 16) : 0,
      nearBuy: page.buys.length ? Math.max(0, 1 - buyDistance / 16) : 0,
      afterTitle: titleOrder >= 0 && c.order > titleOrder ? 1 : 0,
      orderNear: titleOrder >= 0 ? 1 / (1 + Math.abs(c.order - titleOrder) / 100) : 0,
      inLink: ancestors(c.el, 4).some((e) => e.tagName.toLowerCase() === 'a') || c.el.tagName.toLowerCase() === 'a' ? 1 : 0,
      zero: /^0+(\.0+)?$/.test(c.amount) ? 1 : 0,
      repeated: (amounts.get(c.amount) ?? 0) > 1 ? 1 : 0,
      firstAfterTitle: 0, // set below, among the candidates that can win
      emphasis: near.slice(0, 3).some((e) => /^(strong|b|h2|h3|h4|big)$/i.test(e.tagName)) ? 1 : 0,
      pageChrome: wide.some((e) => /^(header|footer|nav|aside)$/i.test(e.tagName)) ? 1 : 0,
      itemprop: near.some((e) => /\bprice\b/i.test(e.getAttribute('itemprop') ?? '')) ? 1 : 0,
      oldClass: [c.el, ...ancestors(c.el, 1)].some((e) => OLD_CLASS_RE.test(attrText(e))) ? 1 : 0,
    };
    return { text: c.text, amount: c.amount, currency: c.currency, symbolCurrencies: c.symbols, features, score: 0, order: c.order };
  });
  // the first price after the heading: when that one cannot be the price (a struck "was"
  // figure printed before the current one), the next one in the same price block is the first
  // the shopper pays; a next one far away belongs to something else (related products)
  const after = out.filter((c) => titleOrder >= 0 && c.order > titleOrder).sort((a, b) => a.order - b.order);
  const firstEligible = after.find(eligible);
  if (firstEligible && after[0] && firstEligible.order - after[0].order <= 30) firstEligible.features.firstAfterTitle = 1;
  return out.map(({ order: _order, ...c }) => ({ ...c, score: scoreOf(c.features) })).sort((a, b) => b.score - a.score);
}

/** Whether a candidate may be the price a shopper pays at all, whatever its score: never a
 * struck-through figure or one whose markup calls it old/original/list/compare-at, a
 * "was/save/from/per unit/shipping/instalment/approximately" figure, or zero. These are rules, not weights: the development pages hold too few of each for a fitted
 * weight to learn them, and a wrong price is worse than none. */
export function eligible(c: PriceCandidate): boolean {
  return c.features.struck === 0 && c.features.badContext === 0 && c.features.zero === 0 && c.features.oldClass === 0;
}

/** The page's main price, or null when no eligible candidate scores above the threshold. */
export function visiblePrice(doc: Document, titleHint: string | null): PriceCandidate | null {
  const best = priceCandidates(doc, titleHint).find(eligible);
  return best && best.score >= VISIBLE_PRICE_MODEL.threshold ? best : null;
}

/** Labels shops print before their own item number, in the languages of the development pages
 * and the marketplaces' sites. Data: extend with evidence. Not "model", "EAN" or "GTIN": those
 * name the manufacturer's numbers, not the shop's. */
const SKU_LABEL_RE =
  /^(?:sku|product code|product no\.?|product number|item no\.?|item number|item #|article number|art\.?-?nr\.?|artikelnummer|artikel-?nr\.?|bestellnummer|ref\.?|réf\.?|référence|reference|código|cód\.?|codice(?: articolo)?|cod\.?|kod(?: produktu)?|kód(?: produktu)?|šifra|koda|код(?: товара)?|артикул|tootekood|prekės kodas|cikkszám|numer katalogowy|商品編號|商品编号|商品番号|상품번호|品番)\s*[:：#]\s*(.*)$/i;
const SKU_VALUE_RE = /^[\p{L}\p{N}][\p{L}\p{N}\-_./]{1,39}$/u;

/** The shop's item number as the page labels it ("Product code: 46286401", "Код: 73556",
 * "〈商品編號：M67296549〉"), the first one in document order; null when none. */
export function visibleSku(scan: PageScan): string | null {
  for (const node of scan.labels) {
    const text = (node.textContent ?? '')
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/^[〈<(\[]/, '');
    const m = SKU_LABEL_RE.exec(text);
    if (!m) continue;
    let value = m[1].replace(/[〉>)\]]$/, '').trim();
    if (!value) {
      // "<dt>SKU:</dt><dd>123</dd>": the value is the next element's text
      const next = (shortText(node.nextSibling, 200) ?? '').trim() || (shortText(node.parentElement?.nextElementSibling, 200) ?? '').trim();
      value = next.split(/\s+/)[0] ?? '';
    } else {
      value = value.split(/\s+/)[0];
    }
    if (SKU_VALUE_RE.test(value) && /\d/.test(value)) return value;
  }
  return null;
}

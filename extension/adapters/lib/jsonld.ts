// JSON-LD readers: every <script type="application/ld+json"> block, arrays, @graph and nested
// nodes, Product nodes and their offers (Offer, AggregateOffer, nested offers, priceSpecification).
// Pure. Bounded, so a hostile page cannot make extraction slow or fail: a block over MAX_BLOCK
// characters is skipped, the blocks of a page together are parsed up to MAX_TOTAL characters
// (the rest are skipped and counted), and the walk is iterative (an explicit stack: nesting
// cannot overflow the call stack), stops MAX_DEPTH levels down and after MAX_NODES nodes.

export type LdNode = Record<string, unknown>;

export const MAX_BLOCK = 4_000_000;
/** all JSON-LD blocks of one page together: real product pages state a few to a few hundred
 * kilobytes; parsing is the cost (about 40 ms and 10x its size in memory per 4 MB in Node) */
export const MAX_TOTAL = 4_000_000;
const MAX_NODES = 20_000;
const MAX_DEPTH = 12;

/** The last segment of each @type: "http://schema.org/Product" and "schema:Product" -> "Product". */
export function ldTypes(node: LdNode): string[] {
  const t = node['@type'];
  const list = Array.isArray(t) ? t : [t];
  return list.filter((x): x is string => typeof x === 'string').map((x) => x.replace(/^.*[/:#]/, ''));
}

export function isObject(v: unknown): v is LdNode {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export interface LdScan {
  nodes: LdNode[];
  /** blocks that were not valid JSON or too large (reported in notes) */
  skipped: number;
}

/** Parses every JSON-LD block and returns all object nodes (depth-first, document order). */
export function scanJsonLd(doc: Document): LdScan {
  const nodes: LdNode[] = [];
  let skipped = 0;
  let total = 0;
  for (const s of doc.querySelectorAll('script')) {
    const type = (s.getAttribute('type') ?? '').toLowerCase().split(';')[0].trim();
    if (type !== 'application/ld+json') continue;
    const text = s.textContent ?? '';
    if (text.length > MAX_BLOCK || total + text.length > MAX_TOTAL) {
      skipped++;
      continue;
    }
    total += text.length;
    let data: unknown;
    try {
      // some shops wrap the JSON in HTML comments or CDATA
      data = JSON.parse(text.replace(/^\s*(?:<!--|\/\/\s*<!\[CDATA\[)/, '').replace(/(?:-->|\/\/\s*\]\]>)\s*$/, ''));
    } catch {
      skipped++;
      continue;
    }
    // depth-first in document order: children are pushed in reverse
    const stack: Array<{ value: unknown; depth: number }> = [{ value: data, depth: 0 }];
    while (stack.length > 0 && nodes.length < MAX_NODES) {
      const { value, depth } = stack.pop()!;
      if (depth > MAX_DEPTH) continue;
      if (Array.isArray(value)) {
        for (let i = Math.min(value.length, MAX_NODES) - 1; i >= 0; i--) stack.push({ value: value[i], depth: depth + 1 });
      } else if (isObject(value)) {
        nodes.push(value);
        const keys = Object.keys(value);
        for (let i = keys.length - 1; i >= 0; i--) if (keys[i] !== '@context') stack.push({ value: value[keys[i]], depth: depth + 1 });
      }
    }
  }
  return { nodes, skipped };
}

const PRODUCT_TYPES = new Set(['Product', 'ProductGroup', 'IndividualProduct', 'ProductModel', 'SomeProducts', 'Vehicle', 'Book']);

export function isProduct(node: LdNode): boolean {
  return ldTypes(node).some((t) => PRODUCT_TYPES.has(t));
}

/** One price (or price range) an offer states. */
export interface LdPrice {
  low: unknown;
  high: unknown;
  currency: unknown;
  seller: unknown;
  shipsFrom: unknown;
  availability: unknown;
}

function first<T>(v: T | T[]): T | undefined {
  return Array.isArray(v) ? v[0] : v;
}

/** A priceSpecification's price: the one without a priceType, or not a list/strikethrough price. */
function specPrice(spec: unknown): { price: unknown; currency: unknown } | null {
  const specs = (Array.isArray(spec) ? spec : [spec]).filter(isObject);
  const paid = specs.filter((s) => !/ListPrice|StrikethroughPrice|MSRP|SRP/i.test(String(s.priceType ?? '')));
  const s = paid.find((x) => x.price !== undefined) ?? paid[0];
  return s ? { price: s.price, currency: s.priceCurrency } : null;
}

/** Flattens a product's offers into prices: Offer, AggregateOffer (low/high, nested offers). */
export function offerPrices(product: LdNode): LdPrice[] {
  const out: LdPrice[] = [];
  const visit = (o: unknown, depth: number, inherited: { currency?: unknown }) => {
    if (depth > 4 || out.length > 500) return;
    if (Array.isArray(o)) {
      for (const x of o) visit(x, depth + 1, inherited);
      return;
    }
    if (!isObject(o)) return;
    const types = ldTypes(o);
    const currency = o.priceCurrency ?? inherited.currency;
    const shipping = first(o.shippingDetails as unknown);
    const shipsFrom = isObject(shipping) ? shipping.shippingOrigin : undefined;
    const common = { seller: o.seller ?? o.offeredBy, shipsFrom, availability: o.availability };
    if (types.includes('AggregateOffer')) {
      if (o.offers !== undefined) visit(o.offers, depth + 1, { currency });
      const low = o.lowPrice ?? o.price;
      const high = o.highPrice ?? low;
      if (low !== undefined || o.offers === undefined) out.push({ low, high, currency, ...common });
      return;
    }
    let price = o.price;
    let cur = currency;
    if (price === undefined && o.priceSpecification !== undefined) {
      const sp = specPrice(o.priceSpecification);
      if (sp) {
        price = sp.price;
        cur = sp.currency ?? currency;
      }
    }
    out.push({ low: price, high: price, currency: cur, ...common });
  };
  visit(product.offers, 0, {});
  return out;
}

/** Products on the page, the likeliest first: the one whose url/@id is this page, then those
 * with offers, in document order. An Offer with itemOffered counts as its product. */
export function findProducts(nodes: LdNode[], pageUrl: URL): LdNode[] {
  const products: LdNode[] = [];
  for (const n of nodes) {
    if (isProduct(n)) products.push(n);
    else if (ldTypes(n).some((t) => t === 'Offer' || t === 'AggregateOffer') && isObject(n.itemOffered) && isProduct(n.itemOffered)) {
      products.push({ ...n.itemOffered, offers: n.itemOffered.offers ?? { ...n, itemOffered: undefined } });
    }
  }
  const samePage = (n: LdNode) => {
    for (const k of ['url', '@id']) {
      const v = n[k];
      if (typeof v !== 'string') continue;
      try {
        const u = new URL(v, pageUrl);
        if (u.host === pageUrl.host && u.pathname.replace(/\/$/, '') === pageUrl.pathname.replace(/\/$/, '')) return true;
      } catch {
        /* not a URL */
      }
    }
    return false;
  };
  const score = (n: LdNode) => (samePage(n) ? 2 : 0) + (n.offers !== undefined ? 1 : 0);
  return products
    .map((n, i) => ({ n, i, s: score(n) }))
    .sort((a, b) => b.s - a.s || a.i - b.i)
    .map((x) => x.n);
}

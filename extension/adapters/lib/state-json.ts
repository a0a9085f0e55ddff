// The state JSON a site embeds for its own scripts (Next.js `__NEXT_DATA__`, Redux/Vuex
// `window.__INITIAL_STATE__` / `__PRELOADED_STATE__`, Apollo `__APOLLO_STATE__`, and
// `<script type="application/json">` blocks), read as a structured layer for shops that keep
// their product there and publish no schema.org data.
//
// State JSON has no schema: a product is whatever object has a name and a price. To stay
// precise the reader takes an object only when its name shares most of its words with the page's
// title, and gives nothing when such objects state different prices. Bounded: at most
// MAX_STATE_TEXT characters of JSON are parsed per page (script-json.ts's budgets for the
// assigned forms) and at most MAX_STATE_NODES objects visited.
import { cleanText } from './text.ts';
import { scriptJson } from './script-json.ts';

const MAX_STATE_TEXT = 4_000_000;
const MAX_STATE_NODES = 50_000;
const MAX_DEPTH = 40;

/** The assigned forms, as one pattern so that one bounded pass over the scripts reads them. */
const ASSIGNED = /window\.(?:__INITIAL_STATE__|__PRELOADED_STATE__|__APOLLO_STATE__|__NEXT_DATA__|__STATE__)\s*=\s*/;

const NAME_KEYS = ['name', 'title', 'productName', 'displayName'];
const PRICE_KEYS = ['price', 'salePrice', 'currentPrice', 'finalPrice', 'sellingPrice', 'offerPrice', 'priceAmount'];
const CURRENCY_KEYS = ['currency', 'currencyCode', 'priceCurrency', 'currencyIso'];
const SKU_KEYS = ['sku', 'skuId', 'productCode', 'articleNumber'];

export interface StateProduct {
  name: string;
  price: string | number;
  currency: string | null;
  sku: string | null;
}

/** The state objects of the page, parsed within the budget. */
export function stateRoots(doc: Document): unknown[] {
  const roots: unknown[] = [];
  let budget = MAX_STATE_TEXT;
  for (const s of doc.querySelectorAll('script[type="application/json"]')) {
    const text = s.textContent ?? '';
    if (text.length > budget || text.length < 2) continue;
    budget -= text.length;
    try {
      roots.push(JSON.parse(text));
    } catch {
      /* not JSON after all: another layer may read the page */
    }
  }
  const assigned = scriptJson(doc, ASSIGNED);
  if (assigned !== null) roots.push(assigned);
  return roots;
}

function words(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 1);
}

function scalar(v: unknown): string | number | null {
  return typeof v === 'number' && Number.isFinite(v) ? v : typeof v === 'string' && v.trim() && v.length < 40 ? v.trim() : null;
}

/** A price field's value and currency: a number or text, or {value|amount|current, currency}. */
function priceOf(o: Record<string, unknown>): { price: string | number; currency: string | null } | null {
  const currencyHere = CURRENCY_KEYS.map((k) => o[k]).find((v) => typeof v === 'string') as string | undefined;
  for (const key of PRICE_KEYS) {
    const v = o[key];
    const direct = scalar(v);
    if (direct !== null) return { price: direct, currency: currencyHere ?? null };
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      const p = v as Record<string, unknown>;
      const inner = scalar(p.value ?? p.amount ?? p.current ?? p.sale);
      const innerCurrency = CURRENCY_KEYS.map((k) => p[k]).find((x) => typeof x === 'string') as string | undefined;
      if (inner !== null) return { price: inner, currency: innerCurrency ?? currencyHere ?? null };
    }
  }
  return null;
}

/** The product the state JSON describes for a page titled `title`, or null (none, or several
 * with different prices). */
export function stateProduct(roots: unknown[], title: string | null): StateProduct | null {
  const titleWords = new Set(words((title ?? '').slice(0, 1000)));
  if (titleWords.size === 0) return null;
  const found: StateProduct[] = [];
  const stack: Array<{ v: unknown; depth: number }> = roots.map((v) => ({ v, depth: 0 }));
  let visited = 0;
  while (stack.length > 0 && visited++ < MAX_STATE_NODES && found.length < 20) {
    const { v, depth } = stack.pop()!;
    if (depth > MAX_DEPTH || !v || typeof v !== 'object') continue;
    if (Array.isArray(v)) {
      for (let i = Math.min(v.length, 1000) - 1; i >= 0; i--) stack.push({ v: v[i], depth: depth + 1 });
      continue;
    }
    const o = v as Record<string, unknown>;
    const name = NAME_KEYS.map((k) => o[k]).find((x): x is string => typeof x === 'string' && x.trim().length > 2);
    if (name) {
      const price = priceOf(o);
      const own = words(name);
      const shared = own.filter((w) => titleWords.has(w)).length;
      // most of the object's name is in the page's title: this page's product, not a related one
      if (price && own.length > 0 && shared / own.length >= 0.6 && shared >= Math.min(2, own.length)) {
        const sku = SKU_KEYS.map((k) => scalar(o[k])).find((x) => x !== null);
        found.push({ name: cleanText(name, 500) ?? name, ...price, sku: sku === undefined || sku === null ? null : String(sku) });
      }
    }
    const keys = Object.keys(o);
    for (let i = keys.length - 1; i >= 0; i--) stack.push({ v: o[keys[i]], depth: depth + 1 });
  }
  if (found.length === 0) return null;
  const first = String(found[0].price);
  return found.every((f) => String(f.price) === first) ? found[0] : null;
}

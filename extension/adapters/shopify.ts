// Shopify storefronts, detected by the page, not the host: a shop lives on its own
// domain, so `matches` claims only *.myshopify.com and `detects` recognises a storefront's page
// (the registry asks it only when no site adapter claims the URL, so it can never take an
// Amazon or Etsy page). A product page carries its product as JSON (the theme's product JSON
// script, or `ShopifyAnalytics.meta`), with one price per variant in minor units; the variant
// in the URL (?variant=ID) picks the price, else the variants' range. Structured data (JSON-LD,
// og:price meta) come from the generic adapter and are checked against it.
// Evidence: test/fixtures/pages/shopify/.
import { addNote, applyPrice, readPrice, setText, type PriceClaim } from './draft.ts';
import { generic } from './generic.ts';
import { currencyDecimals } from '../../core/page.ts';
import { dig, scriptJson, str } from './lib/script-json.ts';
import { currencyCode } from './lib/site-price.ts';
import { metaContent } from './lib/meta.ts';
import type { Adapter, Draft } from './types.ts';

const SEL = {
  /** product, product-custom-domain: what every storefront page loads */
  detect:
    'link[href*="cdn.shopify.com"], script[src*="cdn.shopify.com"], meta[name="shopify-checkout-api-token"], meta[name="shopify-digital-wallet"], #shopify-features',
  /** product: the theme's product JSON (Dawn and older themes) */
  productJson: 'script[type="application/json"][data-product-json], script[id^="ProductJson-"], script[type="application/json"][id^="product-json"]',
  /** product-custom-domain: the analytics object every storefront prints */
  analytics: /var meta\s*=\s*/,
  /** product, product-custom-domain: the shop's currency */
  currency: /Shopify\.currency\s*=\s*/,
} as const;

interface Variant {
  id?: number | string;
  price?: number | string;
  sku?: string;
  name?: string;
  title?: string;
  available?: boolean;
}

function isStorefront(doc: Document): boolean {
  return doc.querySelector(SEL.detect) !== null;
}

/** Shopify's product JSON prices are integers in hundredths ("2450" = 24.50), for every currency. */
function fromCents(v: unknown): string | null {
  const n = typeof v === 'number' ? v : typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : NaN;
  if (!Number.isSafeInteger(n) || n < 0) return null;
  return `${Math.floor(n / 100)}.${String(n % 100).padStart(2, '0')}`;
}

function product(doc: Document, url: URL): Draft {
  const d = generic.extract(doc, url);
  d.adapter = 'shopify';
  let prod: unknown = null;
  for (const s of Array.from(doc.querySelectorAll(SEL.productJson)).slice(0, 5)) {
    try {
      prod = JSON.parse(s.textContent ?? '');
      break;
    } catch {
      addNote(d, 'page', 'PRODUCT_JSON_UNREADABLE', "The theme's product JSON is not valid JSON");
    }
  }
  prod ??= dig(scriptJson(doc, SEL.analytics), 'product');
  if (!prod || typeof prod !== 'object') return d;
  d.kind = 'product';
  const currency =
    currencyCode(dig(scriptJson(doc, SEL.currency), 'active')) ??
    currencyCode(metaContent(doc, 'og:price:currency', 'product:price:currency')) ??
    currencyCode(d.currency);
  if (d.title === null) setText(d, 'title', [['dom', str(dig(prod, 'title'), 500)]]);
  if (d.brand === null) setText(d, 'brand', [['dom', str(dig(prod, 'vendor'))]]);
  const variants = ((dig(prod, 'variants') as Variant[] | undefined) ?? []).slice(0, 250);
  const wanted = url.searchParams.get('variant');
  const chosen = wanted ? variants.find((v) => String(v.id) === wanted) : variants.length === 1 ? variants[0] : undefined;
  if (wanted && !chosen) addNote(d, 'price', 'VARIANT_NOT_FOUND', `The URL names variant ${wanted.slice(0, 20)}, which the product JSON does not list`);
  const claims: PriceClaim[] = [];
  const amounts = (chosen ? [chosen] : variants).map((v) => fromCents(v.price)).filter((a): a is string => a !== null);
  if (amounts.length) {
    const nums = amounts.map(Number);
    const lo = amounts[nums.indexOf(Math.min(...nums))];
    const hi = amounts[nums.indexOf(Math.max(...nums))];
    if (currency && currencyDecimals(currency) === 0 && !/\.00$/.test(lo)) {
      addNote(d, 'price', 'PRICE_INVALID', `The product JSON price ${lo} is not a whole amount of ${currency}`);
    } else {
      const c = readPrice(d, 'dom', lo, hi, currency);
      if (c) claims.push(c);
    }
  }
  if (claims.length) {
    // the product JSON (per variant) comes first; structured data follow as cross-checks
    const before = d.price !== null ? ([{ source: d.sources.price ?? 'meta', amount: d.price, max: null, currency: d.currency }] as PriceClaim[]) : [];
    d.price = null;
    d.priceRange = null;
    d.notes = d.notes.filter((n) => n.field !== 'price');
    applyPrice(d, [...claims, ...before]);
  }
  if (chosen?.sku) d.sku = chosen.sku;
  return d;
}

export const shopify: Adapter = {
  id: 'shopify',
  name: 'Shopify',
  pageKinds: ['product'],
  examples: ['https://claycorner-studio.myshopify.com/products/blue-mug', 'https://acme-tees.myshopify.com/products/logo-tee?variant=40112233445566'],
  // storefronts on their own domains are read only after a toolbar click (found by `detects`);
  // no `hosts`: anyone can open a store under myshopify.com, and nothing there is captured by
  // itself (capture-policy.ts), so neither a content-script match nor a host permission is asked
  // for; a toolbar click (activeTab) lets the popup inject the content script
  matches: (url) => (url.protocol === 'https:' || url.protocol === 'http:') && /\.myshopify\.com$/.test(url.hostname),
  detects: (doc, url) => (url.protocol === 'https:' || url.protocol === 'http:') && /\/products\/[^/]+/.test(url.pathname) && isStorefront(doc),
  extract(doc, url) {
    return product(doc, url);
  },
};

// Fixtures (test/fixtures/pages/shopify/) and the real pages they stand for:
//   product                https://claycorner-studio.myshopify.com/products/blue-mug?variant=...
//                          (theme product JSON, JSON-LD, og:price meta; variant in the URL)
//   product-custom-domain  https://www.northwind-outfitters.example/products/rain-shell (a store on
//                          its own domain, found by `detects`: ShopifyAnalytics.meta, no variant
//                          chosen -> the variants' price range)

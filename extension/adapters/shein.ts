// Shein: the product page, and its "tariffs included" notes. Why: since 2025 Shein
// states on US product pages that the price includes tariffs (the duty is paid at the
// border by the importer of record, here Shein), so the price a shopper sees is not a
// price plus duties; the draft keeps the page's own words in `tariffsIncluded`.
// The product data live in a script (`productIntroData` inside `window.gbRawData`); the DOM's
// price block is the fallback. Evidence: test/fixtures/pages/shein/.
import { addNote, applyPrice, newDraft, readPrice, setText, type PriceClaim } from './draft.ts';
import { countryCode } from './lib/country.ts';
import { pick } from './lib/query.ts';
import { dig, scriptJson, str } from './lib/script-json.ts';
import { currencyCode, sitePrice } from './lib/site-price.ts';
import { cleanText } from './lib/text.ts';
import type { Adapter, Draft } from './types.ts';

const HOST_RE = /(?:^|\.)shein\.com$/;
/** the site's currency by subdomain: us.shein.com bills in USD */
const SITE_CURRENCY: Record<string, string> = { us: 'USD', uk: 'GBP', ca: 'CAD', au: 'AUD', de: 'EUR', fr: 'EUR', es: 'EUR', it: 'EUR', nl: 'EUR', mx: 'MXN' };

const SEL = {
  /** product: the page data script */
  rawData: /gbRawData\s*=\s*/,
  /** product */
  title: ['h1.product-intro__head-name'],
  price: ['.product-intro__head-mainprice .from', '.product-intro__head-price .original'],
  /** product: the tariff note under the price, then the whole price block (tried in this order) */
  priceArea: '.product-intro__tariff-tip, .product-intro__head-price',
  /** product: the description's "Origin" row ("Origin: Mainland China") */
  description: '.product-intro__description-table-item',
} as const;

const TARIFF_RE = /(tariffs?|duties|import (?:duties|taxes))\s+(?:are\s+|is\s+)?included|includes?\s+(?:all\s+)?(?:tariffs?|duties|import (?:duties|taxes))/i;

function product(doc: Document, url: URL, cur: string | null): Draft {
  const d = newDraft('shein', url, 'product');
  const intro = dig(scriptJson(doc, SEL.rawData), 'productIntroData');
  setText(d, 'title', [
    ['dom', str(dig(intro, 'detail', 'goods_name'), 600)],
    ['dom', pick(doc, SEL.title, 500)?.text],
  ]);
  const claims: PriceClaim[] = [];
  const sale = dig(intro, 'getPrice', 'salePrice') ?? dig(intro, 'detail', 'salePrice');
  const dataCurrency = currencyCode(dig(intro, 'currency') ?? dig(intro, 'detail', 'currency')) ?? cur;
  if (sale) {
    const c = readPrice(d, 'dom', dig(sale, 'amount'), dig(sale, 'amount'), dataCurrency);
    if (c) claims.push(c);
  }
  const shown = pick(doc, SEL.price, 80)?.text;
  if (shown) {
    const c = sitePrice(d, 'dom', shown, dataCurrency, 'price');
    if (c) claims.push(c);
  }
  applyPrice(d, claims);
  if (claims.length === 0) addNote(d, 'price', 'NO_PRICE', 'The Shein page shows no price');
  const sku = str(dig(intro, 'detail', 'goods_sn'), 60);
  if (sku) d.sku = sku;
  // Shein sells its own goods on shein.com; marketplace sellers are named in the data
  setText(d, 'seller', [['dom', str(dig(intro, 'storeInfo', 'title') ?? dig(intro, 'detail', 'store_name'))]]);
  const areas = SEL.priceArea.split(',').flatMap((sel) => Array.from(doc.querySelectorAll(sel)).slice(0, 10));
  for (const el of areas) {
    const t = cleanText(el.textContent, 200);
    const m = t ? TARIFF_RE.exec(t) : null;
    if (m && t) {
      // the sentence holding the words, not the whole block (which also holds the price)
      const sentence = t.split(/(?<=[.!])\s+/).find((s) => TARIFF_RE.test(s)) ?? m[0];
      d.tariffsIncluded = sentence;
      break;
    }
  }
  if (d.tariffsIncluded === undefined) d.tariffsIncluded = null;
  for (const row of Array.from(doc.querySelectorAll(SEL.description)).slice(0, 60)) {
    const t = cleanText(row.textContent, 120) ?? '';
    const m = /^origin\s*:\s*(.+)$/i.exec(t);
    if (m) {
      const code = countryCode(m[1]);
      if (code) {
        d.origin = code;
        d.sources.origin = 'dom';
      } else
        addNote(d, 'origin', 'COUNTRY_UNREADABLE', `The description gives the origin as "${m[1].slice(0, 40)}", which names no country this tool can read`);
      break;
    }
  }
  return d;
}

export const shein: Adapter = {
  id: 'shein',
  name: 'Shein',
  pageKinds: ['product'],
  examples: ['https://us.shein.com/Solid-Rib-knit-Tee-p-12345678.html', 'https://uk.shein.com/Floral-Print-Dress-p-23456789-cat-1727.html'],
  // country sites are subdomains: us.shein.com, uk.shein.com, ...
  hosts: ['https://*.shein.com/*'],
  matches: (url) => (url.protocol === 'https:' || url.protocol === 'http:') && HOST_RE.test(url.hostname),
  extract(doc, url) {
    const cur = SITE_CURRENCY[url.hostname.split('.')[0]] ?? null;
    if (/-p-\d+(?:-cat-\d+)?\.html$/.test(url.pathname)) return product(doc, url, cur);
    const d = newDraft('shein', url, 'other');
    setText(d, 'title', [['title', doc.querySelector('title')?.textContent]]);
    addNote(d, 'page', 'NOT_A_PRODUCT_PAGE', 'This Shein page is not a product page');
    return d;
  },
};

// Fixtures (test/fixtures/pages/shein/) and the real pages they stand for:
//   product  https://us.shein.com/...-p-12345678.html (productIntroData script, price block
//            with "Tariffs included", description with "Origin: Mainland China")

// AliExpress: the item page, whose data live in a script (`window.runParams = {data:
// {...}}`): title, price per SKU, store, the "Ships From" choice and the origin in the item
// specifics. Why the ship-from choice matters: one listing may ship from China, Spain or the
// United States at different prices, and only the chosen warehouse says where the goods come
// from. With several choices and none selected the draft says so instead of picking one.
// Evidence: test/fixtures/pages/aliexpress/ (names after each constant).
import { addNote, applyPrice, newDraft, readPrice, setText, type PriceClaim } from './draft.ts';
import { generic } from './generic.ts';
import { countryCode } from './lib/country.ts';
import { dig, scriptJson, str } from './lib/script-json.ts';
import { currencyCode } from './lib/site-price.ts';
import { cleanText } from './lib/text.ts';
import type { Adapter, Draft } from './types.ts';

const HOST_RE = /(?:^|\.)aliexpress\.(com|us|ru)$/;

/** item, item-ship-from-chosen: the page data script */
// runParams is a JS object literal (`{ data: {...}, csrfToken: ... }`) whose `data` value is JSON
const RUN_PARAMS = /window\.runParams\s*=\s*\{\s*"?data"?\s*:\s*/;
/** item-ship-from-chosen: the selected value of each SKU property list in the DOM */
const SELECTED_SKU = '.sku-property .sku-property-item.selected';
/** the "Ships From" property as AliExpress names it (English pages; its id 200007763 is stable) */
const SHIPS_FROM_PROPERTY = /^ships from$/i;
const SHIPS_FROM_PROPERTY_ID = 200007763;

interface SkuValue {
  propertyValueId?: number;
  propertyValueIdLong?: number;
  propertyValueDisplayName?: string;
  propertyValueName?: string;
  skuPropertySendGoodsCountryCode?: string;
}

function money(v: unknown): { value: unknown; currency: unknown } | null {
  return v && typeof v === 'object' ? { value: dig(v, 'value'), currency: dig(v, 'currency') } : null;
}

function item(doc: Document, url: URL): Draft {
  const data = scriptJson(doc, RUN_PARAMS);
  if (!data) {
    // the newer script-less layouts: keep what structured data says, and say why it is thin
    const d = generic.extract(doc, url);
    d.adapter = 'aliexpress';
    addNote(d, 'page', 'NO_PAGE_DATA', 'This AliExpress page has no runParams data (a layout this adapter does not read yet); structured data used');
    return d;
  }
  const d = newDraft('aliexpress', url, 'product');
  setText(d, 'title', [
    ['dom', str(dig(data, 'titleModule', 'subject'), 600)],
    ['title', doc.querySelector('title')?.textContent],
  ]);
  const pageCurrency = currencyCode(dig(data, 'commonModule', 'currencyCode'));
  setText(d, 'seller', [['dom', str(dig(data, 'storeModule', 'storeName'))]]);
  const storeNum = str(dig(data, 'storeModule', 'storeNum'), 40);
  if (storeNum) addNote(d, 'seller', 'STORE_NUMBER', `AliExpress store number ${storeNum}`);
  // the store's country, as the page gives it: the seller's location
  const storeCountry = countryCode(str(dig(data, 'storeModule', 'countryCompleteName'), 80));
  if (storeCountry) d.sellerCountry = storeCountry;
  const productId = str(dig(data, 'commonModule', 'productId') ?? dig(data, 'actionModule', 'productId'), 40);
  if (productId) d.sku = productId;

  // ship-from: the property list, and the chosen value (DOM selection, else the only one)
  const props = (dig(data, 'skuModule', 'productSKUPropertyList') as Array<Record<string, unknown>> | undefined) ?? [];
  const shipProp = Array.isArray(props)
    ? props.find((p) => SHIPS_FROM_PROPERTY.test(String(p.skuPropertyName ?? '')) || p.skuPropertyId === SHIPS_FROM_PROPERTY_ID)
    : undefined;
  const choices = ((shipProp?.skuPropertyValues as SkuValue[] | undefined) ?? []).slice(0, 50);
  let chosen: SkuValue | undefined;
  if (choices.length === 1) chosen = choices[0];
  else if (choices.length > 1) {
    const selectedNames = Array.from(doc.querySelectorAll(SELECTED_SKU)).map((el) =>
      cleanText(el.getAttribute('title') ?? el.querySelector('img')?.getAttribute('alt') ?? el.textContent, 80),
    );
    chosen = choices.find(
      (c) => selectedNames.includes(cleanText(c.propertyValueDisplayName, 80)) || selectedNames.includes(cleanText(c.propertyValueName, 80)),
    );
    if (!chosen) {
      addNote(
        d,
        'shipsFrom',
        'SHIP_FROM_NOT_CHOSEN',
        `The item ships from ${choices.map((c) => c.propertyValueDisplayName).join(', ')}: choose one on the page`,
      );
    }
  }
  if (chosen) {
    const code = countryCode(chosen.skuPropertySendGoodsCountryCode) ?? countryCode(chosen.propertyValueDisplayName);
    if (code) {
      d.shipsFrom = code;
      d.sources.shipsFrom = 'dom';
    } else
      addNote(
        d,
        'shipsFrom',
        'COUNTRY_UNREADABLE',
        `AliExpress says the item ships from "${String(chosen.propertyValueDisplayName).slice(0, 40)}", which names no country this tool can read`,
      );
  }

  // price: the SKUs of the chosen warehouse when known (one price when they agree), else the
  // module's activity (sale) price range
  const claims: PriceClaim[] = [];
  const skus = (dig(data, 'skuModule', 'skuPriceList') as Array<Record<string, unknown>> | undefined) ?? [];
  const chosenId = chosen ? String(chosen.propertyValueIdLong ?? chosen.propertyValueId ?? '') : '';
  const relevant = Array.isArray(skus)
    ? skus.filter(
        (s) =>
          !chosenId ||
          String(s.skuPropIds ?? s.skuAttr ?? '')
            .split(/[,;]/)
            .some((p) => p.split(':').pop()?.split('#')[0] === chosenId),
      )
    : [];
  const skuPrices = relevant
    .map((s) => money(dig(s, 'skuVal', 'skuActivityAmount')) ?? money(dig(s, 'skuVal', 'skuAmount')))
    .filter((m): m is { value: unknown; currency: unknown } => m !== null && m.value !== undefined);
  if (chosen && skuPrices.length) {
    const values = [...new Set(skuPrices.map((m) => String(m.value)))];
    const nums = values.map(Number);
    const lo = values[nums.indexOf(Math.min(...nums))];
    const hi = values[nums.indexOf(Math.max(...nums))];
    const c = readPrice(d, 'dom', lo, hi, skuPrices[0].currency ?? pageCurrency);
    if (c) claims.push(c);
  }
  if (claims.length === 0) {
    const lo = money(dig(data, 'priceModule', 'minActivityAmount')) ?? money(dig(data, 'priceModule', 'minAmount'));
    const hi = money(dig(data, 'priceModule', 'maxActivityAmount')) ?? money(dig(data, 'priceModule', 'maxAmount'));
    if (lo) {
      const c = readPrice(d, 'dom', lo.value, hi?.value ?? lo.value, lo.currency ?? pageCurrency);
      if (c) claims.push(c);
    }
  }
  applyPrice(d, claims);
  if (claims.length === 0 && !d.notes.some((n) => n.field === 'price'))
    addNote(d, 'price', 'NO_PRICE', 'The AliExpress page data hold no price (item unavailable in this region?)');

  const specs = (dig(data, 'specsModule', 'props') as Array<Record<string, unknown>> | undefined) ?? [];
  const originProp = Array.isArray(specs) ? specs.find((p) => /^(origin|place of origin|country of origin)$/i.test(String(p.attrName ?? ''))) : undefined;
  if (originProp) {
    const code = countryCode(originProp.attrValue);
    if (code) {
      d.origin = code;
      d.sources.origin = 'dom';
    } else
      addNote(
        d,
        'origin',
        'COUNTRY_UNREADABLE',
        `The item specifics give the origin as "${String(originProp.attrValue).slice(0, 40)}", which names no country this tool can read`,
      );
  }
  return d;
}

export const aliexpress: Adapter = {
  id: 'aliexpress',
  name: 'AliExpress',
  pageKinds: ['product'],
  examples: [
    'https://www.aliexpress.com/item/1005004123456789.html',
    'https://www.aliexpress.us/item/3256804123456789.html',
    'https://es.aliexpress.com/item/1005005123456789.html',
  ],
  // AliExpress serves localised sites on subdomains (es., fr., de.); aliexpress.ru (a separate
  // Russian joint venture) is read after a toolbar click only
  hosts: ['https://*.aliexpress.com/*', 'https://www.aliexpress.us/*'],
  matches: (url) => (url.protocol === 'https:' || url.protocol === 'http:') && HOST_RE.test(url.hostname),
  extract(doc, url) {
    if (/^\/item\/\d+\.html/.test(url.pathname)) return item(doc, url);
    const d = newDraft('aliexpress', url, 'other');
    setText(d, 'title', [['title', doc.querySelector('title')?.textContent]]);
    addNote(d, 'page', 'NOT_A_PRODUCT_PAGE', 'This AliExpress page is not an item page');
    return d;
  },
};

// Fixtures (test/fixtures/pages/aliexpress/) and the real pages they stand for:
//   item                   https://www.aliexpress.com/item/1005004123456789.html  one warehouse
//                          (China), SKU prices, store, origin "Mainland China"
//   item-ship-from-chosen  https://www.aliexpress.com/item/1005005123456789.html  ships from
//                          China or Spain at different prices; Spain selected in the SKU picker
//   item-ship-from-open    the same item with no warehouse selected: price range + a note

// Pages the extension end-to-end tests serve at real URLs through request routing (no network):
// the committed generic fixtures, generated hostile pages and an in-page navigation page on
// supported marketplace hosts (the content script runs there on its own), and pages on other
// shops, which the extension reads only after the user clicks its toolbar button (activeTab):
// a committed generic fixture and (when ../shared is present) one real saved page.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const GENERIC = resolve('test/fixtures/pages/generic');
const SHARED = resolve(process.env.S321_SHARED_PAGES ?? '../shared/fixtures/pages');

export const MUG_URL = 'https://www.etsy.com/listing/1001/blue-glazed-mug';
export const HOSTILE_URL = 'https://www.etsy.com/listing/666/hostile-watch';
/** a Shopify store's product page: the shopify adapter (over the generic reader) handles it */
export const BIG_URL = 'https://bulk-goods.myshopify.com/products/5mb';
/** Temu's site is a single-page app: goods pages change by history.pushState */
export const SPA_URL = 'https://www.temu.com/first-lamp-g-601000000000011.html';
export const SPA_NEXT_URL = 'https://www.temu.com/second-lamp-g-601000000000012.html';
/** not a supported marketplace: read only after a toolbar click */
export const ELSEWHERE_URL = 'https://claycorner.example/products/blue-mug?variant=12';
/** a real saved page of a shop that is not a supported marketplace (Wayfair) */
export const REAL_URL = 'https://www.wayfair.com/furniture/pdp/wade-logan-penhook-2047-wide-armchair-w005759888.html';

const big = 'A'.repeat(5_000_000);
const spa = `<!doctype html><html><head><meta charset="utf-8"><title>First</title>
<script type="application/ld+json" id="ld">{"@type":"Product","name":"First lamp","offers":{"price":"40.00","priceCurrency":"USD"}}</script></head>
<body><h1>First lamp</h1><button id="next" onclick="
  history.pushState({}, '', '/second-lamp-g-601000000000012.html');
  document.getElementById('ld').textContent = JSON.stringify({'@type':'Product',name:'Second lamp',offers:{price:'55.00',priceCurrency:'USD'}});
  document.querySelector('h1').textContent = 'Second lamp';">next</button></body></html>`;

export function pages(): Map<string, string> {
  const m = new Map<string, string>([
    [MUG_URL, readFileSync(join(GENERIC, 'jsonld-offer.html'), 'utf8')],
    [HOSTILE_URL, readFileSync(join(GENERIC, 'hostile.html'), 'utf8')],
    [
      BIG_URL,
      `<!doctype html><html><head><title>${big}</title><script type="application/ld+json">{"@type":"Product","name":"${big.slice(0, 3_000_000)}","offers":{"price":"12.00","priceCurrency":"USD"}}</script></head><body><p>big</p></body></html>`,
    ],
    [SPA_URL, spa],
    [ELSEWHERE_URL, readFileSync(join(GENERIC, 'jsonld-offer.html'), 'utf8')],
  ]);
  if (existsSync(join(SHARED, 'wayfair-com--armchair.html'))) m.set(REAL_URL, readFileSync(join(SHARED, 'wayfair-com--armchair.html'), 'utf8'));
  return m;
}

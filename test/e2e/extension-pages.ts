// Pages the extension end-to-end tests serve at real marketplace URLs through request routing
// (no network): the committed generic fixtures, generated hostile pages, an in-page navigation
// page, and (when ../shared is present) one real saved page.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const GENERIC = resolve('test/fixtures/pages/generic');
const SHARED = resolve(process.env.S321_SHARED_PAGES ?? '../shared/fixtures/pages');

export const MUG_URL = 'https://www.etsy.com/listing/1001/blue-glazed-mug';
export const HOSTILE_URL = 'https://www.etsy.com/listing/666/hostile-watch';
export const BIG_URL = 'https://www.overstock.com/big/5mb.html';
export const SPA_URL = 'https://www.costco.com/spa/first.product.html';
export const SPA_NEXT_URL = 'https://www.costco.com/spa/second.product.html';
export const REAL_URL = 'https://www.wayfair.com/furniture/pdp/wade-logan-penhook-2047-wide-armchair-w005759888.html';

const big = 'A'.repeat(5_000_000);
const spa = `<!doctype html><html><head><meta charset="utf-8"><title>First</title>
<script type="application/ld+json" id="ld">{"@type":"Product","name":"First lamp","offers":{"price":"40.00","priceCurrency":"USD"}}</script></head>
<body><h1>First lamp</h1><button id="next" onclick="
  history.pushState({}, '', '/spa/second.product.html');
  document.getElementById('ld').textContent = JSON.stringify({'@type':'Product',name:'Second lamp',offers:{price:'55.00',priceCurrency:'USD'}});
  document.querySelector('h1').textContent = 'Second lamp';">next</button></body></html>`;

export function pages(): Map<string, string> {
  const m = new Map<string, string>([
    [MUG_URL, readFileSync(join(GENERIC, 'jsonld-offer.html'), 'utf8')],
    [HOSTILE_URL, readFileSync(join(GENERIC, 'hostile.html'), 'utf8')],
    [BIG_URL, `<!doctype html><html><head><title>${big}</title><script type="application/ld+json">{"@type":"Product","name":"${big.slice(0, 3_000_000)}","offers":{"price":"12.00","priceCurrency":"USD"}}</script></head><body><p>big</p></body></html>`],
    [SPA_URL, spa],
  ]);
  if (existsSync(join(SHARED, 'wayfair-com--armchair.html'))) m.set(REAL_URL, readFileSync(join(SHARED, 'wayfair-com--armchair.html'), 'utf8'));
  return m;
}

// Hostile pages in Chromium (the content script's engine): the same builders as the Node suite
// (test/node/extension/adapters/hostile.test.ts), in a real browser document, where call-stack depth and
// DOM costs differ from linkedom's. Each capture succeeds and keeps what the other layers found.
import { expect } from 'chai';
import { extractPage } from '../../../../extension/adapters/registry.ts';
import { microdataProducts } from '../../../../extension/adapters/lib/microdata.ts';
import { HOSTILE_CURRENCY, HOSTILE_PAGES, HOSTILE_PRICE, HOSTILE_TITLE, type HostilePage } from '../../../fixtures/pages/hostile-pages.ts';

const URLS = ['https://shop.example/p/1', 'https://www.aliexpress.com/item/1005001.html', 'https://demo.myshopify.com/products/lamp'];

describe('hostile pages in Chromium', function () {
  this.timeout(60_000);
  for (const name of Object.keys(HOSTILE_PAGES) as HostilePage[]) {
    it(`"${name}": the capture succeeds and keeps the title and price other layers found`, () => {
      const doc = document.implementation.createHTMLDocument('');
      HOSTILE_PAGES[name](doc);
      for (const url of URLS) {
        const r = extractPage(doc, url);
        expect(r.ok, `${url}: ${r.ok ? '' : r.error}`).to.equal(true);
        if (!r.ok) continue;
        expect(r.draft.title, url).to.equal(HOSTILE_TITLE);
        expect(r.draft.price, url).to.equal(HOSTILE_PRICE);
        expect(r.draft.currency, url).to.equal(HOSTILE_CURRENCY);
      }
    });
  }

  it('reads a Product microdata item nested 100,000 elements deep without a stack overflow', () => {
    const doc = document.implementation.createHTMLDocument('');
    HOSTILE_PAGES.deepMicrodata(doc, 100_000);
    expect(() => microdataProducts(doc)).not.to.throw();
    expect(microdataProducts(doc)).to.have.length(1);
  });
});

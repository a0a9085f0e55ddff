// Hostile input to extraction: pages built to make a reader slow, hungry or crash. Each must
// give its draft with the fields other layers found (the title and price every hostile page
// states in meta), and each bound is checked by what it decides, not by a timer (the times are
// bench figures: extractMsHostile*Node). Extend this suite with the next hostile page found.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseHTML } from 'linkedom';
import { extractPage } from '../../../../extension/adapters/registry.ts';
import { generic } from '../../../../extension/adapters/generic.ts';
import { MAX_TOTAL, scanJsonLd } from '../../../../extension/adapters/lib/jsonld.ts';
import { MAX_ELEMENTS, microdataProducts } from '../../../../extension/adapters/lib/microdata.ts';
import { SCRIPT_BUDGET, scriptJson } from '../../../../extension/adapters/lib/script-json.ts';
import { HOSTILE_CURRENCY, HOSTILE_PAGES, HOSTILE_PRICE, HOSTILE_TITLE, hugeJsonLd, type HostilePage } from '../../../fixtures/pages/hostile-pages.ts';

function blank(): Document {
  return parseHTML('<!doctype html><html><head></head><body></body></html>').document as unknown as Document;
}

// the generic page, and two site adapters that read script-embedded JSON themselves
const URLS = ['https://shop.example/p/1', 'https://www.aliexpress.com/item/1005001.html', 'https://demo.myshopify.com/products/lamp'];

for (const name of Object.keys(HOSTILE_PAGES) as HostilePage[]) {
  test(`hostile page "${name}": the capture succeeds and keeps the title and price other layers found`, () => {
    const doc = blank();
    HOSTILE_PAGES[name](doc);
    for (const url of URLS) {
      const r = extractPage(doc, url);
      assert.ok(r.ok, `${url}: ${r.ok ? '' : r.error}`);
      assert.equal(r.draft.title, HOSTILE_TITLE, url);
      assert.equal(r.draft.price, HOSTILE_PRICE, url);
      assert.equal(r.draft.currency, HOSTILE_CURRENCY, url);
    }
  });
}

test('a Product microdata item nested 100,000 elements deep is read without overflowing the stack, up to the element budget', () => {
  const doc = blank();
  HOSTILE_PAGES.deepMicrodata(doc, 100_000);
  const products = microdataProducts(doc);
  assert.equal(products.length, 1);
  // the name sits below 100,000 elements: past the budget, so it is not read
  assert.equal(products[0].props.get('name'), undefined);
  const shallow = blank();
  HOSTILE_PAGES.deepMicrodata(shallow, MAX_ELEMENTS - 10);
  assert.equal(microdataProducts(shallow)[0].props.get('name')?.[0], 'deep name', 'within the budget the deep property is read');
});

test('JSON-LD blocks are parsed up to a total budget per page; the rest are skipped and counted', () => {
  const doc = blank();
  // 30 blocks of 1.9 MB: each under the per-block limit, 57 MB together
  hugeJsonLd(doc, 30, 1_900_000);
  const scan = scanJsonLd(doc);
  const parsed = Math.floor(MAX_TOTAL / 1_900_000);
  assert.equal(scan.skipped, 30 - parsed);
  const r = extractPage(doc, URLS[0]);
  assert.ok(r.ok);
  assert.ok(
    r.draft.notes.some((n) => n.code === 'JSON_LD_UNREADABLE'),
    'the skipped blocks are named in a note',
  );
});

test('JSON-LD nested 100,000 levels deep is walked without overflowing the stack', () => {
  const doc = blank();
  HOSTILE_PAGES.deepJsonLd(doc, 100_000);
  assert.doesNotThrow(() => scanJsonLd(doc));
});

test('script JSON: after the brace-matching budget is spent on unclosed objects, the reader gives up instead of scanning on', () => {
  const doc = blank();
  // enough unclosed openings to spend the matching budget, then a well-formed object
  const opening = 'window.runParams = {"data": {"k":"' + 'x'.repeat(100_000) + '",\n';
  const openings = Math.ceil(SCRIPT_BUDGET.MAX_MATCHING / opening.length) + 2;
  for (let i = 0; i < openings; i++) {
    const s = doc.createElement('script');
    s.textContent = opening;
    doc.body.appendChild(s);
  }
  const good = doc.createElement('script');
  good.textContent = 'window.runParams = {"data": {"ok": true}};';
  doc.body.appendChild(good);
  assert.equal(scriptJson(doc, /window\.runParams\s*=\s*\{\s*"?data"?\s*:\s*/), null);
  // the same well-formed object on its own is found (the reader works; only the budget stops it)
  const plain = blank();
  plain.body.appendChild(good.cloneNode(true));
  assert.deepEqual(scriptJson(plain, /window\.runParams\s*=\s*\{\s*"?data"?\s*:\s*/), { ok: true });
});

test('a layer that throws never fails the capture: the later layers still read the page', () => {
  const doc = blank();
  HOSTILE_PAGES.unclosedScripts(doc, 1, 1000, 1);
  const price = doc.createElement('div');
  price.className = 'price';
  price.textContent = '$24.50';
  const buy = doc.createElement('button');
  buy.textContent = 'Add to cart';
  doc.body.append(price, buy);
  const extract = generic.extract;
  generic.extract = () => {
    throw new Error('boom');
  };
  try {
    const r = extractPage(doc, URLS[0]);
    assert.ok(r.ok, r.ok ? '' : r.error);
    assert.ok(r.draft.notes.some((n) => n.code === 'LAYER_FAILED' && n.message.includes('boom')));
    assert.equal(r.draft.price, '24.50', 'the visible layer still read the price');
    assert.equal(r.draft.sources.price, 'visible');
  } finally {
    generic.extract = extract;
  }
});

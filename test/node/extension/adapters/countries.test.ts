// The countries of a draft with their sources, on saved real pages (../shared/fixtures: eBay
// "Item location" in English, Italian and French; Amazon's national sites) and on the hand-made
// marketplace fixtures (Temu, AliExpress, Shein): what the page states wins and says "page" or
// "structured data"; otherwise the site's usual country, marked likely; never a silent guess.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { extractPage } from '../../../../extension/adapters/registry.ts';
import { countryIn } from '../../../../extension/adapters/lib/country.ts';
import { domainCountry, draftCountries, siteShipsFrom } from '../../../../extension/adapters/lib/likely-countries.ts';
import { newDraft } from '../../../../extension/adapters/draft.ts';
import { documentOf } from './generic-fixtures.ts';
import { allSiteFixtures, ROOT } from './fixtures.ts';

const ZYTE = resolve(ROOT, '../shared/fixtures/zyte-dev');
const zyteSkip = existsSync(join(ZYTE, 'ground-truth.json')) ? false : '../shared/fixtures/zyte-dev is absent';
const truth: Record<string, { url: string }> = zyteSkip ? {} : JSON.parse(readFileSync(join(ZYTE, 'ground-truth.json'), 'utf8'));

function zyteDraft(prefix: string) {
  const key = Object.keys(truth).find((k) => k.startsWith(prefix));
  assert.ok(key, `no zyte-dev page ${prefix}`);
  const html = gunzipSync(readFileSync(join(ZYTE, 'html', `${key}.html.gz`))).toString('utf8');
  const r = extractPage(documentOf(html), truth[key].url);
  assert.ok(r.ok, r.ok ? '' : r.error);
  return r.draft;
}

const EBAY = [
  ['21e72a8e6d24', 'ebay.com, "Item location: dudley, United Kingdom"', 'GB'],
  ['2d3e52568d57', 'ebay.it, "Luogo in cui si trova l\'oggetto: Hayes, Regno Unito"', 'GB'],
  ['ccc114af83c7', 'ebay.fr, "Lieu où se trouve l\'objet : Galway , Irlande (Eire)"', 'IE'],
] as const;
for (const [prefix, what, code] of EBAY) {
  test(`real eBay page (${what}): ships from ${code}, read from the page`, { skip: zyteSkip }, () => {
    const d = zyteDraft(prefix);
    assert.equal(d.shipsFrom, code);
    assert.equal(d.sources.shipsFrom, 'dom');
    const c = draftCountries(d);
    assert.deepEqual(c.shipsFrom, { code, source: 'page', likely: false });
    // the goods' origin is not on the page: a guess from where it ships, said to be one
    assert.deepEqual(c.origin, { code, source: 'ships-from', likely: true });
  });
}

const AMAZON = [
  ['2c036dd02ff3', 'amazon.de', 'DE'],
  ['27021c0c0aea', 'amazon.co.uk', 'GB'],
  ['2eca89a9c93c', 'amazon.fr', 'FR'],
  ['871a0c6c919b', 'amazon.it', 'IT'],
  ['0094967f37c6', 'amazon.com', 'US'],
] as const;
for (const [prefix, site, code] of AMAZON) {
  test(`real ${site} page that names no country: ships from ${code} likely, from the site`, { skip: zyteSkip }, () => {
    const d = zyteDraft(prefix);
    assert.equal(d.shipsFrom, null, 'the draft keeps only what the page states');
    assert.deepEqual(draftCountries(d).shipsFrom, { code, source: 'site-default', likely: true });
  });
}

test('real amazon.com page with a "Country of origin" row: origin US from the page', () => {
  const file = resolve(ROOT, '../shared/fixtures/pages/amazon-com--gorilla-tape.html');
  if (!existsSync(file)) return;
  const r = extractPage(documentOf(readFileSync(file, 'utf8')), 'https://www.amazon.com/Gorilla-6012110-Black-2-Pack-Piece/dp/B00N150YS4');
  assert.ok(r.ok);
  const c = draftCountries(r.draft);
  assert.deepEqual(c.origin, { code: 'US', source: 'page', likely: false });
  assert.deepEqual(c.shipsFrom, { code: 'US', source: 'site-default', likely: true });
});

test('a real shop page on a .com with no country anywhere gets no guess (the popup asks)', () => {
  const file = resolve(ROOT, '../shared/fixtures/pages/wayfair-com--armchair.html');
  if (!existsSync(file)) return;
  const r = extractPage(documentOf(readFileSync(file, 'utf8')), 'https://www.wayfair.com/furniture/pdp/wade-logan-penhook-2047-wide-armchair-w005759888.html');
  assert.ok(r.ok);
  assert.deepEqual(draftCountries(r.draft), { shipsFrom: null, origin: null });
});

test('Temu, AliExpress and Shein: China likely where the page says nothing; the page wins where it does', () => {
  const byName = new Map(allSiteFixtures().map((f) => [`${f.site}/${f.name}`, f]));
  const draftOf = (name: string) => {
    const f = byName.get(name);
    assert.ok(f, name);
    const r = extractPage(documentOf(f.html), f.url);
    assert.ok(r.ok);
    return r.draft;
  };
  // Temu's page says "Ships from China"; the origin is the site's usual one
  const temu = draftCountries(draftOf('temu/goods'));
  assert.deepEqual(temu.shipsFrom, { code: 'CN', source: 'page', likely: false });
  assert.deepEqual(temu.origin, { code: 'CN', source: 'site-default', likely: true });
  // AliExpress with a warehouse chosen in Spain: Spain from the page, origin from the item specifics
  const ali = draftCountries(draftOf('aliexpress/item-ship-from-chosen'));
  assert.deepEqual(ali.shipsFrom, { code: 'ES', source: 'page', likely: false });
  assert.deepEqual(ali.origin, { code: 'CN', source: 'page', likely: false });
  // a choice of warehouses not made yet: asked, not guessed
  assert.equal(draftCountries(draftOf('aliexpress/item-ship-from-open')).shipsFrom, null);
  const shein = draftCountries({ ...newDraft('shein', new URL('https://us.shein.com/x-p-1.html'), 'product') });
  assert.deepEqual(shein, { shipsFrom: { code: 'CN', source: 'site-default', likely: true }, origin: { code: 'CN', source: 'site-default', likely: true } });
});

test('countryOfOrigin in structured data says "structured data"', () => {
  const d = newDraft('generic', new URL('https://shop.example.com/p/1'), 'product');
  d.origin = 'VN';
  d.sources.origin = 'json-ld';
  assert.deepEqual(draftCountries(d).origin, { code: 'VN', source: 'structured-data', likely: false });
});

test('the country of a shop domain: country codes yes, .com and vanity domains no', () => {
  assert.equal(domainCountry('www.otto.de'), 'DE');
  assert.equal(domainCountry('www.argos.co.uk'), 'GB');
  assert.equal(domainCountry('www.amazon.co.jp'), 'JP');
  assert.equal(domainCountry('www.paris.cl'), 'CL');
  assert.equal(domainCountry('www.wayfair.com'), null);
  assert.equal(domainCountry('shop.example.io'), null);
  assert.equal(domainCountry('myshop.co'), null);
  assert.equal(domainCountry('localhost'), null);
  assert.equal(siteShipsFrom('ebay', 'https://www.ebay.com/itm/1'), 'US');
  assert.equal(siteShipsFrom('temu', 'https://www.temu.com/de/x.html'), 'CN');
  assert.equal(siteShipsFrom('generic', 'not a url'), null);
  // a country store in the address: language and country, never a lone language
  assert.equal(siteShipsFrom('generic', 'https://www.ikea.com/gb/en/p/moeckelby-table-oak-00293772/'), 'GB');
  assert.equal(siteShipsFrom('generic', 'https://shop.bestseller.com/ie/en/bc/women/x'), 'IE');
  assert.equal(siteShipsFrom('generic', 'https://ar-sa.namshi.com/buy-adidas-x.html'), 'SA');
  assert.equal(siteShipsFrom('generic', 'https://www.example.com/en-gb/p/1'), 'GB');
  assert.equal(siteShipsFrom('etsy', 'https://www.etsy.com/es/listing/550571276/x'), null);
  assert.equal(siteShipsFrom('generic', 'https://www.example.com/de/p/1'), null);
});

test("country names in the page's language, capped before matching", () => {
  assert.equal(countryIn('Regno Unito', 'it-IT'), 'GB');
  assert.equal(countryIn('Irlande (Eire)', 'fr-FR'), 'IE');
  assert.equal(countryIn('Deutschland', 'de'), 'DE');
  assert.equal(countryIn('China', 'en'), 'CN');
  // a long text is not read at all (no matching over uncapped page text)
  assert.equal(countryIn(`${'x'.repeat(100_000)} China`, 'en'), null);
  assert.equal(countryIn('Atlantis', 'en'), null);
});

test("the seller's location the page gives (AliExpress store country) is read, and guesses ships-from before the site", () => {
  const f = allSiteFixtures().find((x) => x.site === 'aliexpress' && x.name === 'item');
  assert.ok(f);
  const r = extractPage(documentOf(f.html), f.url);
  assert.ok(r.ok);
  assert.equal(r.draft.sellerCountry, 'CN');
  const d = newDraft('aliexpress', new URL('https://www.aliexpress.com/item/1005000000000009.html'), 'product');
  d.sellerCountry = 'KR';
  assert.deepEqual(draftCountries(d).shipsFrom, { code: 'KR', source: 'seller', likely: true });
  // the page's own ships-from wins over the seller's location
  d.shipsFrom = 'ES';
  d.sources.shipsFrom = 'dom';
  assert.deepEqual(draftCountries(d).shipsFrom, { code: 'ES', source: 'page', likely: false });
});

// The layers on hand-made pages (no ../shared needed): the visible price picks the main
// product's current price and refuses what is not one; it settles ranges, disagreeing sources
// and stale structured prices; currency is inferred from the domain or lang and says so; the
// structured layer fills what a site adapter left empty without blanking what it found.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseHTML } from 'linkedom';
import { extractPage } from '../../../../extension/adapters/registry.ts';
import { currencyOfHost, currencyOfLang } from '../../../../extension/adapters/lib/currency-by-place.ts';

function page(body: string, head = '', lang = 'en'): Document {
  return parseHTML(`<!doctype html><html lang="${lang}"><head>${head}</head><body>${body}</body></html>`).document as unknown as Document;
}

function draft(doc: Document, url: string) {
  const r = extractPage(doc, url);
  assert.ok(r.ok, r.ok ? '' : r.error);
  return r.draft;
}

const BUY = '<button class="btn" type="button">Add to cart</button>';

test('the visible price is the current price next to the title and the buy button, not the struck "was" price or a related product\'s', () => {
  const doc = page(
    `<header><a href="/cart">Cart $0.00</a></header>
     <main><h1>Linen Tea Towel, Natural</h1>
       <div class="product-price"><del class="old">$24.00</del> <span class="price sale">$18.00</span></div>
       ${BUY}</main>
     <section class="related-carousel"><a href="/p/2"><span>Linen Napkins</span><span class="price">From $9.99</span></a>
       <a href="/p/3"><span>Apron</span><span class="price">$32.00</span></a></section>`,
    '<title>Linen Tea Towel, Natural | Flax & Co</title>',
    'en-US',
  );
  const d = draft(doc, 'https://flax.example/products/tea-towel');
  assert.equal(d.price, '18.00');
  assert.equal(d.currency, 'USD');
  assert.equal(d.sources.price, 'visible');
  assert.equal(d.kind, 'product');
  assert.ok(
    d.notes.some((n) => n.code === 'CURRENCY_INFERRED' && /language \(en-US\)/.test(n.message)),
    'a "$" read as USD from the page language says so',
  );
});

test('a page with numbers but no product price gives none: no buy control, no price-named markup', () => {
  const doc = page(
    '<h1>Opening hours</h1><p>Mon-Fri 9-17</p><p>Call 555 0142</p><div class="news">Since 1998: 25 years of service</div>',
    '<title>Opening hours</title>',
  );
  const d = draft(doc, 'https://bakery.example/hours');
  assert.equal(d.price, null);
  assert.equal(d.kind, 'other');
});

test('"$" on a Canadian domain is CAD, inferred from the domain and noted; a symbol the text names wins over the domain', () => {
  const ca = draft(page(`<h1>Smart Doorbell</h1><div class="price">$229.99</div>${BUY}`, '<title>Smart Doorbell</title>'), 'https://www.shop.ca/p/1');
  assert.equal(ca.price, '229.99');
  assert.equal(ca.currency, 'CAD');
  assert.ok(ca.notes.some((n) => n.code === 'CURRENCY_INFERRED' && /country domain \(www\.shop\.ca\)/.test(n.message)));
  const eur = draft(page(`<h1>Smart Doorbell</h1><div class="price">€199,00</div>${BUY}`, '<title>Smart Doorbell</title>'), 'https://www.shop.ca/p/1');
  assert.equal(eur.currency, 'EUR');
  assert.equal(eur.price, '199.00');
  assert.ok(!eur.notes.some((n) => n.code === 'CURRENCY_INFERRED'));
});

test('page conventions: "24.990" on a Chilean page is 24,990 CLP; "1.199,00 €" is 1199.00 EUR', () => {
  const cl = draft(
    page(`<h1>Consola retro</h1><div class="price">$24.990</div>${BUY}`, '<title>Consola retro</title>', 'es-CL'),
    'https://tienda.example.cl/p/1',
  );
  assert.equal(cl.price, '24990');
  assert.equal(cl.currency, 'CLP');
  const de = draft(
    page(`<h1>Espressomaschine</h1><div class="price">1.199,00 €</div><button>In den Warenkorb</button>`, '<title>Espressomaschine</title>', 'de-DE'),
    'https://shop.example.de/p/1',
  );
  assert.equal(de.price, '1199.00');
  assert.equal(de.currency, 'EUR');
});

test('a structured range is settled by the variant price the page shows inside it', () => {
  const ld =
    '<script type="application/ld+json">{"@type":"Product","name":"Rack","offers":{"@type":"AggregateOffer","lowPrice":"50","highPrice":"60","priceCurrency":"GBP"}}</script>';
  const d = draft(page(`<h1>Rack</h1><div class="price">£50</div>${BUY}`, `<title>Rack</title>${ld}`), 'https://shop.example/rack');
  assert.equal(d.price, '50.00');
  assert.equal(d.priceRange, null);
  assert.ok(d.notes.some((n) => n.code === 'PRICE_OF_SHOWN_VARIANT'));
  const outside = draft(page(`<h1>Rack</h1><div class="price">£75</div>${BUY}`, `<title>Rack</title>${ld}`), 'https://shop.example/rack');
  assert.equal(outside.price, null, "a shown price outside the range is not the range's");
  assert.deepEqual(outside.priceRange, { min: '50.00', max: '60.00' });
});

test('structured sources that disagree are settled by the one the page shows; a stale structured price shown only as former gives way', () => {
  const meta =
    '<meta property="og:type" content="product"><meta property="product:price:amount" content="1148"><meta property="product:price:currency" content="PLN">';
  const micro =
    '<div itemscope itemtype="https://schema.org/Product"><span itemprop="name">WC set</span><div itemprop="offers" itemscope itemtype="https://schema.org/Offer"><meta itemprop="price" content="997"><meta itemprop="priceCurrency" content="PLN"></div></div>';
  const d = draft(page(`${micro}<h1>WC set</h1><div class="price">997,00 zł</div>${BUY}`, `<title>WC set</title>${meta}`), 'https://shop.example.pl/wc');
  assert.equal(d.price, '997.00');
  assert.ok(d.notes.some((n) => n.code === 'PRICE_CHOSEN_BY_PAGE'));

  const stale =
    '<div itemscope itemtype="https://schema.org/Product"><span itemprop="name">Red dress</span><div itemprop="offers" itemscope itemtype="https://schema.org/Offer"><meta itemprop="price" content="219.99"><meta itemprop="priceCurrency" content="EUR"></div></div>';
  const s = draft(
    page(
      `${stale}<h1>Red dress</h1><span class="original-price">EUR219.99</span><span class="product-price">EUR110.00</span>${BUY}`,
      '<title>Red dress</title>',
    ),
    'https://shop.example.lv/dress',
  );
  assert.equal(s.price, '110.00');
  assert.ok(s.notes.some((n) => n.code === 'PRICE_SHOWN_AS_FORMER'));
  const current = draft(
    page(`${stale}<h1>Red dress</h1><span class="product-price">EUR219.99</span>${BUY}`, '<title>Red dress</title>'),
    'https://shop.example.lv/dress',
  );
  assert.equal(current.price, '219.99', 'a structured price the page shows as current stays');
  assert.equal(current.sources.price, 'microdata');
});

test('an offer the product data states without a price, or at 0, keeps the visible layer out', () => {
  const ld = (price: string) =>
    `<script type="application/ld+json">{"@type":"Product","name":"Sconce","offers":{"@type":"Offer",${price}"availability":"https://schema.org/OutOfStock"}}</script>`;
  for (const offer of ['', '"price":"0","priceCurrency":"USD",']) {
    const d = draft(
      page(`<h1>Sconce</h1><div class="price">$149.00</div>${BUY}`, `<title>Sconce</title>${ld(offer)}`, 'en-US'),
      'https://lamps.example/sconce',
    );
    assert.equal(d.price, null, offer || 'no price');
    assert.equal(d.availability, 'OutOfStock');
  }
});

test('the item number the page labels is the SKU when no earlier layer has one', () => {
  const d = draft(
    page(`<h1>Faux Fur Throw</h1><div class="price">£150.00</div>${BUY}<p>Product code: 64981901</p>`, '<title>Faux Fur Throw</title>'),
    'https://shop.example.co.uk/throw',
  );
  assert.equal(d.sku, '64981901');
  assert.equal(d.sources.sku, 'visible');
  const ru = draft(
    page(
      `<h1><span>Холодильник BEKO</span> <span>Код: 73556</span></h1><span class="price">131 990 тг.</span><a class="gotobuy">Купить</a>`,
      '<title>Холодильник BEKO</title>',
      'ru',
    ),
    'https://shop.example.kz/p',
  );
  assert.equal(ru.sku, '73556');
  assert.equal(ru.price, '131990.00');
  assert.equal(ru.currency, 'KZT');
});

test('the structured layer fills what a site adapter left empty and never blanks what it found', () => {
  // an eBay item page whose price sits only in microdata (a layout the selectors do not know)
  const micro =
    '<div itemscope itemtype="https://schema.org/Product"><h1 itemprop="name">Duracell CR2032, 4 pack</h1><div itemprop="offers" itemscope itemtype="https://schema.org/Offer"><span itemprop="price" content="5.95">5,95 EUR</span><meta itemprop="priceCurrency" content="EUR"><link itemprop="availability" href="https://schema.org/InStock"></div></div>';
  const d = draft(page(micro, '<title>Duracell CR2032 | eBay</title>'), 'https://www.ebay.fr/itm/293565036718');
  assert.equal(d.adapter, 'ebay');
  assert.equal(d.price, '5.95');
  assert.equal(d.currency, 'EUR');
  assert.equal(d.sources.price, 'microdata');
  assert.equal(d.sku, '293565036718', 'the item number the eBay adapter read from the URL stays');
  assert.equal(d.sources.sku, 'url');
  assert.equal(d.availability, 'InStock');
  assert.ok(!d.notes.some((n) => n.field === 'price' && n.code === 'NO_PRICE'), 'the site adapter\'s "no price" note goes once a layer found one');
});

test('currency by place: country domains and lang regions, nothing for generic domains', () => {
  assert.equal(currencyOfHost('www.amazon.co.uk'), 'GBP');
  assert.equal(currencyOfHost('www.ebay.fr'), 'EUR');
  assert.equal(currencyOfHost('www.bestbuy.ca'), 'CAD');
  assert.equal(currencyOfHost('shop.example.com.au'), 'AUD');
  assert.equal(currencyOfHost('www.example.com'), null);
  assert.equal(currencyOfHost('shop.io'), null);
  assert.equal(currencyOfHost('startup.co'), null, '.co is sold as "company", not only to Colombia');
  assert.equal(currencyOfLang('de-AT'), 'EUR');
  assert.equal(currencyOfLang('en_GB'), 'GBP');
  assert.equal(currencyOfLang('en'), null);
  assert.equal(currencyOfLang(null), null);
});

test('availability the page states next to the product fills what structured data left empty; a related product\'s "Sold out" does not', () => {
  const d = draft(
    page(
      `<h1>Garden Trowel</h1><div class="price">€12,50</div><p class="stock">Auf Lager</p>${BUY}<section><a href="/p/9">Hand Fork</a><span>Ausverkauft</span></section>`,
      '<title>Garden Trowel</title>',
      'de-DE',
    ),
    'https://garten.example.de/p/trowel',
  );
  assert.equal(d.availability, 'InStock');
  assert.equal(d.sources.availability, 'visible');
  const out = draft(
    page(`<h1>Garden Trowel</h1><div class="price">€12,50</div><p>Not in stock? <span>Out of stock</span></p>${BUY}`, '<title>Garden Trowel</title>'),
    'https://garten.example.de/p/trowel',
  );
  assert.equal(out.availability, 'OutOfStock');
});

test('a price split from its currency ("294" then "元") is read with it, after a struck list price; a price before tax is not the price', () => {
  const tw = draft(
    page(
      `<h1>鵝肉鬆 250g</h1><table><tr><td><strong>建議售價</strong> <font><del>$420</del></font><span>元</span></td></tr><tr><td><strong>特價</strong> <b>7 折</b> <span style="font:bold 27px Verdana">294</span><span> 元 </span></td></tr></table><input type="submit" value="加入購物車">`,
      '<title>鵝肉鬆 250g</title>',
      'zh-TW',
    ),
    'https://www.shop.example.com.tw/p/M1',
  );
  assert.equal(tw.price, '294.00');
  assert.equal(tw.currency, 'TWD', '元 on a Taiwanese domain');
  const vat = draft(
    page(`<h1>Diving mask</h1><div class="price">excl. VAT: €81.97</div><div class="price">€100.00</div>${BUY}`, '<title>Diving mask</title>'),
    'https://shop.example.si/mask',
  );
  assert.equal(vat.price, '100.00');
});

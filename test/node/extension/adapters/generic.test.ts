// The generic adapter and the registry, in Node via linkedom (what `s321 extract` runs): the
// committed hand-made pages give exactly their expected drafts; the shared real pages give the
// expected title/price/currency (null where the page has no price) and the same golden drafts
// the browser test checks in Chromium.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { adapters, adapterFor, extractPage } from '../../../../extension/adapters/registry.ts';
import { generic } from '../../../../extension/adapters/generic.ts';
import { finalizeDraft, newDraft } from '../../../../extension/adapters/draft.ts';
import { draftSchema } from '../../../../extension/adapters/draft-schema.ts';
import type { Adapter } from '../../../../extension/adapters/types.ts';
import { documentOf, genericPages, GENERIC_DIR, NEEDS_SITE_ADAPTER, readShared, sharedPages } from './generic-fixtures.ts';

test('the fixture index lists exactly the generic pages in the folder, each with an expected draft', () => {
  const files = readdirSync(GENERIC_DIR);
  const html = files
    .filter((f) => f.endsWith('.html'))
    .map((f) => f.slice(0, -5))
    .sort();
  assert.deepEqual(
    genericPages()
      .map((p) => p.name)
      .sort(),
    html,
  );
  for (const name of html) assert.ok(files.includes(`${name}.expected.json`), `${name}.expected.json is missing`);
});

for (const page of genericPages()) {
  test(`generic page "${page.name}" gives its expected draft`, () => {
    const r = extractPage(documentOf(page.html), page.url, generic);
    assert.ok(r.ok, r.ok ? '' : r.error);
    assert.deepEqual(r.draft, page.draft);
  });
}

const shared = sharedPages();
if ('skip' in shared) {
  test('shared real pages', { skip: shared.skip }, () => {});
} else {
  for (const p of shared.pages) {
    test(`real page ${p.file}: title, price and currency as expected.json says${NEEDS_SITE_ADAPTER.has(p.file) ? ' (price from the visible page or none)' : ''}`, () => {
      const r = extractPage(documentOf(readShared(p.file)), p.url, generic);
      assert.ok(r.ok, r.ok ? '' : r.error);
      const d = r.draft;
      assert.ok(d.title?.includes(p.titleIncludes), `title "${d.title}" should include "${p.titleIncludes}"`);
      if (NEEDS_SITE_ADAPTER.has(p.file)) {
        // no structured price on this page: only the visible-page layer can read it, and it must
        // read the right one or none
        assert.ok(d.price === null || d.price === p.price, `the visible layer read ${d.price}, not the page's price ${p.price}`);
        if (d.price !== null) assert.equal(d.sources.price, 'visible');
      } else {
        assert.equal(d.price, p.price);
        assert.equal(d.currency, p.currency);
      }
      if (d.price === null) assert.ok(d.notes.length > 0, 'a null price comes with a note saying why');
      assert.deepEqual(d, shared.drafts[p.file], 'same draft as the golden one the browser test checks');
    });
  }
}

test('the generic adapter is last and takes any http(s) page, and nothing else', () => {
  assert.equal(adapters[adapters.length - 1], generic);
  assert.equal(adapterFor(new URL('https://any.example/x')), generic);
  assert.equal(adapterFor(new URL('file:///tmp/x.html')), null);
  assert.equal(adapterFor(new URL('chrome://settings')), null);
});

test("every adapter matches its own example URLs and every site adapter rejects the others' examples", () => {
  for (const a of adapters) {
    assert.ok(a.examples.length > 0, `${a.id} lists example URLs`);
    assert.match(a.id, /^[a-z0-9-]+$/);
    for (const e of a.examples) assert.ok(a.matches(new URL(e)), `${a.id} should match ${e}`);
    if (a === generic) continue;
    for (const other of adapters) {
      if (other === a) continue;
      for (const e of other.examples) assert.ok(!a.matches(new URL(e)), `${a.id} must reject ${other.id}'s example ${e}`);
    }
  }
  assert.equal(new Set(adapters.map((a) => a.id)).size, adapters.length, 'adapter ids are unique');
});

test('a site adapter that throws falls back to the generic adapter with a note', () => {
  const broken: Adapter = {
    id: 'broken',
    name: 'Broken',
    pageKinds: ['product'],
    examples: [],
    matches: () => true,
    extract: () => {
      throw new Error('selector gone');
    },
  };
  const page = genericPages().find((p) => p.name === 'jsonld-offer')!;
  const r = extractPage(documentOf(page.html), page.url, broken);
  assert.ok(r.ok);
  assert.equal(r.draft.adapter, 'generic');
  assert.equal(r.draft.price, '24.50');
  assert.ok(r.draft.notes.some((n) => n.code === 'ADAPTER_FAILED' && n.message.includes('selector gone')));
});

test('an adapter that invents an invalid value gets it nulled with a note, never passed on', () => {
  const liar: Adapter = {
    id: 'liar',
    name: 'Liar',
    pageKinds: ['product'],
    examples: [],
    matches: () => true,
    extract: (_d, url) => ({ ...newDraft('liar', url, 'product'), title: 'x'.repeat(10_000), price: '12.345', currency: 'USD', origin: 'XX' }),
  };
  const r = extractPage(documentOf('<html></html>'), 'https://shop.example/p', liar);
  assert.ok(r.ok);
  assert.equal(r.draft.price, null);
  assert.equal(r.draft.origin, null);
  assert.equal(r.draft.title!.length, 500);
  assert.deepEqual(r.draft.notes.map((n) => n.code).sort(), ['COUNTRY_UNKNOWN', 'PRICE_INVALID']);
});

// (how long extraction takes is measured by npm run bench, not asserted here: timed tests flake on a busy machine)
test('a 5 MB title and a 5 MB JSON-LD string are capped', () => {
  const big = 'A'.repeat(5_000_000);
  const half = '9'.repeat(1_500_000); // two of these stay under the 4 MB JSON-LD block limit
  const html =
    `<html><head><title>${big}</title><script type="application/ld+json">{"@type":"Product","name":"${half}","offers":{"price":"${half}","priceCurrency":"USD"}}</script>` +
    `<script type="application/ld+json">{"@type":"Product","name":"${big}"}</script></head></html>`;
  const doc = documentOf(html);
  const r = extractPage(doc, 'https://big.example/p');
  assert.ok(r.ok);
  assert.equal(r.draft.title!.length, 500);
  assert.equal(r.draft.price, null);
  assert.ok(r.draft.notes.some((n) => n.code === 'PRICE_TOO_LONG'));
  assert.ok(
    r.draft.notes.some((n) => n.code === 'JSON_LD_UNREADABLE'),
    'the 5 MB block is skipped',
  );
});

test('the draft schema rejects what a draft must never hold', () => {
  const base = finalizeDraft(newDraft('generic', new URL('https://shop.example/p'), 'product'));
  assert.ok(draftSchema.safeParse(base).success);
  assert.ok(!draftSchema.safeParse({ ...base, price: '12.345', currency: 'USD' }).success, 'fraction of a cent');
  assert.ok(!draftSchema.safeParse({ ...base, price: 'abc' }).success);
  assert.ok(!draftSchema.safeParse({ ...base, currency: 'XXX' }).success);
  assert.ok(!draftSchema.safeParse({ ...base, url: 'javascript:alert(1)' }).success);
  assert.ok(!draftSchema.safeParse({ ...base, notes: [] }).success, 'a product without a price must say why');
  assert.ok(!draftSchema.safeParse({ ...base, extra: 1, title: 5 }).success);
});

test('the hostile page: markup in the title stays literal text, lying offers give no price', () => {
  const page = genericPages().find((p) => p.name === 'hostile')!;
  const r = extractPage(documentOf(page.html), page.url);
  assert.ok(r.ok);
  assert.equal(r.draft.title, '<img src=x onerror="document.title=\'pwned\'"><b>Totally Real Watch</b>');
  assert.equal(r.draft.price, null);
  assert.equal(r.draft.origin, null);
  for (const code of ['PRICE_NEGATIVE', 'PRICE_TOO_MANY_DECIMALS', 'CURRENCY_UNKNOWN', 'JSON_LD_UNREADABLE', 'COUNTRY_UNREADABLE']) {
    assert.ok(
      r.draft.notes.some((n) => n.code === code),
      code,
    );
  }
});

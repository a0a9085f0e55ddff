// The meta-test: every site adapter is registered before the generic one, has a
// fixture for every page kind it claims, and its matches() rejects every other site's fixture
// URLs and example URLs; a page detector (Shopify) claims none of the other sites' fixtures.
// Failure messages say what to add.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { adapters, adapterFor } from '../../../../extension/adapters/registry.ts';
import { generic } from '../../../../extension/adapters/generic.ts';
import { isOpenRegistrationHost } from '../../../../extension/capture-policy.ts';
import { documentOf } from './generic-fixtures.ts';
import { allSiteFixtures, PAGES_DIR, ROOT, SITES, siteFixtures } from './fixtures.ts';
import { genericPages } from './generic-fixtures.ts';
import { parseMatchPattern, patternMatches, sampleUrl } from '../match-pattern.ts';

const siteAdapters = adapters.filter((a) => a !== generic);

test('every site adapter file under extension/adapters/ is registered, before the generic adapter', () => {
  const files = readdirSync(join(ROOT, 'extension/adapters')).filter(
    (f) => f.endsWith('.ts') && !['types.ts', 'draft.ts', 'draft-schema.ts', 'registry.ts', 'generic.ts'].includes(f),
  );
  for (const f of files) {
    const id = f.slice(0, -3);
    assert.ok(
      siteAdapters.some((a) => a.id === id),
      `extension/adapters/${f} is not in the registry: add "${id}" to the adapters list in extension/adapters/registry.ts, before generic`,
    );
  }
  assert.equal(adapters[adapters.length - 1], generic, 'the generic adapter must stay last in the registry');
});

test('every site adapter has at least one fixture per page kind it claims', () => {
  for (const a of siteAdapters) {
    const fixtures = siteFixtures(a.id);
    assert.ok(fixtures.length > 0, `no fixtures for the ${a.id} adapter: add test/fixtures/pages/${a.id}/NAME.html and NAME.expected.json`);
    for (const kind of a.pageKinds) {
      assert.ok(
        fixtures.some((f) => f.draft.kind === kind),
        `the ${a.id} adapter claims page kind "${kind}" but no fixture in test/fixtures/pages/${a.id}/ has an expected draft of that kind: add one (a hand-made page following the site's structure), or drop "${kind}" from its pageKinds`,
      );
    }
    for (const f of fixtures) {
      assert.ok(
        (a.pageKinds as readonly string[]).includes(f.draft.kind) || f.draft.kind === 'other',
        `${a.id}/${f.name} is a "${f.draft.kind}" page, which ${a.id}.pageKinds does not claim: add it there`,
      );
    }
  }
});

test('every site adapter names its marketplace, once', () => {
  const names = siteAdapters.map((a) => a.name);
  for (const a of siteAdapters)
    assert.ok(
      typeof a.name === 'string' && a.name.trim() === a.name && a.name.length > 0,
      `the ${a.id} adapter has no name: add the marketplace's name as people write it ("eBay")`,
    );
  assert.equal(new Set(names.map((n) => n.toLowerCase())).size, names.length, `two adapters share a name: ${names.join(', ')}`);
});

test('every registered site adapter has a fixture folder', () => {
  for (const id of SITES)
    assert.ok(existsSync(join(PAGES_DIR, id)), `the ${id} adapter has no fixture folder: add test/fixtures/pages/${id}/ with one page per kind it claims`);
});

test('every site folder of test/fixtures/pages belongs to a registered adapter', () => {
  for (const entry of readdirSync(PAGES_DIR, { withFileTypes: true })) {
    // files beside the site folders (the hostile-page builders) are not sites
    if (!entry.isDirectory() || entry.name === 'generic') continue;
    const dir = entry.name;
    assert.ok(
      adapters.some((a) => a.id === dir),
      `test/fixtures/pages/${dir}/ has no adapter with id "${dir}": register one or rename the folder`,
    );
  }
});

test("every site adapter matches its own fixtures' URLs and examples, and rejects every other site's", () => {
  const fixtures = allSiteFixtures();
  for (const a of siteAdapters) {
    for (const e of a.examples) assert.ok(a.matches(new URL(e)), `${a.id} must match its own example ${e}`);
    for (const f of fixtures) {
      const mine = f.site === a.id;
      // a storefront on its own domain is found by detects(), not by its URL
      if (mine && a.detects && !a.matches(new URL(f.url))) {
        assert.ok(a.detects(documentOf(f.html), new URL(f.url)), `${a.id} must detect its fixture ${f.site}/${f.name}`);
        continue;
      }
      assert.equal(
        a.matches(new URL(f.url)),
        mine,
        mine ? `${a.id} must match its fixture URL ${f.url}` : `${a.id}.matches() must reject ${f.site}'s fixture URL ${f.url}: tighten its host pattern`,
      );
    }
    for (const other of adapters) {
      if (other === a) continue;
      for (const e of other.examples) assert.ok(!a.matches(new URL(e)), `${a.id}.matches() must reject ${other.id}'s example ${e}: tighten its host pattern`);
    }
  }
});

test("a page detector never claims another site's page, and the registry keeps URL matches first", () => {
  const fixtures = allSiteFixtures();
  for (const a of siteAdapters.filter((x) => x.detects)) {
    for (const f of fixtures.filter((x) => x.site !== a.id)) {
      assert.equal(
        a.detects!(documentOf(f.html), new URL(f.url)),
        false,
        `${a.id}.detects() claims ${f.site}/${f.name}: make it look for ${a.id}-only markers`,
      );
    }
  }
  // even a Shopify-looking page on amazon.com stays Amazon's
  const shopifyPage = siteFixtures('shopify')[0];
  assert.equal(adapterFor(new URL('https://www.amazon.com/products/x'), documentOf(shopifyPage.html))?.id, 'amazon');
  // and a non-storefront /products/ page stays generic
  assert.equal(adapterFor(new URL('https://shop.example/products/x'), documentOf('<html><head><title>x</title></head><body></body></html>'))?.id, 'generic');
});

// Host permissions: each adapter's
// `hosts` are the manifest patterns where its content script runs without a click. They must be
// hosts the adapter itself reads (else the extension would ask for a site nothing supports), and
// they must cover every example and fixture URL it claims by URL (else a supported page would
// need a click). manifest.test.ts checks that the built manifests list exactly their union.
test("every site adapter's declared hosts are its own, and cover its examples and fixture URLs", () => {
  const fixtures = allSiteFixtures();
  for (const a of siteAdapters) {
    const hosts = a.hosts ?? [];
    // a site where anyone can open a store (myshopify.com) gets no match and no permission: it
    // is read after a toolbar click (activeTab), never by itself (issue 22)
    if (a.examples.every((e) => isOpenRegistrationHost(new URL(e).hostname))) {
      assert.deepEqual(hosts, [], `${a.id}: anyone can register a host there; declare no hosts (read after a toolbar click)`);
      continue;
    }
    assert.ok(
      hosts.length > 0,
      `the ${a.id} adapter declares no hosts: add the match patterns of the marketplace hosts it supports (the build writes them into the manifests)`,
    );
    for (const h of hosts) {
      const p = parseMatchPattern(h);
      assert.deepEqual(p.schemes, ['https:'], `${a.id}: ${h} must be https only`);
      const urls = p.anySubdomain ? [sampleUrl(h), sampleUrl(h, 'www')] : [sampleUrl(h)];
      for (const u of urls) {
        assert.ok(a.matches(new URL(u)), `${a.id} declares ${h} but its matches() rejects ${u}: drop the host or widen matches()`);
        assert.equal(adapterFor(new URL(u))?.id, a.id, `${u} (${a.id}'s host ${h}) is taken by another adapter first in the registry`);
      }
    }
    const covered = (u: string) => hosts.some((h) => patternMatches(h, u));
    for (const e of a.examples) assert.ok(covered(e), `${a.id}'s example ${e} is on no host it declares: add its match pattern to ${a.id}.hosts`);
    for (const f of fixtures.filter((x) => x.site === a.id)) {
      if (!a.matches(new URL(f.url))) continue; // a storefront on its own domain: read after a click (detects)
      assert.ok(covered(f.url), `${a.id}/${f.name} (${f.url}) is on no host ${a.id} declares: add its match pattern to ${a.id}.hosts`);
    }
  }
});

test('no declared host covers a page only the generic adapter or a page detector reads', () => {
  const all = adapters.flatMap((a) => a.hosts ?? []);
  const elsewhere = [
    ...generic.examples,
    ...genericPages().map((p) => p.url),
    ...allSiteFixtures()
      .filter((f) => !adapters.find((a) => a.id === f.site)!.matches(new URL(f.url)))
      .map((f) => f.url),
  ];
  assert.ok(elsewhere.length > 5);
  for (const u of elsewhere)
    assert.ok(!all.some((h) => patternMatches(h, u)), `${u} is read by the generic adapter (or a detector) yet a declared host covers it`);
});

test('match patterns are read as the browsers read them', () => {
  assert.ok(patternMatches('https://*.shein.com/*', 'https://us.shein.com/x-p-1.html'));
  assert.ok(patternMatches('https://*.shein.com/*', 'https://shein.com/'));
  assert.ok(!patternMatches('https://*.shein.com/*', 'https://notshein.com/'));
  assert.ok(!patternMatches('https://*.shein.com/*', 'http://us.shein.com/'));
  assert.ok(patternMatches('https://www.ebay.com/*', 'https://www.ebay.com/itm/1?x=2'));
  assert.ok(!patternMatches('https://www.ebay.com/*', 'https://www.ebay.com.au/itm/1'));
  assert.ok(!patternMatches('https://www.amazon.com/*', 'https://sellercentral.amazon.com/orders-v3/order/1'));
  assert.throws(() => parseMatchPattern('www.amazon.com/*'), /not a match pattern/);
});

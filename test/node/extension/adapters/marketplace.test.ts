// The marketplace adapters in Node, with the document `s321 extract` builds (linkedom's
// parseHTML): every hand-made fixture gives exactly its expected draft through the registry and
// through the extract command; the shared real pages give the title, price and currency of
// ../shared/fixtures/pages/expected.json with all adapters registered.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { adapterFor, extractPage } from '../../../../extension/adapters/registry.ts';
import { draftSchema } from '../../../../extension/adapters/draft-schema.ts';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { documentOf, readShared, sharedPages } from './generic-fixtures.ts';
import { allSiteFixtures, ROOT } from './fixtures.ts';

const run = promisify(execFile);

for (const f of allSiteFixtures()) {
  test(`${f.site}/${f.name}: the registry picks the ${f.site} adapter and gives the expected draft`, () => {
    const doc = documentOf(f.html);
    assert.equal(adapterFor(new URL(f.url), doc)?.id, f.site);
    const r = extractPage(doc, f.url);
    assert.ok(r.ok, r.ok ? '' : r.error);
    assert.deepEqual(r.draft, f.draft);
    assert.ok(draftSchema.safeParse(r.draft).success);
  });
}

test('`s321 extract FILE --url URL` prints the same draft as the registry for every marketplace fixture', async () => {
  // the real command line in child processes (four at a time), as a user runs it
  const queue = allSiteFixtures();
  const worker = async () => {
    for (let f = queue.shift(); f; f = queue.shift()) {
      const { stdout } = await run(process.execPath, ['--import', 'tsx', join(ROOT, 'cli/s321.ts'), 'extract', f.file, '--url', f.url], { cwd: ROOT });
      assert.deepEqual(JSON.parse(stdout), f.draft, `${f.site}/${f.name} via s321 extract`);
    }
  };
  await Promise.all([worker(), worker(), worker(), worker()]);
});

const shared = sharedPages();
if ('skip' in shared) {
  test('shared real pages with all adapters registered', { skip: shared.skip }, () => {});
} else {
  for (const p of shared.pages) {
    test(`real page ${p.file} with all adapters registered: title, price and currency as expected.json says`, () => {
      const doc = documentOf(readShared(p.file));
      const r = extractPage(doc, p.url);
      assert.ok(r.ok, r.ok ? '' : r.error);
      const d = r.draft;
      assert.ok(d.title?.includes(p.titleIncludes), `title "${d.title}" should include "${p.titleIncludes}" (adapter ${d.adapter})`);
      assert.equal(d.price, p.price, `price by the ${d.adapter} adapter`);
      assert.equal(d.currency, p.currency, `currency by the ${d.adapter} adapter`);
      if (p.price === null)
        assert.ok(
          d.notes.some((n) => n.field === 'price'),
          'a page without a price gives null with a note saying why',
        );
    });
  }
  test('the real Amazon and Etsy pages are read by their site adapters, not the generic one', () => {
    const byFile = new Map(shared.pages.map((p) => [p.file, p]));
    for (const [file, id] of [
      ['amazon-com--gorilla-tape.html', 'amazon'],
      ['etsy-com--es-listing.html', 'etsy'],
    ] as const) {
      const p = byFile.get(file);
      if (!p) continue;
      const r = extractPage(documentOf(readShared(file)), p.url);
      assert.ok(r.ok);
      assert.equal(r.draft.adapter, id);
    }
    const amazon = extractPage(documentOf(readShared('amazon-com--gorilla-tape.html')), byFile.get('amazon-com--gorilla-tape.html')!.url);
    assert.ok(amazon.ok);
    assert.equal(amazon.draft.seller, 'Amazon.com');
    assert.equal(amazon.draft.origin, 'US', 'the tech details say "Country of Origin: USA"');
    const etsy = extractPage(documentOf(readShared('etsy-com--es-listing.html')), byFile.get('etsy-com--es-listing.html')!.url);
    assert.ok(etsy.ok);
    assert.equal(etsy.draft.seller, 'OliveCreativeCompany');
    assert.equal(etsy.draft.shipsFrom, 'US', '"Se envía desde Estados Unidos" read in the page\'s language');
    assert.ok(
      etsy.draft.notes.some((n) => n.code === 'DISPLAY_CURRENCY'),
      'the EUR buy-box price is kept as a note',
    );
  });
}

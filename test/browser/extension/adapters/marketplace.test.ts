// The marketplace adapters in Chromium: the same committed fixtures give the same
// drafts as in Node, parsed by the browser's DOMParser after fetching them from the WTR dev
// server (rootDir is the repository); the shared real pages (served from one level above the
// root) give the title, price and currency of their expected.json with all adapters registered.
import { expect } from 'chai';
import { parse, SHARED_PAGES, text } from '../../fixture-fetch.ts';
import { adapterFor, adapters, extractPage } from '../../../../extension/adapters/registry.ts';
import { generic } from '../../../../extension/adapters/generic.ts';
import type { Draft } from '../../../../extension/adapters/types.ts';

const PAGES = '/test/fixtures/pages/';
const SHARED = SHARED_PAGES;
/** the fixture names by site folder, listed by the dev server (web-test-runner.config.mjs) */
const FIXTURE_INDEX = `${PAGES}sites.json`;

describe('marketplace adapters in Chromium', () => {
  for (const site of adapters.filter((a) => a !== generic).map((a) => a.id)) {
    it(`${site}: every fixture gives its expected draft through the registry`, async () => {
      const names = (JSON.parse((await text(FIXTURE_INDEX))!) as Record<string, string[]>)[site] ?? [];
      expect(names, `fixtures of ${site}`).to.not.be.empty;
      for (const name of names) {
        const exp = JSON.parse((await text(`${PAGES}${site}/${name}.expected.json`))!) as { url: string; draft: Draft };
        const doc = parse((await text(`${PAGES}${site}/${name}.html`))!);
        expect(adapterFor(new URL(exp.url), doc)?.id, `${site}/${name}`).to.equal(site);
        const r = extractPage(doc, exp.url);
        expect(r.ok, `${site}/${name}`).to.equal(true);
        if (r.ok) expect(r.draft, `${site}/${name}`).to.deep.equal(exp.draft);
      }
    });
  }

  it('reads the shared real pages with all adapters registered: title, price and currency as expected.json says', async function () {
    const expectedText = await text(`${SHARED}expected.json`);
    if (expectedText === null) {
      console.warn('shared fixtures (../shared/fixtures/pages) are absent: skipping the real-page checks');
      this.skip();
    }
    const expected = JSON.parse(expectedText!) as {
      pages: Array<{ file: string; url: string; titleIncludes: string; price: string | null; currency: string | null }>;
    };
    for (const p of expected.pages) {
      const r = extractPage(parse((await text(`${SHARED}${p.file}`))!), p.url);
      expect(r.ok, p.file).to.equal(true);
      if (!r.ok) continue;
      expect(r.draft.title, p.file).to.include(p.titleIncludes);
      expect(r.draft.price, p.file).to.equal(p.price);
      expect(r.draft.currency, p.file).to.equal(p.currency);
    }
  });
});

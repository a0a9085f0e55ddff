// The same fixtures give the same drafts in Chromium as in Node (issue 5, "Done when"): the
// committed generic pages and the shared real pages, parsed by the browser's own DOMParser.
// The shared pages live outside the repository; the WTR dev server serves them through its
// /__wds-outside-root__/1/ prefix (one level above rootDir), so no config change is needed.
import { expect } from 'chai';
import { parse, SHARED_PAGES, text } from '../../fixture-fetch.ts';
import { extractPage } from '../../../../extension/adapters/registry.ts';
import { generic } from '../../../../extension/adapters/generic.ts';
import type { Draft } from '../../../../extension/adapters/types.ts';

const GENERIC = '/test/fixtures/pages/generic/';
const SHARED = SHARED_PAGES;

describe('generic adapter in Chromium', () => {
  it('gives the expected draft for every committed generic page', async () => {
    const index = JSON.parse((await text(`${GENERIC}index.json`))!) as { pages: string[] };
    expect(index.pages.length).to.be.greaterThan(5);
    for (const name of index.pages) {
      const exp = JSON.parse((await text(`${GENERIC}${name}.expected.json`))!) as { url: string; draft: Draft };
      const r = extractPage(parse((await text(`${GENERIC}${name}.html`))!), exp.url, generic);
      expect(r.ok, name).to.equal(true);
      if (r.ok) expect(r.draft, name).to.deep.equal(exp.draft);
    }
  });

  it('gives the golden drafts (the ones Node gives) for the shared real pages', async function () {
    const expectedText = await text(`${SHARED}expected.json`);
    if (expectedText === null) {
      console.warn('shared fixtures (../shared/fixtures/pages) are absent: skipping the real-page checks');
      this.skip();
    }
    const expected = JSON.parse(expectedText!) as {
      pages: Array<{ file: string; url: string; titleIncludes: string; price: string | null; currency: string | null }>;
    };
    const golden = JSON.parse((await text(`${GENERIC}shared-pages.drafts.json`))!) as { drafts: Record<string, Draft> };
    for (const p of expected.pages) {
      const r = extractPage(parse((await text(`${SHARED}${p.file}`))!), p.url, generic);
      expect(r.ok, p.file).to.equal(true);
      if (!r.ok) continue;
      expect(r.draft, p.file).to.deep.equal(golden.drafts[p.file]);
      expect(r.draft.title, p.file).to.include(p.titleIncludes);
    }
  });

  it('keeps a hostile title as text: rendering the draft creates no element', async () => {
    const exp = JSON.parse((await text(`${GENERIC}hostile.expected.json`))!) as { url: string };
    const r = extractPage(parse((await text(`${GENERIC}hostile.html`))!), exp.url);
    expect(r.ok).to.equal(true);
    if (!r.ok) return;
    const box = document.createElement('div');
    box.textContent = r.draft.title;
    document.body.append(box);
    expect(box.querySelector('img,b')).to.equal(null);
    expect(document.title).not.to.equal('pwned');
    box.remove();
  });

  it('reads a live document the same way as a parsed one', () => {
    const frame = document.createElement('div');
    frame.innerHTML = '<script type="application/ld+json">{"@type":"Product","name":"Live mug","offers":{"price":"9.50","priceCurrency":"EUR"}}</script>';
    document.head.append(...Array.from(frame.childNodes));
    const r = extractPage(document, 'https://shop.example/live');
    expect(r.ok && r.draft.title).to.equal('Live mug');
    expect(r.ok && r.draft.price).to.equal('9.50');
    document.head.querySelector('script[type="application/ld+json"]')?.remove();
  });
});

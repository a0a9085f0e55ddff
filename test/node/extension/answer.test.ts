// extension/answer.ts on real saved pages (linkedom, as `s321 extract` reads them): what the
// popup answers with nothing typed. The pages are read from ../shared/fixtures at run time.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { bundledSchedule } from '../../../core/index.ts';
import { CLASSIFIER_DATA, prepareClassifier } from '../../../core/classify/index.ts';
import { extractPage } from '../../../extension/adapters/registry.ts';
import type { Draft } from '../../../extension/adapters/types.ts';
import { answerFor, candidateOfDraft, rateTextOf } from '../../../extension/answer.ts';
import { defaultSettings } from '../../../extension/storage/schema.ts';

const ZYTE = resolve('../shared/fixtures/zyte-dev/html');
const PAGES = resolve('../shared/fixtures/pages');
const GBP = { file: resolve(ZYTE, 'cb061364938de7b9d9e0d382810f060246464533194c5f4666c34c2f75eb02fc.html.gz'), url: 'https://www.amazon.co.uk/dp/B07C8KMQQ6' };
const skip = existsSync(GBP.file) && existsSync(PAGES) ? false : '../shared/fixtures is absent';
const DAY = '2026-12-07';
const data = { items: [], rates: null, settings: defaultSettings('p1') };

function draftOf(file: string, url: string): Draft {
  const raw = readFileSync(file);
  const html = file.endsWith('.gz') ? gunzipSync(raw).toString('utf8') : raw.toString('utf8');
  const r = extractPage(parseHTML(html).document as unknown as Document, url);
  assert.ok(r.ok, `${file}: ${!r.ok && r.error}`);
  return r.draft;
}
let kit: { classifier: ReturnType<typeof prepareClassifier>; schedule: ReturnType<typeof bundledSchedule> } | undefined;
const getKit = () => (kit ??= { classifier: prepareClassifier(CLASSIFIER_DATA), schedule: bundledSchedule() });

test('a pound page with no imported rates: decided, product kinds with their duty, a range, what was guessed', { skip }, () => {
  const draft = draftOf(GBP.file, GBP.url);
  assert.equal(draft.currency, 'GBP');
  const a = answerFor({ draft, data, today: DAY, ...getKit() });
  assert.ok(a.decision, 'decided');
  assert.equal(a.decision.exempt, false);
  assert.deepEqual(a.problems, []);
  assert.equal(a.decision.valueDependence?.conversion, 'approximate');
  // four distinct headings, each priced by core under its number
  assert.equal(a.products.length, 4);
  assert.equal(new Set(a.products.map((p) => p.heading)).size, 4);
  for (const p of a.products) {
    assert.match(p.hts, /^\d{10}$/);
    assert.ok(p.charges, `${p.hts} priced`);
    assert.match(p.rateText, /%|Free|¢/);
    // the MFN line of the number, and a layer for goods of the United Kingdom
    assert.ok(
      p.charges.lines.some((l) => l.kind === 'duty' && l.program === 'mfn'),
      `${p.hts}: its MFN line`,
    );
    assert.ok(
      p.charges.lines.some((l) => l.kind === 'duty' && l.program !== 'mfn'),
      `${p.hts}: an origin layer`,
    );
    assert.equal(p.rateText.split(' + ').length, p.charges.lines.filter((l) => l.kind === 'duty' && (l.program === 'mfn' || l.rate !== '0')).length);
  }
  const totals = a.products.map((p) => Number(p.charges!.total));
  assert.ok(a.estimate);
  assert.equal(Number(a.estimate.low), Math.min(...totals));
  assert.equal(Number(a.estimate.high), Math.max(...totals));
  assert.ok(Number(a.estimate.low) < Number(a.estimate.high), 'a range');
  const kinds = a.inferred.map((i) => i.kind).sort();
  assert.deepEqual(kinds, ['origin', 'product', 'rate', 'ships-from']);
  assert.deepEqual(
    a.inferred.find((i) => i.kind === 'rate'),
    { kind: 'rate', date: '2026-04-13' },
  );
  assert.deepEqual(a.missing, []);
  // a pick (or a number the page states) gives one figure: that product's
  const pick = a.products[a.products.length - 1];
  const b = answerFor({ draft, data, today: DAY, ...getKit(), picked: pick.hts });
  assert.deepEqual(b.estimate, { low: pick.charges!.total, high: pick.charges!.total, complete: pick.charges!.complete });
  assert.ok(!b.inferred.some((i) => i.kind === 'product'));
});

test('before the classifier is ready: the decision alone, the product still to ask', { skip }, () => {
  const draft = draftOf(GBP.file, GBP.url);
  const a = answerFor({ draft, data, today: DAY });
  assert.equal(a.decision?.exempt, false);
  assert.deepEqual(a.products, []);
  // a minimum from core's charges without an HTS number (the origin's layers and the fees)
  assert.equal(a.estimate?.complete, false);
});

test('a US shop page: not an import (ships from the US, guessed), nothing to estimate', { skip }, () => {
  const draft = draftOf(resolve(PAGES, 'amazon-com--gorilla-tape.html'), 'https://www.amazon.com/dp/B0000DH4ND');
  const a = answerFor({ draft, data, today: DAY, ...getKit() });
  assert.equal(a.decision?.exempt, true);
  assert.equal(a.decision?.exemption, 'not-an-import');
  assert.equal(a.estimate, null);
  assert.ok(a.inferred.some((i) => i.kind === 'ships-from' && i.country === 'US'));
});

test('a page naming no country on a .com shop: origin and ships-from still asked, no decision', { skip }, () => {
  const draft = draftOf(
    resolve(PAGES, 'wayfair-com--armchair.html'),
    'https://www.wayfair.com/furniture/pdp/wade-logan-penhook-2047-wide-armchair-w005759888.html',
  );
  const c = candidateOfDraft(draft, data, DAY);
  assert.equal(c.candidate, null);
  assert.deepEqual(c.missing, ['origin', 'ships-from']);
  const a = answerFor({ draft, data, today: DAY, ...getKit() });
  assert.equal(a.decision, null);
  assert.ok(a.products.length > 0, 'the kinds of product are offered all the same');
});

test('rateTextOf words the duty lines', () => {
  const line = (rate: string | undefined, specific?: string) => ({
    program: 'x',
    kind: 'duty' as const,
    base: '1',
    amount: '0',
    citation: '',
    confidence: 'P',
    ...(rate !== undefined ? { rate } : {}),
    ...(specific ? { specific } : {}),
  });
  const charges = (lines: ReturnType<typeof line>[]) => ({ lines, total: '0', duty: '0', fees: '0', complete: true }) as never;
  assert.equal(rateTextOf(charges([line('11'), line('7.5')]), null), '11% + 7.5%');
  assert.equal(rateTextOf(charges([line('0')]), null), 'Free');
  assert.equal(rateTextOf(charges([line('0'), line('10'), line('0')]), null), 'Free + 10%');
  assert.equal(rateTextOf(charges([line('0', '4.4 kg'), line('25')]), null), '4.4¢/kg + 25%');
  assert.equal(rateTextOf(null, { general: '6.5%' }), '6.5%');
});

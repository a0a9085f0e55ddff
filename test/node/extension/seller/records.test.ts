// Seller capture: seller order drafts + the seller identity from the options -> Data
// Pilot record drafts (core/records builders), missing elements named, and the JSON / NDJSON /
// CSV export that `s321 validate --profile data-pilot` accepts, or rejects naming what is missing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { validateRecord } from '../../../../core/records/index.ts';
import { compileRates } from '../../../../core/index.ts';
import { exportFile, exportRecords, EXPORT_FORMATS } from '../../../../extension/seller/export.ts';
import { missingNames, sellerRecordDraft, type SellerIdentity } from '../../../../extension/seller/records.ts';
import { allSiteFixtures, ROOT } from '../adapters/fixtures.ts';
import { adapters } from '../../../../extension/adapters/registry.ts';

const run = promisify(execFile);
const sellerPages = allSiteFixtures().filter((f) => f.draft.kind === 'seller-order');
const identity: SellerIdentity = {
  name: 'Harbour Goods Ltd',
  originatorCode: 'HGL0001',
  marketplace: undefined,
  sellerAccount: 'A1EXAMPLE',
  address: { line1: '1 Harbour Road', city: 'Leeds', postalCode: 'LS1 4AP', country: 'GB' },
  shipFromAddress: { line1: '8 Dock Street', city: 'Leeds', country: 'GB' },
};
const rates = compileRates({
  GBP: [{ date: '2025-04-01', kind: 'quarterly', unitsPerUsd: '0.7700' }],
  EUR: [{ date: '2025-04-01', kind: 'quarterly', unitsPerUsd: '0.9100' }],
});
if (!rates.ok) throw new Error('test rates do not compile');
const complete = { mode: 'air', arrival: '2025-04-10', origin: 'GB', rates: rates.rates };

test('there is a seller order fixture for every adapter that reads seller order pages', () => {
  const sellerSites = adapters.filter((a) => a.pageKinds.includes('seller-order')).map((a) => a.id);
  assert.ok(sellerSites.length >= 3);
  assert.deepEqual([...new Set(sellerPages.map((f) => f.site))].sort(), sellerSites.sort());
});

for (const f of sellerPages.filter((x) => x.draft.order?.trackingNumber)) {
  test(`${f.site}/${f.name}: with a full seller identity the record is complete and valid`, () => {
    const r = sellerRecordDraft(f.draft, identity, complete);
    assert.deepEqual(r.missing, []);
    assert.equal(r.complete, true);
    assert.equal(validateRecord(r.record, 'data-pilot').errors.length, 0);
    assert.equal(r.record.finalDeliverTo?.address?.country, f.draft.order!.deliverTo!.country, 'the deliver-to party comes from the page');
    assert.equal(r.record.shipmentTrackingNumber ?? null, f.draft.order!.trackingNumber);
    assert.equal(r.record.marketplaceSellerAccountNumber, 'A1EXAMPLE');
  });
}

test('the record names the marketplace as its adapter declares it, unless the seller set a name', () => {
  for (const f of sellerPages) {
    const adapter = adapters.find((a) => a.id === f.site)!;
    assert.equal(sellerRecordDraft(f.draft, identity, complete).record.marketplaceName, adapter.name, f.site);
    assert.equal(sellerRecordDraft(f.draft, { ...identity, marketplace: 'Harbour Market' }, complete).record.marketplaceName, 'Harbour Market');
  }
  assert.deepEqual(sellerPages.map((f) => sellerRecordDraft(f.draft, identity, complete).record.marketplaceName).sort(), ['Amazon', 'Etsy', 'eBay']);
});

test('an order in GBP without a rate names the missing exchange rate', () => {
  const r = sellerRecordDraft(sellerPages.find((f) => f.site === 'ebay')!.draft, identity, { ...complete, rates: undefined });
  assert.ok(
    r.missing.some((m) => m.element === 'exchangeRate' && m.code === 'MISSING_RATE'),
    JSON.stringify(r.missing),
  );
});

test('without identity, mode, arrival or origin every missing element is named with where it comes from', () => {
  const r = sellerRecordDraft(sellerPages.find((f) => f.site === 'amazon')!.draft, { address: {}, shipFromAddress: {} });
  assert.equal(r.complete, false);
  const names = missingNames(r);
  for (const n of ['originatorCode', 'seller', 'shipmentInitiator', 'modeOfTransportation', 'arrivalDate', 'countryOfOrigin'])
    assert.ok(names.includes(n), `${n} should be named missing, got ${names.join(', ')}`);
  assert.ok(r.missing.find((m) => m.element === 'originatorCode')!.from.includes('options'));
  // what the page gave is still there, nothing invented
  assert.equal(r.record.shipmentTrackingNumber, '1Z999AA10123456784');
  assert.equal(r.record.listedPriceOnMarketplace?.amount, '29.99');
  assert.equal(r.record.originatorCode, undefined);
});

test('the Etsy order without a tracking number is missing the shipment identifier, by name', () => {
  const f = sellerPages.find((x) => x.site === 'etsy')!;
  const r = sellerRecordDraft(f.draft, identity, complete);
  assert.equal(r.complete, false);
  assert.ok(
    r.missing.some((m) => /shipmentTrackingNumber|houseBill|masterBill/.test(m.path + m.message)),
    JSON.stringify(r.missing),
  );
});

test('a shopper order or product page gives no seller record', () => {
  const shopper = allSiteFixtures().find((f) => f.draft.kind === 'order')!;
  const r = sellerRecordDraft(shopper.draft, identity, complete);
  assert.equal(r.complete, false);
  assert.equal(r.missing[0].code, 'NOT_A_SELLER_ORDER');
});

test('listed price is the exact sum of quantity x unit price in minor units', () => {
  const f = sellerPages.find((x) => x.site === 'amazon')!;
  const draft = structuredClone(f.draft);
  draft.lines = [
    { ...draft.lines[0], quantity: 3, price: '19.99' },
    { ...draft.lines[0], quantity: 1, price: '0.10' },
  ];
  const r = sellerRecordDraft(draft, identity, { mode: 'air' }); // no arrival: the partial path
  assert.equal(r.complete, false);
  assert.deepEqual(r.record.listedPriceOnMarketplace, { amount: '60.07', currency: 'USD' });
  const full = sellerRecordDraft(draft, identity, complete); // the builder's path agrees
  assert.deepEqual(full.record.listedPriceOnMarketplace, { amount: '60.07', currency: 'USD' });
});

test("export formats: JSON {records}, one NDJSON line per record, CSV with the records columns; file names carry the caller's stamp", () => {
  const drafts = sellerPages.map((f) => sellerRecordDraft(f.draft, identity, complete));
  const json = JSON.parse(exportRecords(drafts, 'json'));
  assert.equal(json.records.length, drafts.length);
  assert.equal(exportRecords(drafts, 'ndjson').trimEnd().split('\n').length, drafts.length);
  const csv = exportRecords(drafts, 'csv').trimEnd().split('\n');
  assert.equal(csv.length, drafts.length + 1);
  assert.ok(csv[0].startsWith('originatorCode,participantFilerType,'));
  assert.equal(exportFile(drafts, 'csv', '2025-04-10T12:00').name, 's321-data-pilot-2025-04-1012-00.csv'.replace('1012-00', '10T1200'));
  assert.throws(() => exportRecords(drafts, 'xml' as never), /unknown export format "xml"/);
});

test('`s321 validate` accepts the exported complete records and names the missing elements of the incomplete one, in every format', async () => {
  const dir = mkdtempSync(join(tmpdir(), 's321-seller-'));
  const drafts = [
    ...sellerPages.filter((f) => f.site !== 'etsy').map((f) => sellerRecordDraft(f.draft, identity, complete)),
    sellerRecordDraft(sellerPages[0].draft, { address: {}, shipFromAddress: {} }),
  ];
  for (const format of EXPORT_FORMATS) {
    const file = join(dir, `orders.${format}`);
    writeFileSync(file, exportRecords(drafts, format));
    const r = await run(process.execPath, ['--import', 'tsx', join(ROOT, 'cli/s321.ts'), 'validate', '--profile', 'data-pilot', file], { cwd: ROOT }).then(
      () => ({ code: 0, out: '' }),
      (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, out: e.stdout + e.stderr }),
    );
    assert.equal(r.code, 1, `${format}: one record is incomplete`);
    for (const n of ['originatorCode', 'seller', 'shipmentInitiator', 'modeOfTransportation'])
      assert.match(r.out, new RegExp(`record 3\\b.*${n}: MISSING_ELEMENT`), `${format}: ${n}`);
    assert.doesNotMatch(r.out, /record [12]\b/, `${format}: the complete records are accepted`);
  }
});

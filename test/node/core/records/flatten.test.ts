// CSV -> records -> CSV keeps every field.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { bundledRules } from '../../../../core/prepare.ts';
import { buildRecord, flattenRecord, recordColumns, unflattenRecord, PROFILES } from '../../../../core/records/index.ts';
import { orderToSource, ORDER_COLUMNS } from '../../../../cli/records-orders.ts';
import { goodRows, RATES } from '../../cli/export-helpers.ts';

/** orders column -> the data-pilot CSV column that carries its value unchanged */
const CARRIED: Record<string, string> = {
  marketplace: 'marketplaceName',
  marketplace_url: 'marketplaceWebsite',
  seller_id: 'marketplaceSellerAccountNumber',
  seller_name: 'seller.name',
  seller_address: 'seller.address.line1',
  seller_city: 'shipmentInitiator.address.city',
  seller_postal_code: 'shipmentInitiator.address.postalCode',
  seller_country: 'seller.address.country',
  buyer_name: 'finalDeliverTo.name',
  ship_to_address: 'finalDeliverTo.address.line1',
  ship_to_city: 'finalDeliverTo.address.city',
  ship_to_region: 'finalDeliverTo.address.region',
  ship_to_postal_code: 'finalDeliverTo.address.postalCode',
  ship_to_country: 'finalDeliverTo.address.country',
  tracking_number: 'shipmentTrackingNumber',
  house_bill: 'houseBillOfLadingNumber',
  master_bill: 'masterBillOfLadingNumber',
  transport: 'modeOfTransportation',
  arrival: 'arrivalDate',
  description: 'enhancedProductDescription',
  price: 'listedPriceOnMarketplace.amount',
  currency: 'listedPriceOnMarketplace.currency',
  origin: 'countryOfOrigin',
  hts: 'htsNumber',
  listing_url: 'productPicture',
};

describe('records as CSV', () => {
  for (const profile of PROFILES) {
    it(`${profile}: CSV -> records -> CSV -> records gives back the same records`, () => {
      const cols = recordColumns(profile).map((c) => c.name);
      let n = 0;
      for (const row of goodRows(200, 31)) {
        const r = buildRecord(profile, orderToSource(Object.fromEntries(ORDER_COLUMNS.map((c, i) => [c, row[i]])), 'MKTPLC01'), bundledRules(), {
          rates: RATES,
        });
        if (!r.ok) continue;
        n++;
        const text = stringify([cols, ...flattenRecord(profile, r.record)]);
        const back = parse(text, { columns: true }) as Record<string, string>[];
        assert.deepEqual(unflattenRecord(profile, back), r.record);
      }
      assert.ok(n > 100);
    });
  }

  it('data-pilot: carries every orders field it maps, unchanged, into the records CSV', () => {
    const cols = recordColumns('data-pilot').map((c) => c.name);
    for (const row of goodRows(100, 41)) {
      const cells = Object.fromEntries(ORDER_COLUMNS.map((c, i) => [c, row[i]]));
      const r = buildRecord('data-pilot', orderToSource(cells, 'MKTPLC01'), bundledRules(), { rates: RATES });
      if (!r.ok) continue;
      const flat = Object.fromEntries(cols.map((c, i) => [c, flattenRecord('data-pilot', r.record)[0][i]]));
      for (const [from, to] of Object.entries(CARRIED)) {
        if (!cells[from]) continue;
        assert.equal(flat[to], cells[from], `${from} -> ${to}`);
      }
      assert.equal(flat['knownMarketplaceSellerFlag'], cells.seller_vetted === 'yes' ? 'true' : 'false');
    }
  });

  it('type86: one CSV row per line, entry columns repeated', () => {
    const rec = {
      entryType: '86',
      entryNumber: 'ABC12345676',
      lines: [
        { htsusNumber: '0902109000', quantity: { value: 2, unitCode: 'H87' } },
        { htsusNumber: '6912004400', pgaRequirement: false },
      ],
    };
    const rows = flattenRecord('type86', rec);
    assert.equal(rows.length, 2);
    const cols = recordColumns('type86').map((c) => c.name);
    const objs = rows.map((r) => Object.fromEntries(cols.map((c, i) => [c, r[i]])));
    assert.equal(objs[1].entryNumber, 'ABC12345676');
    assert.equal(objs[1]['lines[].pgaRequirement'], 'false');
    assert.deepEqual(unflattenRecord('type86', objs), rec);
  });
});

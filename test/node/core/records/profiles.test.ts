import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { DATA_PILOT_REQUIREMENTS, PARTICIPANTS, TYPE86_REQUIREMENTS, validateRecord, type Participant } from '../../../../core/records/index.ts';

const fixtures = JSON.parse(readFileSync(new URL('../../../fixtures/records/complete-records.json', import.meta.url), 'utf8'));
const clone = <T>(x: T): T => structuredClone(x);
const pilot = (participant: Participant) => ({ ...clone(fixtures['data-pilot']), participantFilerType: participant });
const codes = (r: ReturnType<typeof validateRecord>) => [...r.errors, ...r.filing].map((i) => `${i.path} ${i.code}`);

describe('data-pilot profile', () => {
  for (const p of PARTICIPANTS) {
    it(`accepts a complete record from a ${p}`, () => {
      const r = validateRecord(pilot(p), 'data-pilot', p);
      assert.deepEqual(codes(r), []);
      assert.equal(r.valid, true);
    });
    for (const el of DATA_PILOT_REQUIREMENTS[p].required) {
      it(`rejects a ${p} record without ${el}, naming it`, () => {
        const rec = pilot(p) as Record<string, unknown>;
        delete rec[el];
        const r = validateRecord(rec, 'data-pilot', p);
        assert.deepEqual(
          r.errors.map((i) => [i.path, i.code]),
          [[el, 'MISSING_ELEMENT']],
        );
        assert.match(r.errors[0].message, new RegExp(el));
      });
    }
    it(`requires at least one shipment identifier from a ${p}`, () => {
      const rec = pilot(p) as Record<string, unknown>;
      delete rec.shipmentTrackingNumber;
      delete rec.houseBillOfLadingNumber;
      assert.equal(validateRecord(rec, 'data-pilot', p).valid, true, 'one left is enough');
      delete rec.masterBillOfLadingNumber;
      const r = validateRecord(rec, 'data-pilot', p);
      assert.deepEqual(
        r.errors.map((i) => i.code),
        ['MISSING_ELEMENT'],
      );
      assert.match(r.errors[0].message, /at least one of shipmentTrackingNumber, houseBillOfLadingNumber, masterBillOfLadingNumber/);
    });
  }

  it('lets every participant omit every element the table does not require (2023 optional elements)', () => {
    for (const p of PARTICIPANTS) {
      const t = DATA_PILOT_REQUIREMENTS[p];
      const rec = pilot(p) as Record<string, unknown>;
      for (const k of Object.keys(rec))
        if (!t.required.includes(k) && k !== 'shipmentTrackingNumber' && !(p === 'CARRIER' && k === 'shipmentSecurityScan')) delete rec[k];
      assert.deepEqual(codes(validateRecord(rec, 'data-pilot', p)), [], p);
    }
  });

  it('asks an air carrier, and only an air carrier, for the security scan', () => {
    const rec = pilot('CARRIER') as Record<string, unknown>;
    delete rec.shipmentSecurityScan;
    assert.deepEqual(codes(validateRecord(rec, 'data-pilot', 'CARRIER')), ['shipmentSecurityScan MISSING_ELEMENT']);
    rec.modeOfTransportation = 'TRUCK';
    assert.deepEqual(codes(validateRecord(rec, 'data-pilot', 'CARRIER')), []);
    const mk = pilot('ONLINE_MARKETPLACE') as Record<string, unknown>;
    delete mk.shipmentSecurityScan;
    assert.deepEqual(codes(validateRecord(mk, 'data-pilot', 'ONLINE_MARKETPLACE')), []);
  });

  it('names missing parts of a party (seller needs name + street + country)', () => {
    const rec = pilot('ONLINE_MARKETPLACE') as { seller: { name?: string; address: { country?: string } } };
    delete rec.seller.name;
    delete rec.seller.address.country;
    const r = validateRecord(rec, 'data-pilot', 'ONLINE_MARKETPLACE');
    assert.deepEqual(r.errors.map((i) => [i.path, i.code]).sort(), [
      ['seller.address.country', 'MISSING_ELEMENT'],
      ['seller.name', 'MISSING_ELEMENT'],
    ]);
  });

  it('reports an unknown element with a hint', () => {
    const rec = { ...pilot('BROKER'), sellerName: 'x' };
    const r = validateRecord(rec, 'data-pilot', 'BROKER');
    assert.deepEqual(
      r.errors.map((i) => [i.path, i.code]),
      [['sellerName', 'UNKNOWN_ELEMENT']],
    );
    assert.match(r.errors[0].message, /did you mean "seller"/);
  });

  it('reports formats: mode, country, currency decimals, HTS, URL', () => {
    const rec = pilot('ONLINE_MARKETPLACE') as Record<string, any>;
    rec.modeOfTransportation = 'air';
    rec.countryOfOrigin = 'XX';
    rec.listedPriceOnMarketplace = { amount: '2600.5', currency: 'JPY' };
    rec.htsNumber = '9503.00.0073';
    rec.productPicture = 'rakuten item 5';
    const r = validateRecord(rec, 'data-pilot', 'ONLINE_MARKETPLACE');
    assert.deepEqual(r.errors.map((i) => `${i.path} ${i.code}`).sort(), [
      'countryOfOrigin INVALID_FORMAT',
      'htsNumber INVALID_FORMAT',
      'listedPriceOnMarketplace.amount INVALID_FORMAT',
      'modeOfTransportation INVALID_FORMAT',
      'productPicture INVALID_FORMAT',
    ]);
  });

  it('reports a record that is not an object', () => {
    for (const x of [null, [], 'record', 42]) {
      const r = validateRecord(x, 'data-pilot');
      assert.equal(r.valid, false);
      assert.equal(r.errors[0].code, x === null ? 'INVALID_FORMAT' : 'INVALID_FORMAT');
    }
  });
});

describe('type86 profile', () => {
  it('accepts a complete entry with two lines', () => {
    assert.deepEqual(codes(validateRecord(clone(fixtures.type86), 'type86')), []);
  });
  for (const el of TYPE86_REQUIREMENTS.required) {
    it(`rejects an entry without ${el}, naming it`, () => {
      const rec = clone(fixtures.type86);
      delete rec[el];
      const r = validateRecord(rec, 'type86');
      assert.deepEqual(
        r.errors.map((i) => [i.path, i.code]),
        [[el, 'MISSING_ELEMENT']],
      );
    });
  }
  for (const el of TYPE86_REQUIREMENTS.lineRequired) {
    it(`rejects a line without ${el}, naming it with the line index`, () => {
      const rec = clone(fixtures.type86);
      delete rec.lines[1][el];
      assert.deepEqual(
        validateRecord(rec, 'type86').errors.map((i) => [i.path, i.code]),
        [[`lines[1].${el}`, 'MISSING_ELEMENT']],
      );
    });
  }
  it('requires the importer of record only when a line has PGA requirements', () => {
    const rec = clone(fixtures.type86);
    delete rec.importerOfRecord;
    const r = validateRecord(rec, 'type86');
    assert.deepEqual(
      r.errors.map((i) => [i.path, i.code]),
      [['importerOfRecord', 'MISSING_ELEMENT']],
    );
    assert.match(r.errors[0].message, /PGA/);
    rec.lines[0].pgaRequirement = false;
    assert.deepEqual(codes(validateRecord(rec, 'type86')), []);
  });
  it('rejects a wrong check digit with CHECK_DIGIT', () => {
    const rec = { ...clone(fixtures.type86), entryNumber: 'ABC-1234567-5' };
    assert.deepEqual(codes(validateRecord(rec, 'type86')), ['entryNumber CHECK_DIGIT']);
  });
  it('rejects more than one bill with MULTIPLE_BILLS', () => {
    for (const b of ['HABC0001, HABC0002', 'HABC0001;HABC0002', 'HABC0001 HABC0002']) {
      const rec = { ...clone(fixtures.type86), bolNumber: b };
      assert.deepEqual(codes(validateRecord(rec, 'type86')), ['bolNumber MULTIPLE_BILLS'], b);
    }
    const rec = { ...clone(fixtures.type86), bolNumber: 'HABC 0001 !' };
    assert.deepEqual(codes(validateRecord(rec, 'type86')), ['bolNumber INVALID_FORMAT']);
  });
  it('checks the port code, HTS, USD-only value, unit code and IOR number format', () => {
    const rec = clone(fixtures.type86);
    rec.portOfEntry = '272';
    rec.lines[0].htsusNumber = '09021090';
    rec.lines[0].fairRetailValue = { amount: '38.00', currency: 'EUR' };
    rec.lines[1].quantity = { value: 1.5, unitCode: 'pieces' };
    rec.importerOfRecord = { number: '123-45-6789', identifierType: 'IRS' };
    assert.deepEqual(
      validateRecord(rec, 'type86')
        .errors.map((i) => `${i.path} ${i.code}`)
        .sort(),
      [
        'importerOfRecord.number INVALID_FORMAT',
        'lines[0].fairRetailValue.currency INVALID_FORMAT',
        'lines[0].htsusNumber INVALID_FORMAT',
        'lines[1].quantity.unitCode INVALID_FORMAT',
        'lines[1].quantity.value INVALID_FORMAT',
        'portOfEntry INVALID_FORMAT',
      ],
    );
  });
  it('needs at least one line', () => {
    const rec = { ...clone(fixtures.type86), lines: [] };
    assert.deepEqual(codes(validateRecord(rec, 'type86')), ['lines INVALID_FORMAT']);
  });
});

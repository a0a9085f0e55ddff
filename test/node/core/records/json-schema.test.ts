// The printed JSON Schema and the zod schema agree: what the builders produce validates against
// the generated JSON Schema under an independent validator (ajv), and the requirement tables'
// groups and conditions are stated in it.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { compileRates } from '../../../../core/index.ts';
import { bundledRules } from '../../../../core/prepare.ts';
import {
  buildRecord,
  PARTICIPANTS,
  recordJsonSchema,
  requestJsonSchema,
  rulesJsonSchema,
  validateRecord,
  type Participant,
} from '../../../../core/records/index.ts';
import { defaultRules } from '../../../../core/rules/default-rules.ts';
import { ruleSetSchema } from '../../../../core/rules/schema.ts';
import { orderRows } from '../../../../scripts/gen-orders.ts';
import { ordersRates } from '../../../../scripts/gen-orders.ts';
import { orderToSource, ORDER_COLUMNS } from '../../../../cli/records-orders.ts';

const fixtures = JSON.parse(readFileSync(new URL('../../../fixtures/records/complete-records.json', import.meta.url), 'utf8'));
// a fresh ajv per schema: the schemas share $id prefixes across tests
const ajv = { compile: (schema: object) => new Ajv2020({ allErrors: true, strict: false, validateFormats: false }).compile(schema) };
const rules = bundledRules();
const rc = compileRates(ordersRates());
if (!rc.ok) throw new Error('rates');

describe('JSON Schema generated from the zod source', () => {
  for (const p of PARTICIPANTS) {
    it(`validates every data-pilot record the builder makes from generated orders (${p})`, () => {
      const validate = ajv.compile(recordJsonSchema('data-pilot', p));
      let built = 0;
      for (const row of orderRows(300, { seed: 7 })) {
        const cells = Object.fromEntries(ORDER_COLUMNS.map((c, i) => [c, row[i]]));
        const src = orderToSource(cells, 'MKTPLC01');
        if (p === 'CARRIER') src.details = { ...src.details, knownCarrierCustomer: true, securityScan: true };
        const r = buildRecord('data-pilot', src, rules, { rates: rc.rates, participant: p });
        if (!r.ok) continue;
        built++;
        assert.equal(validate(r.record), true, JSON.stringify(validate.errors));
      }
      assert.ok(built > 250, `built ${built}`);
    });
  }
  it('validates every type86 record the builder makes from generated orders', () => {
    const validate = ajv.compile(recordJsonSchema('type86'));
    let built = 0;
    for (const row of orderRows(300, { seed: 8 })) {
      const cells = Object.fromEntries(ORDER_COLUMNS.map((c, i) => [c, row[i]]));
      const r = buildRecord('type86', orderToSource(cells, undefined), rules, { rates: rc.rates });
      if (!r.ok) continue;
      built++;
      assert.equal(validate(r.record), true, JSON.stringify(validate.errors));
    }
    assert.ok(built > 150, `built ${built}`);
  });

  it('agrees with the zod schema on which elements are present (random deletions, every participant)', () => {
    const paths: Array<[string, string?]> = [];
    for (const [k, v] of Object.entries(fixtures['data-pilot'])) {
      paths.push([k]);
      if (v && typeof v === 'object') for (const k2 of Object.keys(v as object)) paths.push([k, k2]);
    }
    const validators = new Map(PARTICIPANTS.map((p) => [p, ajv.compile(recordJsonSchema('data-pilot', p))]));
    fc.assert(
      fc.property(
        fc.constantFrom(...PARTICIPANTS),
        fc.subarray(paths, { maxLength: 6 }),
        fc.constantFrom('AIR', 'TRUCK', 'OCEAN'),
        (p: Participant, del, mode) => {
          const rec = structuredClone(fixtures['data-pilot']);
          rec.participantFilerType = p;
          rec.modeOfTransportation = mode;
          for (const [a, b] of del) {
            if (b === undefined) delete rec[a];
            else if (rec[a]) delete rec[a][b];
          }
          const zodOk = validateRecord(rec, 'data-pilot', p).errors.length === 0;
          assert.equal(validators.get(p)!(rec), zodOk, JSON.stringify({ p, del, errors: validators.get(p)!.errors }));
        },
      ),
      { numRuns: 400 },
    );
  });

  it('states the "at least one identifier" group and the conditional requirements', () => {
    const carrier = recordJsonSchema('data-pilot', 'CARRIER') as { allOf: unknown[] };
    assert.deepEqual(carrier.allOf[0], {
      anyOf: [{ required: ['shipmentTrackingNumber'] }, { required: ['houseBillOfLadingNumber'] }, { required: ['masterBillOfLadingNumber'] }],
    });
    assert.deepEqual(carrier.allOf[1], {
      if: { properties: { modeOfTransportation: { const: 'AIR' } }, required: ['modeOfTransportation'] },
      then: { required: ['shipmentSecurityScan'] },
    });
    const t = recordJsonSchema('type86');
    const v = ajv.compile(t);
    const rec = structuredClone(fixtures.type86);
    delete rec.importerOfRecord;
    assert.equal(v(rec), false, 'a PGA line needs the importer of record');
    rec.lines[0].pgaRequirement = false;
    assert.equal(v(rec), true);
  });

  it('differs per participant type exactly as the requirement table says', () => {
    const req = (p: Participant) => (recordJsonSchema('data-pilot', p) as { required: string[] }).required.sort();
    assert.ok(req('ONLINE_MARKETPLACE').includes('seller'));
    assert.ok(req('ONLINE_MARKETPLACE').includes('listedPriceOnMarketplace'));
    assert.ok(!req('BROKER').includes('seller'));
    assert.ok(req('CARRIER').includes('knownCarrierCustomerFlag'));
  });

  it('prints the evaluate request schema from core/shipment/schema.ts, and it accepts the examples', () => {
    const v = ajv.compile(requestJsonSchema());
    const ex = JSON.parse(readFileSync(new URL('../../../../examples/shipments.json', import.meta.url), 'utf8'));
    for (const s of ex.shipments) assert.equal(v(s), true, JSON.stringify(v.errors));
    assert.equal(v({ arrival: '2024-01-01', mode: 'air', shipFrom: 'DE', items: [] }), false);
  });
});

describe('JSON Schema of a rule set (`s321 schema rules`)', () => {
  // every value at every path of the bundled set, replaced by a few wrong or borderline values:
  // the printed schema (under ajv) must accept exactly what the zod contract accepts
  it('accepts the bundled rule set and agrees with the zod schema on single mutations of it', () => {
    const validate = ajv.compile(rulesJsonSchema());
    assert.equal(validate(defaultRules), true, JSON.stringify(validate.errors));
    const palette: unknown[] = [
      null,
      '',
      'x',
      'AB',
      'commercial',
      'P',
      '800.00',
      '800.001',
      '2020-01-01',
      '2020-1-1',
      'https://x',
      'http://x',
      5,
      true,
      [],
      {},
    ];
    const paths: (string | number)[][] = [];
    const walk = (v: unknown, at: (string | number)[]) => {
      paths.push(at);
      if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...at, i]));
      else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, [...at, k]);
    };
    walk(defaultRules, []);
    let compared = 0;
    let rejected = 0;
    for (const path of paths.filter((_, i) => i % 3 === 0)) {
      for (const value of palette) {
        const copy = structuredClone(defaultRules) as unknown as Record<string | number, unknown>;
        if (!path.length) continue;
        let cur = copy;
        for (const k of path.slice(0, -1)) cur = cur[k] as Record<string | number, unknown>;
        cur[path[path.length - 1]] = value;
        const zodOk = ruleSetSchema.safeParse(copy).success;
        assert.equal(validate(copy), zodOk, `${path.join('.')} = ${JSON.stringify(value)}`);
        compared++;
        if (!zodOk) rejected++;
      }
    }
    assert.ok(compared > 1000 && rejected > compared / 2, `compared ${compared}, rejected ${rejected}`);
  });
});

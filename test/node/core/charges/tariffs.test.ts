// The tariff set's contract: the bundled set is valid (zod, the published JSON Schema and the
// full check); the meaning checks (overlaps, windows, bounds) name what is wrong.
// test/node/core/contract/contracts.test.ts holds the generated checker equal to the zod schema.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { checkTariffs, tariffShapeIssues } from '../../../../core/charges/compile.ts';
import { computeCharges } from '../../../../core/charges/compute.ts';
import { tariffSetSchema, tariffsJsonSchema } from '../../../../core/charges/schema.ts';
import { bundledTariffs } from '../../../../core/charges/index.ts';
import { defaultTariffs, NO_RATES, type Decision, type TariffSet } from '../../../../core/index.ts';
import { evaluateJson as evaluate } from '../../../../core/evaluate-json.ts';
import { normalizeRequest } from '../../../../core/shipment/normalize.ts';

const clone = (): TariffSet => structuredClone(defaultTariffs);
const validateJson = new Ajv2020({ allErrors: true, strict: false, validateFormats: false }).compile(tariffsJsonSchema());

describe('the bundled tariff set', () => {
  it('passes the zod schema, the JSON Schema and the full check', () => {
    assert.equal(tariffSetSchema.safeParse(defaultTariffs).success, true);
    assert.equal(validateJson(defaultTariffs), true, JSON.stringify(validateJson.errors));
    const r = checkTariffs(defaultTariffs);
    assert.ok(r.ok, JSON.stringify(!r.ok && r.issues));
  });
  it('cites every version and tags every citation', () => {
    for (const v of [...defaultTariffs.layers, ...defaultTariffs.fees]) {
      assert.ok(v.citations.length > 0, v.id);
      for (const c of v.citations) assert.ok(c.confidence, `${v.id}: ${c.document}`);
    }
  });
  it('survives a JSON round trip (it is data, as --tariffs files are)', () => {
    const r = checkTariffs(JSON.parse(JSON.stringify(defaultTariffs)));
    assert.ok(r.ok);
  });
});

describe('the shape check', () => {
  it('names a country outside the list as such', () => {
    const s = clone();
    s.layers[0].scope = { origins: ['XX'] };
    assert.deepEqual(tariffShapeIssues(s), [
      { path: 'layers[0].scope.origins[0]', code: 'UNKNOWN_COUNTRY', message: '"XX" is not an ISO 3166-1 alpha-2 country' },
    ]);
  });
});

describe('meaning checks name what is wrong and where', () => {
  const issuesOf = (set: unknown) => {
    const r = checkTariffs(set);
    assert.equal(r.ok, false, 'expected the set to be rejected');
    return r.ok ? [] : r.issues;
  };
  it('rejects a version of a program that overlaps another for the same origins', () => {
    const s = clone();
    s.layers.push({ ...s.layers.find((l) => l.id === 'section-301-brazil')!, id: 'brazil-again', from: '2026-08-01' });
    const i = issuesOf(s);
    assert.equal(i[0].code, 'OVERLAP');
    assert.match(i[0].message, /"section-301-brazil" and "brazil-again"/);
  });
  it('allows the same program for disjoint origins at the same time', () => {
    const s = clone();
    s.layers.push({ ...s.layers.find((l) => l.id === 'section-301-brazil')!, id: 'brazil-for-argentina', scope: { origins: ['AR'] } });
    assert.ok(checkTariffs(s).ok);
  });
  it('rejects duplicate ids, empty windows, unreal dates, a fee with both amount and rate, and a minimum above the maximum', () => {
    const s = clone();
    const at = (id: string) => s.layers.findIndex((l) => l.id === id);
    const [empty, unreal] = [at('section-301-forced-labor-12-5'), at('section-301-brazil')];
    s.layers[1].id = s.layers[0].id;
    s.layers[empty].until = '2026-07-01';
    s.layers[unreal].from = '2026-02-30';
    const formal = s.fees.find((f) => f.id === 'mpf-formal-fy2027')!;
    formal.minimum = '700.00';
    const informal = s.fees.find((f) => f.id === 'mpf-informal-fy2027')!;
    informal.rate = '1';
    const codes = issuesOf(s).map((i) => `${i.path} ${i.code}`);
    for (const want of ['layers[1].id DUPLICATE_ID', `layers[${empty}] EMPTY_WINDOW`, `layers[${unreal}].from INVALID_DATE`, 'INVALID_VALUE']) {
      assert.ok(
        codes.some((c) => c.includes(want)),
        `${want} not in ${JSON.stringify(codes)}`,
      );
    }
    assert.ok(
      codes.some((c) => /^fees\[\d+\]\.minimum INVALID_VALUE$/.test(c)),
      JSON.stringify(codes),
    );
  });
  it('names an unknown key with its path and the nearest key it expected', () => {
    const s = clone() as unknown as { layers: Record<string, unknown>[] };
    s.layers[0].rates = '10';
    const i = issuesOf(s);
    assert.equal(i[0].path, 'layers[0].rates');
    assert.equal(i[0].code, 'UNKNOWN_KEY');
    assert.match(i[0].message, /did you mean `rate`/);
  });
  it('reports a bad tariff file through evaluate with "tariffs." paths, never a throw', () => {
    const r = evaluate(
      { arrival: '2026-11-28', mode: 'air', shipFrom: 'DE', items: [{ price: { amount: '1', currency: 'USD' }, origin: 'DE' }] },
      { tariffs: { version: 'x', layers: 'none', fees: [] } },
    );
    assert.equal(r.ok, false);
    if (!r.ok)
      assert.deepEqual(
        r.issues.map((i) => i.path),
        ['tariffs.layers'],
      );
  });
});

describe('exempt decisions carry no charges', () => {
  const n = normalizeRequest(
    {
      arrival: '2026-11-28',
      mode: 'truck',
      shipFrom: 'US',
      items: [{ price: { amount: '500.00', currency: 'USD' }, origin: 'CN', duties: [{ program: 'mfn', rate: '5' }] }],
    },
    NO_RATES,
  );
  assert.ok(n.ok);
  const s = n.ok ? n.shipments[0] : (undefined as never);
  const base: Decision = {
    id: 's',
    exempt: false,
    exemption: null,
    entry: 'informal',
    valueUsd: '500.00',
    aggregateUsd: '500.00',
    limitUsd: null,
    reasons: [],
    rules: { version: 'v', asOf: '2026-11-28' },
  };
  it('a parcel that is not an import owes neither duty nor fee', () => {
    const notImport = { ...base, exempt: true, exemption: 'not-an-import', entry: 'none' } as unknown as Decision;
    assert.equal(computeCharges(notImport, s, bundledTariffs()), undefined);
  });
  it('any exempt decision, whatever its exemption', () => {
    for (const exemption of ['de-minimis', 'gift', 'informational-material'] as const) {
      assert.equal(computeCharges({ ...base, exempt: true, exemption, entry: 'section-321' }, s, bundledTariffs()), undefined);
    }
  });
  it('while the same shipment, dutiable, is priced', () => {
    const c = computeCharges(base, s, bundledTariffs());
    assert.equal(c?.duty, '87.50'); // 5% MFN and the 12.5% forced-labor duty on goods of China
  });
});

describe('docs/charges.md', () => {
  it('shows the bundled tariff set as the data holds it', async () => {
    const { readFileSync } = await import('node:fs');
    const { renderTariffsMarkdown } = await import('../../../../core/charges/markdown.ts');
    const doc = readFileSync(new URL('../../../../docs/charges.md', import.meta.url), 'utf8');
    assert.ok(doc.includes(renderTariffsMarkdown(defaultTariffs)), 'docs/charges.md is out of date: paste `s321 tariffs` under "The bundled tariff set"');
  });
});

// A contract has two forms: its zod schema and the checker scripts/gen-contracts.ts generates
// from it, which every door runs. These tests hold them together: every generated module is what
// the generator writes today, and on a corpus of valid values mutated everywhere (a value
// replaced, an element removed, an unknown key added) every checker accepts exactly what zod's
// safeParse accepts and reports issues at exactly the paths zod does. The messages are the
// contract's own; tests of the doors hold the words.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import type * as z from 'zod/mini';
import type { Checker } from '../../../../core/contract/checker.ts';
import { joinPath, type InputIssue } from '../../../../core/issues.ts';
import { defaultTariffs } from '../../../../core/charges/default-tariffs.ts';
import { prepareRecord } from '../../../../core/records/index.ts';
import { TARGETS } from '../../../../scripts/gen-contracts.ts';
import { defaultRules } from '../../../../core/rules/default-rules.ts';
import { ORDER_COLUMNS, orderToSource } from '../../../../cli/records-orders.ts';
import { goodRows, RATES } from '../../cli/export-helpers.ts';
import { arbShipment } from '../arbitraries.ts';

const root = new URL('../../../../', import.meta.url);

// the corpus: valid values of each contract, by checker name
// the arbitrary shipments, and members they do not draw: duties, a carrier fee, a net quantity,
// an address, a sender with a name
const full = {
  id: 'S1',
  arrival: '2026-11-28',
  exportDate: '2026-11-20T10:00',
  mode: 'air',
  shipFrom: 'VN',
  kind: 'purchase',
  orderId: 'O-1',
  sender: {
    id: 's',
    type: 'business',
    name: 'Shop',
    country: 'VN',
    address: { line1: '1 Road', line2: 'Unit 2', city: 'Hanoi', region: 'HN', postalCode: '100000', country: 'VN' },
  },
  recipient: { id: 'r', type: 'person', name: 'Ann', address: { line1: '2 St', city: 'Boston', region: 'MA', postalCode: '02108', country: 'US' } },
  items: [
    {
      description: 'shirt',
      quantity: 2,
      price: { amount: '10.00', currency: 'USD' },
      origin: 'VN',
      hts: '6109100012',
      flags: ['fta-claimed'],
      duties: [
        { program: 'mfn', rate: '16.5' },
        { program: 'section-301-china', perUnit: '0.25' },
      ],
      netQuantity: { amount: '2.5', unit: 'kg' },
      metalValue: '1.20',
      usdShown: '10.00',
    },
    { price: { amount: 1500, currency: 'JPY' }, origin: 'JP' },
  ],
  carrierFee: { amount: '2.50', name: 'UPS' },
};
const shipments = [full, ...fc.sample(arbShipment('S'), { numRuns: 40, seed: 321 })] as unknown[];
const records = { type86: [] as unknown[], 'data-pilot': [] as unknown[] };
for (const row of goodRows(60, 17)) {
  const src = orderToSource(Object.fromEntries(ORDER_COLUMNS.map((c, k) => [c, row[k]])), 'MKTPLC01');
  for (const profile of ['data-pilot', 'type86'] as const) {
    const p = prepareRecord(profile, src, { rates: RATES });
    if (p.ok) records[profile].push(p.record);
  }
}
const rates = {
  JPY: [
    { date: '2024-01-02', kind: 'quarterly', unitsPerUsd: '148.00' },
    { date: '2024-01-15', kind: 'daily', unitsPerUsd: '150.125' },
  ],
  EUR: [{ date: '2024-01-02', kind: 'quarterly', unitsPerUsd: '0.92' }],
};
const CORPUS: Record<string, unknown[]> = {
  shipmentChecker: shipments,
  batchChecker: [{ shipments: shipments.slice(0, 3) }],
  ruleSetChecker: [defaultRules],
  tariffSetChecker: [defaultTariffs],
  ratesTableChecker: [rates, {}],
  type86Checker: records.type86,
  dataPilotOnlineMarketplaceChecker: records['data-pilot'],
  dataPilotCarrierChecker: records['data-pilot'],
  dataPilotBrokerChecker: records['data-pilot'],
  dataPilotFreightForwarderChecker: records['data-pilot'],
};

const astral = '\u{1F600}';
const ODD = fc.oneof(
  fc.jsonValue(),
  fc.constantFrom<unknown>(
    undefined,
    null,
    '',
    ' ',
    'x',
    'XX',
    'AB',
    'US',
    'us',
    'DE',
    'XK',
    'EUR',
    'EURO',
    'JPY',
    'USD',
    'usd',
    'KWD',
    'AIR',
    'air',
    'express',
    'postal',
    'boat',
    'gift',
    'MAIL',
    '86',
    86,
    'P',
    'Q',
    'commercial',
    'apply',
    'floor',
    'informal',
    'quarterly',
    'daily',
    'alcohol',
    'fta-claimed',
    'person',
    'IRS',
    'SSN',
    'H87',
    'h87',
    'kg',
    'mfn',
    'MFN',
    'section-301-china',
    'EXCLUDED_X',
    '2024-02-30',
    '2024-02-29',
    '2020-1-1',
    '2025-08-29T00:01',
    '2025-08-29T00:01-04:00',
    '2025-13-01',
    '2026-02-24T24:00',
    '12.5',
    '12.505',
    '1.001',
    '-1',
    '0',
    '0.00',
    '1e3',
    '800.00',
    '800.001',
    '6109100012',
    '6109.10.0012',
    '61091000',
    '9903.88.15',
    '2720',
    'ABC-1234567-6',
    'ABC-1234567-0',
    '12-3456789',
    '123-45-6789',
    'https://example.com/x',
    'http://x',
    'ftp://example.com',
    'HK1 HK2',
    'HK1,HK2',
    'A'.repeat(50),
    'A'.repeat(51),
    'x'.repeat(20),
    'x'.repeat(21),
    'x'.repeat(100),
    'x'.repeat(101),
    'x'.repeat(200),
    'x'.repeat(201),
    'x'.repeat(500),
    'x'.repeat(501),
    astral.repeat(100),
    astral.repeat(101),
    astral.repeat(251),
    true,
    false,
    0,
    1,
    -3,
    1.5,
    1e21,
    2 ** 53,
    1_000_000,
    1_000_001,
    Number.NaN,
    [],
    [{}],
    ['x'],
    ['AB'],
    {},
    { length: 3 },
    { amount: '1.00', currency: 'USD' },
    { document: 'd', confidence: 'P' },
  ),
);
const KEYS = [
  'recipent',
  'flgs',
  'flag',
  'extra',
  'ID',
  'id',
  'name',
  'type',
  'country',
  'amount',
  'currency',
  'limitUSD',
  'confidance',
  'note',
  'unitsPerUSD',
  'JPY',
  'jpy',
  'originatorcode',
  '__proto__x',
];

/** Every path inside a JSON value, the root included. */
function paths(v: unknown, at: Array<string | number> = [], out: Array<Array<string | number>> = []): Array<Array<string | number>> {
  out.push(at);
  if (Array.isArray(v)) v.forEach((x, i) => paths(x, [...at, i], out));
  else if (v !== null && typeof v === 'object') for (const [k, x] of Object.entries(v)) paths(x, [...at, k], out);
  return out;
}

type Op = 'set' | 'delete' | 'key';
function mutate(value: unknown, path: Array<string | number>, op: Op, x: unknown, key: string): unknown {
  if (path.length === 0 && op !== 'key') return op === 'set' ? x : value;
  const copy = structuredClone(value);
  let cur = copy as Record<string | number, unknown>;
  for (const seg of path.slice(0, -1)) cur = cur[seg] as Record<string | number, unknown>;
  const last = path[path.length - 1];
  const target = op === 'key' ? (path.length ? cur[last] : copy) : cur;
  if (op === 'key') {
    if (target !== null && typeof target === 'object' && !Array.isArray(target)) (target as Record<string, unknown>)[key] = x;
  } else if (op === 'delete' && !Array.isArray(cur)) delete cur[last];
  else cur[last] = x;
  return copy;
}

/** The paths zod names (an unknown key at the key's own path, as the checker names it). */
function zodPaths(schema: z.ZodMiniType, v: unknown): string[] | null {
  const r = schema.safeParse(v);
  if (r.success) return null;
  return [
    ...new Set(r.error.issues.flatMap((i) => (i.code === 'unrecognized_keys' ? i.keys.map((k) => joinPath('', [...i.path, k])) : [joinPath('', i.path)]))),
  ].sort();
}
function checkerPaths(checker: Checker, v: unknown): string[] | null {
  const issues: InputIssue[] = [];
  return checker.check(v, '', issues) ? null : [...new Set(issues.map((i) => i.path))].sort();
}

test('every generated checker and its zod schema agree on a corpus: the same values accepted, issues at the same paths', async () => {
  let checked = 0;
  for (const t of TARGETS) {
    const module = (await import(new URL(t.file, root).href)) as Record<string, Checker>;
    for (const [name, schema] of Object.entries(t.checkers)) {
      const bases = CORPUS[name];
      assert.ok(bases?.length, `no corpus for ${name}: add valid values of the contract to CORPUS`);
      const checker = module[name];
      // a record's issues are named by zod in the records' own words (core/records/validate.ts):
      // the generated checker only says yes
      const onlyYes = t.file === 'core/records/contract.generated.ts';
      const agree = (v: unknown) => {
        const want = zodPaths(schema, v);
        const got = checkerPaths(checker, v);
        if (onlyYes)
          assert.equal(got === null, want === null, `${name} on ${JSON.stringify(v)?.slice(0, 400)}: ${JSON.stringify(got)} vs zod ${JSON.stringify(want)}`);
        else assert.deepEqual(got, want, `${name} on ${JSON.stringify(v)?.slice(0, 400)}`);
        checked++;
      };
      for (const b of bases) agree(b);
      // (a record built from an order can be invalid: its issues are the export's to report; the
      // records are built for a marketplace, which other participant types file differently)
      const valid = bases.filter((b) => checkerPaths(checker, b) === null).length;
      if (!/^dataPilot(Carrier|Broker|Freight)/.test(name))
        assert.ok(valid * 2 > bases.length, `${name} refuses most of its corpus (${valid} of ${bases.length} valid)`);
      for (const v of [null, undefined, 5, 'x', [], {}, [[]]]) agree(v);
      fc.assert(
        fc.property(
          fc.nat(bases.length - 1),
          fc.array(fc.tuple(fc.nat(), fc.constantFrom<Op>('set', 'set', 'delete', 'key'), ODD, fc.constantFrom(...KEYS)), { minLength: 1, maxLength: 3 }),
          (bi, ops) => {
            let v = bases[bi];
            for (const [pi, op, x, key] of ops) {
              const all = paths(v);
              v = mutate(v, all[pi % all.length], op, x, key);
            }
            agree(v);
          },
        ),
        {
          includeErrorInReport: true,
          numRuns: name.startsWith('dataPilot') ? 500 : name === 'ruleSetChecker' || name === 'tariffSetChecker' ? 1500 : 2500,
          seed: 25,
        },
      );
    }
  }
  assert.ok(checked > 12_000, `checked ${checked} values`);
});

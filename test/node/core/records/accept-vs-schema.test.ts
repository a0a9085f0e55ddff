// validateRecord asks the compiled predicate (core/records/accept.ts, derived from the profile's
// JSON Schema and named checks) before zod: a record it
// accepts skips safeParse. These tests hold the predicate equal to the zod schema's safeParse on
// built records and on records mutated everywhere (values, absent elements, unknown keys), for
// every profile and participant type, so the faster path cannot accept what the schema rejects.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { acceptFor } from '../../../../core/records/accept.ts';
import { specOf } from '../../../../core/contract/zod.ts';
import { PARTICIPANTS, prepareRecord, recordSchema, validateRecord, type Participant, type Profile } from '../../../../core/records/index.ts';
import { ORDER_COLUMNS, orderToSource } from '../../../../cli/records-orders.ts';
import { goodRows, RATES } from '../../cli/export-helpers.ts';

type Json = unknown;

const records: Array<{ profile: Profile; record: Record<string, Json> }> = [];
for (const row of goodRows(300, 17)) {
  const src = orderToSource(Object.fromEntries(ORDER_COLUMNS.map((c, k) => [c, row[k]])), 'MKTPLC01');
  for (const profile of ['data-pilot', 'type86'] as const) {
    const p = prepareRecord(profile, src, { rates: RATES });
    if (p.ok) records.push({ profile, record: p.record as unknown as Record<string, Json> });
  }
}

const SCHEMAS: Array<{ profile: Profile; participant: Participant }> = [...PARTICIPANTS.map((participant) => ({ profile: 'data-pilot' as const, participant })), { profile: 'type86', participant: 'ONLINE_MARKETPLACE' }];

function agree(profile: Profile, participant: Participant, v: unknown): void {
  const schema = recordSchema(profile, participant);
  const z = schema.safeParse(v).success;
  const fast = acceptFor(schema)(v);
  assert.equal(fast, z, `${profile}/${participant}: predicate ${fast}, zod ${z} for ${JSON.stringify(v, (_k, x) => (x === undefined ? '<undefined>' : typeof x === 'number' && !Number.isFinite(x) ? String(x) : x))}`);
}

/** Every path in a JSON value (objects and arrays), root excluded. */
function paths(v: Json, at: Array<string | number> = [], out: Array<Array<string | number>> = []): Array<Array<string | number>> {
  if (Array.isArray(v)) v.forEach((x, i) => (out.push([...at, i]), paths(x, [...at, i], out)));
  else if (v !== null && typeof v === 'object') for (const [k, x] of Object.entries(v)) (out.push([...at, k]), paths(x, [...at, k], out));
  return out;
}

function clone<T>(v: T): T {
  return structuredClone(v);
}

function parentOf(root: Json, path: Array<string | number>): Record<string | number, Json> {
  let cur = root as Record<string | number, Json>;
  for (const seg of path.slice(0, -1)) cur = cur[seg] as Record<string | number, Json>;
  return cur;
}

const astral = '\u{1F600}';
const weird = fc.oneof(
  fc.jsonValue(),
  fc.constantFrom<Json>(
    undefined, null, '', ' ', 'x', 'XX', 'US', 'us', 'DE', 'EUR', 'EURO', 'JPY', 'USD', 'usd', 'AIR', 'air', 'MAIL', 'BOAT', '86', 86, '87',
    '2024-02-30', '2024-02-29', '2025-08-29T00:01', '2025-08-29T00:01-04:00', '2025-13-01', '2019-08-21', '12.5', '12.505', '1.001', '-1', '0', '800.00', '800.01',
    '6109100012', '6109.10.0012', '61091000', '2720', '272', 'ABC12345676', 'ABC12345670', 'ABC-1234567-6', '12-3456789', '123-45-6789', '123456-12345', 'IRS', 'SSN', 'CBP', 'H87', 'h87',
    'https://example.com/x', 'ftp://example.com', 'http://', 'HK1 HK2', 'HK1,HK2', 'A'.repeat(50), 'A'.repeat(51),
    'x'.repeat(100), 'x'.repeat(101), 'x'.repeat(200), 'x'.repeat(201), 'x'.repeat(500), 'x'.repeat(501),
    astral.repeat(100), astral.repeat(101), astral.repeat(250), astral.repeat(251), astral.repeat(501), astral,
    true, false, 0, 1, -1, 1.5, 1_000_000, 1_000_001, Number.NaN, Number.POSITIVE_INFINITY, [], {}, [{}], { amount: '1.00', currency: 'USD' },
  ),
);

describe('the compiled record predicate agrees with the zod schema', () => {
  it('on every built record, for every profile and participant type', () => {
    assert.ok(records.length > 500, `built ${records.length} records`);
    let accepted = 0;
    for (const { profile, record } of records) {
      for (const s of SCHEMAS) {
        if (s.profile !== profile) continue;
        agree(s.profile, s.participant, record);
        if (acceptFor(recordSchema(s.profile, s.participant))(record)) accepted++;
      }
    }
    assert.ok(accepted > 300, `most built records are valid (${accepted})`);
  });

  it('on records with one element set to another value, removed, or an unknown key added', () => {
    fc.assert(
      fc.property(fc.nat(records.length - 1), fc.nat(10_000), weird, fc.constantFrom('set', 'delete', 'unknown', 'undefined'), fc.nat(SCHEMAS.length - 1), (ri, pi, value, op, si) => {
        const { profile, record } = records[ri];
        const s = SCHEMAS[si].profile === profile ? SCHEMAS[si] : { profile, participant: 'ONLINE_MARKETPLACE' as Participant };
        const m = clone(record);
        const all = paths(m);
        const path = all[pi % all.length];
        const parent = parentOf(m, path);
        const key = path[path.length - 1];
        if (op === 'set') parent[key] = value;
        else if (op === 'undefined') parent[key] = undefined;
        else if (op === 'delete') delete parent[key];
        else if (parent !== null && typeof parent === 'object' && !Array.isArray(parent)) parent[`${String(key)}X`] = value;
        agree(s.profile, s.participant, m);
      }),
      { numRuns: 4000 },
    );
  });

  it('on whole records replaced by odd values and on top-level elements set to odd values', () => {
    fc.assert(
      fc.property(weird, fc.nat(records.length - 1), fc.nat(40), weird, (v, ri, ki, w) => {
        for (const s of SCHEMAS) agree(s.profile, s.participant, v);
        const { profile, record } = records[ri];
        const names = Object.keys(specOf(recordSchema(profile)).properties!);
        const m: Record<string, Json> = { ...record, [names[ki % names.length]]: w };
        for (const s of SCHEMAS) if (s.profile === profile) agree(s.profile, s.participant, m);
      }),
      { numRuns: 1500 },
    );
  });

  it('leaves the issues of an invalid record as zod names them', () => {
    const { record } = records.find((r) => r.profile === 'data-pilot')!;
    const bad = { ...record, originatorCode: 'not valid!', listedPriceOnMarketplace: { amount: '1.001', currency: 'EUR' }, extra: 1 };
    const r = validateRecord(bad, 'data-pilot');
    assert.deepEqual(
      r.errors.map((e) => [e.path, e.code]),
      [
        ['originatorCode', 'INVALID_FORMAT'],
        ['listedPriceOnMarketplace.amount', 'INVALID_FORMAT'],
        ['extra', 'UNKNOWN_ELEMENT'],
      ],
    );
  });
});

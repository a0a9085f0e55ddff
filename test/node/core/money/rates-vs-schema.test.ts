// compileRates checks a rates table's shape with the checker derived from the zod contract
// (core/money/schema.ts -> contract.generated.ts -> core/contract/checker.ts). These tests hold
// the two equal on generated tables, valid and not: same acceptance, same issues (path, code,
// message); and compileRates refuses what the contract refuses, with the checker's paths.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import fc from 'fast-check';
import { knownKeysIn } from '../../../../core/contract/zod.ts';
import { fromZodIssues, type InputIssue } from '../../../../core/issues.ts';
import { ratesTableChecker, ratesTableSpec } from '../../../../core/money/contract.generated.ts';
import { compileRates } from '../../../../core/money/rates.ts';
import { ratesTableSchema } from '../../../../core/money/schema.ts';

const known = knownKeysIn(ratesTableSpec);
const sorted = (issues: InputIssue[]) => issues.map((i) => `${i.path} ${i.code} ${i.message}`).sort();

function both(v: unknown) {
  const found: InputIssue[] = [];
  const ok = ratesTableChecker.check(v, '', found);
  const z = ratesTableSchema.safeParse(v);
  return { ok, zodOk: z.success, checker: sorted(found), zod: z.success ? [] : sorted(fromZodIssues(z.error.issues, v, '', known)) };
}

function agree(v: unknown) {
  const r = both(v);
  assert.equal(r.ok, r.zodOk, `acceptance differs for ${JSON.stringify(v)}: checker ${JSON.stringify(r.checker)} zod ${JSON.stringify(r.zod)}`);
  assert.deepEqual(r.checker, r.zod, `issues differ for ${JSON.stringify(v)}`);
  return r;
}

const CODES = ['JPY', 'EUR', 'GBP', 'CNY', 'THB', 'KWD'];
const digits = (min: number, max: number) => fc.stringMatching(new RegExp(`^[0-9]{${min},${max}}$`));
const arbRate = fc.record({
  date: fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  kind: fc.constantFrom('quarterly' as const, 'daily' as const),
  unitsPerUsd: fc.tuple(fc.integer({ min: 1, max: 999_999 }), fc.option(digits(1, 6), { nil: undefined })).map(([i, f]) => (f === undefined ? String(i) : `${i}.${f}`)),
});
const arbTable = fc.dictionary(fc.constantFrom(...CODES), fc.array(arbRate, { maxLength: 4 }), { maxKeys: 4 });

const weird = fc.oneof(
  fc.jsonValue(),
  fc.constantFrom(undefined, null, '', 'x', 'quarterly', 'daily', 'weekly', 'Daily', '2024-02-30', '2024-02-29', '2024-2-29', '2024-02-29T00:00', '148.00', '0', '0.00', '-1', '1e3', '.5', '5.', '1234567890123', '1.1234567890123', ' 1', 148, 0, true, [], {}, 'x'.repeat(50)),
);
const KEYS = ['date', 'kind', 'unitsPerUsd', 'unitsPerUSD', 'units', 'Date', 'kinds', 'rate', 'extra', 'note'];
// not "__proto__": zod's record skips that key (and accepts the table), the checker refuses it
// as any other key that is not a currency code, as compileRates always has (tested below)
const BAD_CODES = ['XYZ', 'jpy', 'EURO', 'EU', '', 'USD', 'Jpy', '123', 'constructor', 'toString'];

it('the derived checker and the zod schema accept the same tables', () => {
  fc.assert(
    fc.property(arbTable, (t) => {
      const r = agree(t);
      assert.equal(r.ok, true, JSON.stringify(r.checker));
    }),
    { numRuns: 500 },
  );
});

it('they report the same issues for mutated entries, unknown keys included', () => {
  fc.assert(
    fc.property(arbTable, fc.constantFrom(...CODES), fc.constantFrom(...KEYS), weird, fc.boolean(), (t, code, k, v, remove) => {
      const entry: Record<string, unknown> = { date: '2024-01-02', kind: 'quarterly', unitsPerUsd: '148.00' };
      if (remove) delete entry[k];
      else entry[k] = v;
      agree({ ...t, [code]: [...(t[code] ?? []), entry] });
    }),
    { numRuns: 2000 },
  );
});

it('they agree on bad currency codes, lists that are not lists and entries that are not objects', () => {
  fc.assert(
    fc.property(arbTable, fc.constantFrom(...BAD_CODES, ...CODES), weird, fc.boolean(), (t, code, v, asEntry) => {
      const table = { ...t };
      Object.defineProperty(table, code, { value: asEntry ? [v] : v, enumerable: true, configurable: true, writable: true });
      agree(table);
    }),
    { numRuns: 1500 },
  );
});

it('they agree on values that are not tables at all', () => {
  for (const v of [null, undefined, 5, 'x', [], {}, [[]], { JPY: [] }, { JPY: {} }, { JPY: null }]) agree(v);
});

it('compileRates refuses exactly what the contract refuses, with the same paths and messages', () => {
  fc.assert(
    fc.property(arbTable, fc.constantFrom(...BAD_CODES, ...CODES), fc.constantFrom(...KEYS), weird, (t, code, k, v) => {
      const table: Record<string, unknown> = { ...t };
      Object.defineProperty(table, code, { value: [{ date: '2024-01-02', kind: 'daily', unitsPerUsd: '1', [k]: v }], enumerable: true, configurable: true, writable: true });
      const found: InputIssue[] = [];
      const shapeOk = ratesTableChecker.check(table, '', found);
      const c = compileRates(table);
      if (!shapeOk) assert.deepEqual(c, { ok: false, issues: found.map(({ path, message }) => ({ path, message })) });
      // a valid shape fails only the meaning check (two different daily rates for one day)
      else if (!c.ok) assert.ok(c.issues.every((i) => /^two different daily rates for /.test(i.message)), JSON.stringify(c.issues));
    }),
    { numRuns: 1500 },
  );
});

it('names the paths and messages of a bad table as before the contract', () => {
  const r = compileRates({ EUR: [{ date: '2025-02-30', kind: 'weekly', unitsPerUsd: '0.00' }], XYZ: [], GBP: 'x', JPY: [{ date: 20250101, kind: 'daily', unitsPerUsd: '148.00' }] });
  assert.deepEqual(!r.ok && [...r.issues].sort((a, b) => a.path.localeCompare(b.path)), [
    { path: 'EUR[0].date', message: 'expected a real date YYYY-MM-DD, got "2025-02-30"' },
    { path: 'EUR[0].kind', message: 'expected one of "quarterly", "daily", got "weekly"' },
    { path: 'EUR[0].unitsPerUsd', message: 'expected a positive decimal string such as "148.00", got "0.00"' },
    { path: 'GBP', message: 'expected array, got "x"' },
    { path: 'JPY[0].date', message: 'expected string, got number 20250101' },
    { path: 'XYZ', message: 'invalid key "XYZ": expected an ISO 4217 currency code such as "JPY"' },
  ]);
  assert.deepEqual(compileRates([]), { ok: false, issues: [{ path: '', message: 'expected an object keyed by currency code, such as {"JPY": [...]}' }] });
});

it('refuses a "__proto__" key, which zod\'s record would skip', () => {
  const r = compileRates(JSON.parse('{"__proto__": [], "JPY": []}'));
  assert.deepEqual(r, { ok: false, issues: [{ path: '__proto__', message: 'invalid key "__proto__": expected an ISO 4217 currency code such as "JPY"' }] });
});

// compileRates checks a rates table's shape with the generated checker of core/money/schema.ts:
// the paths and messages a person sees. test/node/core/contract/contracts.test.ts holds the
// checker equal to the zod schema.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { compileRates } from '../../../../core/money/rates.ts';

it('refuses a misspelt or unknown key, naming the nearest key', () => {
  const r = compileRates({ JPY: [{ date: '2024-01-02', kind: 'quarterly', unitsPerUsd: '148.00', unitsPerUSD: '148.00' }] });
  assert.deepEqual(r, { ok: false, issues: [{ path: 'JPY[0].unitsPerUSD', message: 'unknown key `unitsPerUSD`: did you mean `unitsPerUsd`?' }] });
});

it('names the paths and messages of a bad table as before the contract', () => {
  const r = compileRates({
    EUR: [{ date: '2025-02-30', kind: 'weekly', unitsPerUsd: '0.00' }],
    XYZ: [],
    GBP: 'x',
    JPY: [{ date: 20250101, kind: 'daily', unitsPerUsd: '148.00' }],
  });
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

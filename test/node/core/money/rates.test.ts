import assert from 'node:assert/strict';
import { it } from 'node:test';
import { chooseRate, compileRates } from '../../../../core/money/rates.ts';
import { parseDay } from '../../../../core/time/new-york.ts';

function compiled(t: unknown) {
  const r = compileRates(t);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.rates;
}
const day = (s: string) => parseDay(s)!;

it('uses the first quarterly rate certified in the exportation quarter, even for a date before it', () => {
  const r = compiled({
    EUR: [
      { date: '2025-01-02', kind: 'quarterly', unitsPerUsd: '0.96' },
      { date: '2025-04-01', kind: 'quarterly', unitsPerUsd: '0.92' },
    ],
  });
  assert.equal(chooseRate(r, 'EUR', day('2025-01-01'))?.unitsPerUsd, '0.96');
  assert.equal(chooseRate(r, 'EUR', day('2025-03-31'))?.unitsPerUsd, '0.96');
  assert.equal(chooseRate(r, 'EUR', day('2025-06-30'))?.unitsPerUsd, '0.92');
  assert.equal(chooseRate(r, 'EUR', day('2025-07-01')), null);
});

it('switches to the daily rate at a 5% difference in either direction, not at 4.99%', () => {
  const mk = (daily: string) =>
    compiled({
      EUR: [
        { date: '2025-04-01', kind: 'quarterly', unitsPerUsd: '1.0000' },
        { date: '2025-05-05', kind: 'daily', unitsPerUsd: daily },
      ],
    });
  assert.equal(chooseRate(mk('1.0499'), 'EUR', day('2025-05-05'))?.basis, 'quarterly');
  assert.equal(chooseRate(mk('1.0500'), 'EUR', day('2025-05-05'))?.basis, 'daily-differs-5pct');
  assert.equal(chooseRate(mk('0.9500'), 'EUR', day('2025-05-05'))?.basis, 'daily-differs-5pct');
  assert.equal(chooseRate(mk('0.9501'), 'EUR', day('2025-05-05'))?.basis, 'quarterly');
});

it('falls back to the last prior business day within a week for daily-only currencies', () => {
  const r = compiled({ THB: [{ date: '2025-05-02', kind: 'daily', unitsPerUsd: '33.1' }] });
  assert.equal(chooseRate(r, 'THB', day('2025-05-04'))?.basis, 'daily-prior-business-day');
  assert.equal(chooseRate(r, 'THB', day('2025-05-02'))?.basis, 'daily');
  assert.equal(chooseRate(r, 'THB', day('2025-05-12')), null);
  assert.equal(chooseRate(r, 'THB', day('2025-05-01')), null);
});

it('reports every bad entry of a rates table with its path', () => {
  const r = compileRates({ EUR: [{ date: '2025-02-30', kind: 'weekly', unitsPerUsd: '-1' }], XYZ: [], GBP: 'x' });
  assert.equal(r.ok, false);
  if (!r.ok) {
    const paths = r.issues.map((i) => i.path).sort();
    assert.deepEqual(paths, ['EUR[0].date', 'EUR[0].kind', 'EUR[0].unitsPerUsd', 'GBP', 'XYZ']);
  }
  assert.equal(compileRates([]).ok, false);
});

it('refuses two different daily rates for one day', () => {
  const r = compileRates({
    EUR: [
      { date: '2025-05-05', kind: 'daily', unitsPerUsd: '0.9' },
      { date: '2025-05-05', kind: 'daily', unitsPerUsd: '0.91' },
    ],
  });
  assert.equal(r.ok, false);
});

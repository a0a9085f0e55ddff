// The bundled approximate rates (core/money/fx.generated.ts): what scripts/gen-fx.ts writes from
// the European Central Bank's reference rates today, decoded to the rates of the source file,
// and used as the decisions say (the latest rate at or before the day; after the data, the last).
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { test } from 'node:test';
import { bundledApproximateRates, chooseApproximateRate } from '../../../../core/money/approximate.ts';
import { FX_LAST } from '../../../../core/money/fx.generated.ts';
import { parseDay } from '../../../../core/time/new-york.ts';
import { FX_CSV, FX_FILE } from '../../../../scripts/gen-fx.ts';

const root = new URL('../../../../', import.meta.url);
const fx = bundledApproximateRates();
const at = (currency: string, day: string) => chooseApproximateRate(fx, currency, parseDay(day)!);

test('a kept rate is the source row converted to units per US dollar, to 5 significant digits', {
  skip: existsSync(FX_CSV) ? false : `${FX_CSV} is absent`,
}, () => {
  const lines = gunzipSync(readFileSync(FX_CSV)).toString('utf8').trim().split('\n');
  const head = lines[0].split(',');
  const row = lines.find((l) => l.startsWith('2024-05-27,'))!.split(',');
  const usd = Number(row[head.indexOf('USD')]);
  for (const code of ['JPY', 'GBP', 'CHF', 'INR', 'IDR']) {
    const want = Number(row[head.indexOf(code)]) / usd;
    const got = at(code, '2024-05-27')!;
    assert.equal(got.date, '2024-05-27');
    assert.ok(Math.abs(Number(got.unitsPerUsd) / want - 1) < 1e-4, `${code}: ${got.unitsPerUsd} vs ${want}`);
  }
  const eur = at('EUR', '2024-05-27')!;
  assert.ok(Math.abs(Number(eur.unitsPerUsd) * usd - 1) < 1e-4, `EUR: ${eur.unitsPerUsd} vs 1/${usd}`);
});

test('a day between weekly rates takes the latest rate at or before it, with its own date', () => {
  const r = at('EUR', '2024-06-01')!;
  assert.equal(r.date, '2024-05-27');
  assert.equal(r.basis, 'approximate');
  assert.equal(at('EUR', '2016-01-03'), null, 'before the data starts there is no rate');
});

test('after the data ends, the last rate is used and marked so', () => {
  const r = at('GBP', '2026-12-06')!;
  assert.equal(r.date, FX_LAST);
  assert.equal(r.basis, 'approximate-after-data');
  assert.equal(at('GBP', FX_LAST)!.basis, 'approximate');
});

test('a currency the source stopped publishing has no rate long after', () => {
  assert.ok(at('RUB', '2021-06-01'));
  assert.equal(at('RUB', '2026-01-05'), null);
  assert.equal(at('XYZ', '2024-01-05'), null);
});

test('the bundled rates stay small: under 40 KB gzip', () => {
  const bytes = gzipSync(readFileSync(new URL(FX_FILE, root)), { level: 9 }).length;
  assert.ok(bytes < 40_000, `${FX_FILE}: ${bytes} B gzip`);
});

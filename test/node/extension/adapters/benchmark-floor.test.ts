// A quality floor under extraction on the Zyte benchmark's development half (../shared, read at
// run time, never copied): price and SKU F1 may rise but must not silently fall. Not a timing
// test. Skipped with one line when ../shared is absent (a fresh clone). The floors sit just under
// the figures measured when they were last raised (docs/adapters.md, "Measured quality").
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { scoreZyteDev, zyteAvailable } from '../../../../bench/extract-score.ts';

const PRICE_F1_FLOOR = 0.9;
const AVAILABILITY_F1_FLOOR = 0.75;
const PRICE_PRECISION_FLOOR = 0.94;
const SKU_F1_FLOOR = 0.82;

test('extraction on the benchmark development pages stays above its quality floor', {
  skip: zyteAvailable() ? false : 'zyte-dev benchmark not in ../shared',
}, () => {
  const s = scoreZyteDev();
  const wrong = s.pages.filter((p) => p.priceOk === false).map((p) => `${p.url}: got ${p.price}, want ${p.expectedPrice?.join('|') ?? 'none'}`);
  assert.ok(s.price.f1 >= PRICE_F1_FLOOR, `price F1 ${s.price.f1.toFixed(3)} fell under ${PRICE_F1_FLOOR}; pages wrong or missed:\n${wrong.join('\n')}`);
  assert.ok(s.price.precision >= PRICE_PRECISION_FLOOR, `price precision ${s.price.precision.toFixed(3)} fell under ${PRICE_PRECISION_FLOOR}`);
  assert.ok(s.sku.f1 >= SKU_F1_FLOOR, `SKU F1 ${s.sku.f1.toFixed(3)} fell under ${SKU_F1_FLOOR}`);
  assert.ok(s.availability.f1 >= AVAILABILITY_F1_FLOOR, `availability F1 ${s.availability.f1.toFixed(3)} fell under ${AVAILABILITY_F1_FLOOR}`);
});

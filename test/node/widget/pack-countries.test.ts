// Every door reads the country list packed (core/geo/countries.generated.ts, written by
// widget/build/pack-countries.ts from the readable list core/geo/country-codes.ts). isCountry must
// answer exactly as the readable list for every pair of capitals and anything else.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countryCount, isCountry } from '../../../core/geo/countries.ts';
import { ISO_COUNTRY_CODES } from '../../../core/geo/country-codes.ts';
import { countryBits } from '../../../widget/build/pack-countries.ts';

const listed = new Set(ISO_COUNTRY_CODES.split(' '));

test('isCountry answers as the readable list, code for code', () => {
  assert.equal(countryCount(), listed.size);
  assert.equal(listed.size, 250);
  let yes = 0;
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      assert.equal(isCountry(code), listed.has(code), code);
      if (isCountry(code)) yes++;
    }
  }
  assert.equal(yes, listed.size);
  for (const other of ['', 'de', 'D', 'DEU', 'D1', 'constructor', '__proto__']) assert.equal(isCountry(other), false, other);
});

test('the packed bits see a real difference, and are smaller than the list', async () => {
  const { gzipSync } = await import('node:zlib');
  const bits = countryBits((c) => listed.has(c));
  const without = countryBits((c) => c !== 'DE' && listed.has(c));
  assert.notEqual(without, bits);
  assert.equal([...bits].filter((ch, i) => ch !== without[i]).length, 1);
  assert.ok(gzipSync(bits).length < gzipSync(ISO_COUNTRY_CODES).length / 2);
});

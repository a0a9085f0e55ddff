// The widget ships the country list packed (widget/build/pack-countries.ts, substituted for
// core/geo/countries.ts by vite.widget.config.ts). The generated module must answer exactly as
// the source list for every pair of capitals and anything else.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countryCount, isCountry } from '../../../core/geo/countries.ts';
import { packedCountriesModule } from '../../../widget/build/pack-countries.ts';

type Countries = { isCountry: (code: string) => boolean; countryCount: () => number };
const load = (code: string) => import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`) as Promise<Countries>;

test('the packed module answers as the source list, code for code', async () => {
  const packed = await load(packedCountriesModule(isCountry));
  assert.equal(packed.countryCount(), countryCount());
  let yes = 0;
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      assert.equal(packed.isCountry(code), isCountry(code), code);
      if (isCountry(code)) yes++;
    }
  }
  assert.equal(yes, countryCount());
  for (const other of ['', 'de', 'D', 'DEU', 'D1', 'constructor', '__proto__']) assert.equal(packed.isCountry(other), false, other);
  // a real difference would be seen
  const changed = await load(packedCountriesModule((c) => c !== 'DE' && isCountry(c)));
  assert.equal(changed.isCountry('DE'), false);
  assert.equal(changed.countryCount(), countryCount() - 1);
});

test('the packed module is smaller than the list it replaces', async () => {
  const { readFileSync } = await import('node:fs');
  const { gzipSync } = await import('node:zlib');
  const source = readFileSync(new URL('../../../core/geo/countries.ts', import.meta.url));
  assert.ok(gzipSync(packedCountriesModule(isCountry)).length < gzipSync(source).length / 2);
});

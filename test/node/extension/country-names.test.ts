// Country names for the popup's picker from Intl.DisplayNames (Node has the same ICU data as the
// browser): a search by name in the shopper's language and in English, a full name or a code in
// capitals taken as it is.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { countryName, countryNames, exactCountry, searchCountries } from '../../../extension/popup/country-names.ts';
import { countryCount } from '../../../core/geo/countries.ts';

it('names every ISO country in each language', () => {
  for (const lang of ['en', 'es', 'zh-Hans']) assert.equal(countryNames(lang).length, countryCount());
  assert.equal(countryName('DE', 'es'), 'Alemania');
  assert.equal(countryName('CN', 'zh-Hans'), '中国');
});

it('finds by the start of a name or of a word, common origins first, accents ignored', () => {
  assert.equal(searchCountries('Chi', 'en')[0].code, 'CN');
  assert.equal(searchCountries('alem', 'es')[0].code, 'DE');
  assert.equal(searchCountries('mexi', 'es')[0].name, 'México');
  assert.ok(searchCountries('kingdom', 'en').some((c) => c.code === 'GB'));
  assert.ok(searchCountries('国', 'zh-Hans').some((c) => c.code === 'CN'));
  assert.deepEqual(searchCountries('', 'en'), []);
  assert.deepEqual(searchCountries('zzzz', 'en'), []);
  // a long query is capped, not matched whole
  assert.deepEqual(searchCountries('a'.repeat(100_000), 'en'), []);
});

it('takes a full name (in the language or English) or a code in capitals, nothing partial', () => {
  assert.equal(exactCountry('germany', 'es'), 'DE');
  assert.equal(exactCountry('Alemania', 'es'), 'DE');
  assert.equal(exactCountry('US', 'en'), 'US');
  assert.equal(exactCountry('us', 'en'), null);
  assert.equal(exactCountry('Chi', 'en'), null);
  assert.equal(exactCountry('XX', 'en'), null);
});

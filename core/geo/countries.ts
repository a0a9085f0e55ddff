// The ISO 3166-1 alpha-2 country codes (core/geo/country-codes.ts is the readable list, plus XK),
// read from their packed form: one bit per pair of capitals AA..ZZ, six bits to a character from
// "?" on (countries.generated.ts, `npm run gen:page-data`): a third of the list's bytes in the
// widget, and the same answers everywhere (test/node/widget/pack-countries.test.ts).
import { COUNTRY_BITS } from './countries.generated.ts';

const set = new Set<string>();
for (let i = 0; i < 26 * 26; i++) {
  if (((COUNTRY_BITS.charCodeAt((i / 6) | 0) - 63) >> (i % 6)) & 1) set.add(String.fromCharCode(65 + ((i / 26) | 0), 65 + (i % 26)));
}

/** Whether a code is an ISO 3166-1 alpha-2 country code. */
export function isCountry(code: string): boolean {
  return set.has(code);
}

export function countryCount(): number {
  return set.size;
}

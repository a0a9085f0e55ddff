// The country list as everything ships it: one bit per pair of capitals (AA..ZZ, 676 bits, six to
// a character) instead of the 250 codes written out: the same answers from isCountry, about a
// third of the bytes gzip in the widget. core/geo/country-codes.ts keeps the readable list;
// scripts/gen-page-data.ts writes countryBitsModule(...) to core/geo/countries.generated.ts, which
// core/geo/countries.ts reads, and test/node/widget/pack-countries.test.ts compares every answer
// with the readable list.

const A = 65;
const PAIRS = 26 * 26;
/** first character of the six-bit alphabet: 64 printable ASCII characters from "?" on */
const BASE = 63;

/** The bits of the pairs of capitals that are codes, six to a character. */
export function countryBits(isCode: (code: string) => boolean): string {
  let bits = '';
  for (let c = 0; c < PAIRS; c += 6) {
    let v = 0;
    for (let b = 0; b < 6 && c + b < PAIRS; b++) {
      const i = c + b;
      if (isCode(String.fromCharCode(A + Math.floor(i / 26), A + (i % 26)))) v |= 1 << b;
    }
    bits += String.fromCharCode(BASE + v);
  }
  return bits;
}

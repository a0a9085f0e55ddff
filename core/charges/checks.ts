// The tariff set's checks that JSON Schema cannot state, written once: zod runs them as
// refinements (./schema.ts) and the derived checker runs them by name (core/contract/checker.ts).
// Zod-free, so the widget can take them.
import type { CheckFailure } from '../contract/checker.ts';
import { isCountry } from '../geo/countries.ts';

export const TARIFF_CHECKS = {
  /** a code of the closed country list; a value that is not two capitals is the pattern's issue */
  country: (v: string): CheckFailure | undefined =>
    !/^[A-Z]{2}$/.test(v) || isCountry(v) ? undefined : { code: 'UNKNOWN_COUNTRY', message: `"${v}" is not an ISO 3166-1 alpha-2 country` },
};

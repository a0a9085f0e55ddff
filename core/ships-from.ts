// Where a parcel ships from, when a door does not know it (a product page that names no country).
// Whether a parcel is an import at all depends on it (19 CFR 101.1, the customs territory), so a
// door asks, and meanwhile shows both cases: shipped from inside the territory, and shipped from
// abroad. This module says which country the "from abroad" case is decided with.

import { bundledRules } from './prepare.ts';
import type { CompiledRules } from './rules/compile.ts';

/**
 * NOT LAW: a product choice. The country that stands for "abroad" when the goods' own origin is
 * inside the customs territory (US goods sent back from abroad): Canada, because no rule of the
 * bundled set names it (no scope, no gift limit by sender country, no unsettled reach; a test
 * holds this), so the answer is the one any foreign country would get. Only the goods' origin,
 * the date and the mode decide such an import.
 */
export const ABROAD_STAND_IN = 'CA';

/**
 * The ships-from country of the "shipped from abroad" case for goods of this origin: the origin
 * itself, or {@link ABROAD_STAND_IN} when the origin is inside the customs territory of these
 * rules (the bundled ones by default).
 */
export function abroadShipFrom(origin: string, rules: CompiledRules = bundledRules()): string {
  return rules.territoryCountries.has(origin) ? ABROAD_STAND_IN : origin;
}

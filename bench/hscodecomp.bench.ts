// The completeness of the estimate on real listings: of the 316 HSCodeComp dev listings (their
// expert HTS numbers, origin CN, express, arrival 2026-12-15), the share whose estimate is complete
// with only the HTS number, by class (ad valorem or free, specific or compound, on a Section 232
// list, a rate the estimate refuses, not in the schedule) and the incomplete ones by note code
// (bench/hscodecomp-completeness.ts says how listings are classed and priced).
import { completeness, fixturePresent } from './hscodecomp-completeness.ts';

export async function run(): Promise<Record<string, number | string>> {
  if (!fixturePresent()) return { hscodecompComplete: 'skipped: ../shared/fixtures/hscodecomp-dev is absent' };
  const c = completeness();
  const cls = (k: string) => `${c.byClass[k]?.complete ?? 0}/${c.byClass[k]?.listings ?? 0}`;
  return {
    hscodecompListings: c.listings,
    hscodecompComplete: c.complete,
    hscodecompCompleteShare: Math.round((c.complete / c.listings) * 1000) / 1000,
    hscodecompUsdComplete: `${c.usdComplete}/${c.usdListings}`,
    hscodecompPricedAsUsd: c.takenAsUsd,
    hscodecompExempt: c.exempt,
    hscodecompAdValoremOrFree: cls('ad-valorem-or-free'),
    hscodecompSpecificOrCompound: cls('specific-or-compound'),
    hscodecompSection232: cls('section-232'),
    hscodecompRateRefused: cls('rate-refused'),
    hscodecompNotInSchedule: cls('not-in-schedule'),
    hscodecompIncompleteByNote: Object.entries(c.incompleteByNote)
      .sort((a, b) => b[1] - a[1])
      .map(([k, n]) => `${k} ${n}`)
      .join(', '),
  };
}

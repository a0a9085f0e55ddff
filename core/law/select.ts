// In force at an instant: the selections the engine makes while evaluating. Each is on the hot
// path (a rule per topic per shipment, the tariff layers and fees per estimate), so each reads
// precomputed fields only.
import type { Validity } from './dated.ts';

/** A version with a scope of origins and modes, ranked by how many of them it names. */
export interface Scoped extends Validity {
  readonly origins: ReadonlySet<string> | null;
  readonly modes: ReadonlySet<string> | null;
  /** how many scope dimensions the version names: the most specific match applies */
  readonly specificity: number;
}

/** The version in force at the instant whose scope matches (one of the origins, the mode), the
 * most specific one when several match (the loader has made sure no two of one rank do). */
export function mostSpecific<C extends Scoped>(list: readonly C[], instant: number, origins: readonly string[], mode: string): C | null {
  let best: C | null = null;
  for (const c of list) {
    if (instant < c.fromMs || instant >= c.untilMs) continue;
    if (c.modes && !c.modes.has(mode)) continue;
    if (c.origins) {
      let hit = false;
      for (const origin of origins)
        if (c.origins.has(origin)) {
          hit = true;
          break;
        }
      if (!hit) continue;
    }
    if (!best || c.specificity > best.specificity) best = c;
  }
  return best;
}

/** The instants where some version starts or ends, sorted: segment i is [cuts[i-1], cuts[i]),
 * during which the same versions are in force. */
export function cutsOf(list: readonly Validity[]): number[] {
  const cuts = new Set<number>();
  for (const w of list) {
    if (Number.isFinite(w.fromMs)) cuts.add(w.fromMs);
    if (Number.isFinite(w.untilMs)) cuts.add(w.untilMs);
  }
  return [...cuts].sort((a, b) => a - b);
}

/** The index of the segment of `cuts` that holds the instant (binary search). */
export function segmentOf(cuts: readonly number[], at: number): number {
  let lo = 0,
    hi = cuts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cuts[mid] <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first instant of segment i (what is in force then is in force throughout it). */
export const segmentStart = (cuts: readonly number[], i: number): number => (i === 0 ? -Infinity : cuts[i - 1]);

// Scopes: what a dated version applies to (origins, modes, entries, HTS numbers), compiled to
// sets; null means "all". Two versions can apply to the same case when every dimension meets.

/** A list as a set, or null (all) when absent. */
export const setOf = <T>(list: readonly T[] | undefined): ReadonlySet<T> | null => (list ? new Set(list) : null);

/** Whether scope sets a and b (null: all) have a value in common. */
export function meets<T>(a: ReadonlySet<T> | null, b: ReadonlySet<T> | null): boolean {
  if (!a || !b) return true;
  for (const x of a) if (b.has(x)) return true;
  return false;
}

/** Whether scope set a (null: all) includes all of b. */
export function includes<T>(a: ReadonlySet<T> | null, b: ReadonlySet<T> | null): boolean {
  if (!a) return true;
  if (!b) return false;
  for (const x of b) if (!a.has(x)) return false;
  return true;
}

/** A set of HTS prefixes, looked up by the item's number cut at each length the set holds. */
export interface PrefixSet {
  readonly set: ReadonlySet<string>;
  /** the distinct prefix lengths, ascending */
  readonly lengths: readonly number[];
}

export function prefixSet(list: readonly string[] | undefined): PrefixSet | null {
  if (!list) return null;
  return { set: new Set(list), lengths: [...new Set(list.map((x) => x.length))].sort((a, b) => a - b) };
}

/** Whether an HTS number (digits) starts with one of the prefixes. */
export function inPrefixes(p: PrefixSet, hts: string): boolean {
  for (const n of p.lengths) if (n <= hts.length && p.set.has(n === hts.length ? hts : hts.slice(0, n))) return true;
  return false;
}

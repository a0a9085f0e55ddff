// What the engine works out about one HTS number, once: the heading hints of a rule set that it
// starts with, the tariff set's layers scoped to its prefixes, its schedule line, and which
// prefix sets (layer exceptions) hold it. Normalizing an item finds its number's facts (one map
// read); deciding and pricing then read and fill them without searching again. Each slot
// remembers the set it was computed for, so a new rule set, tariff set or schedule recomputes it.
// The map is bounded (a catalog has a few thousand numbers; the schedule about twenty thousand).

import type { CompiledHint } from '../rules/compile.ts';
import type { CompiledLayer } from '../charges/compile.ts';
import { inPrefixes, type PrefixSet } from '../law/scope.ts';
import type { ScheduleLine } from '../schedule/types.ts';

const NONE: readonly never[] = [];

// Every slot is a field of the one object (or a list shared between numbers): the facts of a
// number are first read in a cold cache (a marketplace's numbers are many), and each object of
// its own a number brought along was one more miss per estimate.
export class NumberFacts {
  /** the rule set whose heading hints `hints` holds */
  hintsOf: object | null = null;
  hints: readonly CompiledHint[] = NONE;
  /** the tariff set whose HTS-scoped layers (any time, mode, origin) `layers` holds */
  layersOf: object | null = null;
  layers: readonly CompiledLayer[] = NONE;
  /** the schedule whose line for the number `line` holds */
  lineOf: object | null = null;
  line: ScheduleLine | null = null;
  /** the last prefix set tested (the exceptions by number: the bundled tariff set has one), and
   * whether the number starts with one of its prefixes */
  private tested: PrefixSet | null = null;
  private found = false;
  readonly hts: string;
  constructor(hts: string) {
    this.hts = hts;
  }

  /** Whether the number starts with one of the set's prefixes (kept for the last set). */
  inPrefixes(p: PrefixSet): boolean {
    if (p !== this.tested) {
      this.found = inPrefixes(p, this.hts);
      this.tested = p;
    }
    return this.found;
  }
}

const MAX_NUMBERS = 65536;
const byNumber = new Map<string, NumberFacts>();

/** The facts of a 10-digit (or shorter) HTS number without dots. */
export function numberFacts(hts: string): NumberFacts {
  let f = byNumber.get(hts);
  if (f === undefined) {
    if (byNumber.size >= MAX_NUMBERS) byNumber.clear();
    f = new NumberFacts(hts);
    byNumber.set(hts, f);
  }
  return f;
}

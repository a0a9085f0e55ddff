// Which Chapter 99 layers apply to one item: a small pure lookup over the layer data (the
// schedule-aware engine does the same inside its estimate; this one serves tests, `s321 tariffs`
// style listings and cross-checks). An HTS prefix matches a number that starts with it; the
// layer's window is [from, until) in New York wall-clock time.

import type { ItemFlag, Mode } from '../rules/types.ts';
import { newYorkWhenToMs } from '../time/new-york.ts';
import type { Chapter99Exception, Chapter99Layer } from './chapter99-types.ts';

export interface Chapter99Query {
  /** the item's HTS number, 10 digits (dots allowed: "6109.10.0012") */
  hts: string;
  /** ISO country of origin */
  origin: string;
  /** the entry instant: a UTC epoch in ms, or New York wall-clock "YYYY-MM-DD[THH:MM]" */
  at: number | string;
  /** the item's flags (an exception by flag); absent = none */
  flags?: readonly ItemFlag[];
  /** the shipment's mode; absent = any */
  mode?: Mode;
}

/** A layer's prefix lists as sets, made once per layer: a number matches when one of its first
 * 4 to 10 digits is in the set. */
interface Compiled {
  scope: ReadonlySet<string> | null;
  fromMs: number;
  untilMs: number;
  except: ReadonlyArray<{ e: Chapter99Exception; hts: ReadonlySet<string> | null }>;
}
const compiled = new WeakMap<Chapter99Layer, Compiled>();

function compile(l: Chapter99Layer): Compiled {
  let c = compiled.get(l);
  if (!c) {
    c = {
      scope: l.scope?.hts ? new Set(l.scope.hts) : null,
      fromMs: l.from === undefined ? -Infinity : newYorkWhenToMs(l.from) ?? Infinity,
      untilMs: l.until === undefined ? Infinity : newYorkWhenToMs(l.until) ?? -Infinity,
      except: (l.except ?? []).map((e) => ({ e, hts: e.hts ? new Set(e.hts) : null })),
    };
    compiled.set(l, c);
  }
  return c;
}

function matches(hts: string, set: ReadonlySet<string>): boolean {
  for (let n = 4; n <= 10; n++) if (set.has(hts.slice(0, n))) return true;
  return false;
}

/** The layers of `layers` that apply to the item at the instant (scope.hts, scope.origins,
 * scope.modes, from/until and every exception honoured), in data order. Throws on a malformed
 * number or instant, naming it. */
export function chapter99LayersFor(layers: readonly Chapter99Layer[], q: Chapter99Query): Chapter99Layer[] {
  const hts = q.hts.replace(/\./g, '');
  if (!/^\d{10}$/.test(hts)) throw new Error(`hts: "${q.hts}" is not a 10-digit HTS number`);
  const at = typeof q.at === 'number' ? q.at : newYorkWhenToMs(q.at);
  if (at === null || !Number.isFinite(at)) throw new Error(`at: "${q.at}" is not a New York date or instant`);
  const flags = new Set(q.flags ?? []);
  return layers.filter((l) => {
    const c = compile(l);
    if (at < c.fromMs || at >= c.untilMs) return false;
    if (c.scope && !matches(hts, c.scope)) return false;
    if (l.scope?.origins && !l.scope.origins.includes(q.origin)) return false;
    if (l.scope?.modes && q.mode && !l.scope.modes.includes(q.mode)) return false;
    return !c.except.some(({ e, hts: set }) => {
      if (e.origins && !e.origins.includes(q.origin)) return false;
      if (e.flag && !flags.has(e.flag)) return false;
      if (set && !matches(hts, set)) return false;
      return !!(e.flag || set);
    });
  });
}

// Which Chapter 99 layers apply to one item: the tariff engine's lookup by HTS number
// (core/charges/compile.ts `layersFor`: the prefix index the estimate prices with, the layers'
// marks applied before their exceptions) over raw layer data, for tests, listings and
// cross-checks. The layers are compiled once per array by the tariff compiler (dated law's
// loader: real windows, no overlapping versions of a program).

import { compileTariffs, layersFor, type CompiledTariffs } from '../charges/compile.ts';
import type { LayerVersion } from '../charges/types.ts';
import type { ItemFlag, Mode } from '../rules/types.ts';
import { newYorkWhenToMs } from '../time/new-york.ts';
import type { Chapter99Layer } from './chapter99-types.ts';

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

const compiled = new WeakMap<readonly Chapter99Layer[], CompiledTariffs>();

function compile(layers: readonly Chapter99Layer[]): CompiledTariffs {
  let t = compiled.get(layers);
  if (!t) {
    const r = compileTariffs({ version: 'chapter99', layers: layers as LayerVersion[], fees: [] });
    if (!r.ok) throw new Error(`layers: ${r.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`);
    compiled.set(layers, (t = r.tariffs));
  }
  return t;
}

/** The layers of `layers` that apply to the item at the instant (scope.hts, scope.origins,
 * scope.modes, from/until, marks and every exception honoured), in data order. Throws on a
 * malformed number or instant, or layers the tariff compiler refuses, naming them. */
export function chapter99LayersFor(layers: readonly Chapter99Layer[], q: Chapter99Query): Chapter99Layer[] {
  const hts = q.hts.replace(/\./g, '');
  if (!/^\d{10}$/.test(hts)) throw new Error(`hts: "${q.hts}" is not a 10-digit HTS number`);
  const at = typeof q.at === 'number' ? q.at : newYorkWhenToMs(q.at);
  if (at === null || !Number.isFinite(at)) throw new Error(`at: "${q.at}" is not a New York date or instant`);
  return layersFor(compile(layers), { hts, origin: q.origin }, at, new Set(q.flags ?? []), q.mode ?? null).map((c) => c.v as Chapter99Layer);
}

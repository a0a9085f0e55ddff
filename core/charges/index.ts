// The pipeline's third stage, price (core/pipeline.ts): the bundled tariff set compiled once, and
// the step that attaches an estimate to each decision that is not exempt. Kept outside the
// engine's decision steps (core/evaluate) so eligibility and cost stay separate questions: the
// decision is made first, then priced from the decision's entry and the normalized shipment.
// Nothing here normalizes or decides (only their types are read).

import type { Decision } from '../evaluate/evaluate.ts';
import type { NormalizedShipment } from '../shipment/normalize.ts';
import type { Schedules } from '../schedule/editions.ts';
import { checkTariffs, compileTariffs, type CompiledTariffs, type TariffsResult } from './compile.ts';
import { computeCharges } from './compute.ts';
import { defaultTariffs } from './default-tariffs.ts';
import type { Charges } from './types.ts';

export { checkTariffs, compileTariffs, type CompiledTariffs, type TariffsResult } from './compile.ts';
export { computeCharges } from './compute.ts';
export { defaultTariffs } from './default-tariffs.ts';
export type { Charges, ChargeLine, ChargeNote, TariffSet, LayerVersion, LayerException, LayerBase, FeeVersion, DutyInput, CarrierFeeInput } from './types.ts';

/** A decision with its cost estimate (`charges` is present exactly when it is not exempt). */
export type PricedDecision = Decision & { charges?: Charges };

let bundled: CompiledTariffs | undefined;
/** The bundled tariff set, compiled once (trusted data: test/node/core/charges checks it in full). */
export function bundledTariffs(): CompiledTariffs {
  if (!bundled) {
    const r = compileTariffs(defaultTariffs);
    if (!r.ok) throw new Error(`TARIFFS_INVALID: ${r.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`);
    bundled = r.tariffs;
  }
  return bundled;
}

/** A set compiled by this module (JSON, the form of a set from outside, cannot hold a Map). */
export function isCompiledTariffs(x: unknown): x is CompiledTariffs {
  return typeof x === 'object' && x !== null && (x as CompiledTariffs).byPrefix instanceof Map;
}

/** A tariff set from outside (the JSON of --tariffs), an already compiled one, or the bundled one. */
export function prepareTariffs(input: unknown): TariffsResult {
  if (input === undefined || input === null) return { ok: true, tariffs: bundledTariffs() };
  return checkTariffsOption(input);
}

/** A tariff set given as an option, never the bundled one: a compiled set passes as it is,
 * anything else is checked. So a page that ships its own bundled set (the widget) does not carry
 * this one. */
export function checkTariffsOption(input: unknown): TariffsResult {
  if (isCompiledTariffs(input)) return { ok: true, tariffs: input };
  return checkTariffs(input);
}

/** Attaches charges to the decisions of these shipments (same order); returns the decisions. */
export function attachCharges(
  decisions: Decision[],
  shipments: readonly NormalizedShipment[],
  tariffs: CompiledTariffs,
  schedule: Schedules | null = null,
): PricedDecision[] {
  for (let i = 0; i < decisions.length; i++) {
    const d = decisions[i];
    if (d.exempt) continue;
    const c = computeCharges(d, shipments[i], tariffs, schedule);
    if (c) (d as PricedDecision).charges = c;
  }
  return decisions;
}

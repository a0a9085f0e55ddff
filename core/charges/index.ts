// Charges on decisions: the bundled tariff set compiled once, and the step that attaches an
// estimate to each decision that is not exempt. Kept outside the engine's decision steps
// (core/evaluate) so eligibility and cost stay separate questions: the decision is made first,
// then priced from the decision's entry and the normalized shipment.

import type { Decision } from '../evaluate/evaluate.ts';
import { evaluateShipments } from '../evaluate/evaluate.ts';
import type { InputIssue } from '../issues.ts';
import type { CompiledRates } from '../money/rates.ts';
import type { ApproximateRates } from '../money/approximate.ts';
import { missingRateIssues } from '../evaluate/evaluate.ts';
import type { CompiledRules } from '../rules/compile.ts';
import { normalizeRequest, type NormalizedShipment } from '../shipment/normalize.ts';
import type { Schedule } from '../schedule/schedule.ts';
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
  if (isCompiledTariffs(input)) return { ok: true, tariffs: input };
  return checkTariffs(input);
}

/** Attaches charges to the decisions of these shipments (same order); returns the decisions. */
export function attachCharges(decisions: Decision[], shipments: readonly NormalizedShipment[], tariffs: CompiledTariffs, schedule: Schedule | null = null): PricedDecision[] {
  for (let i = 0; i < decisions.length; i++) {
    const d = decisions[i];
    if (d.exempt) continue;
    const c = computeCharges(d, shipments[i], tariffs, schedule);
    if (c) (d as PricedDecision).charges = c;
  }
  return decisions;
}

export type PricedResult = { ok: true; batch: boolean; decisions: PricedDecision[] } | { ok: false; issues: InputIssue[] };

/** evaluateRequest, with charges on every decision that is not exempt; `schedule` (loaded by
 * core/schedule) gives the MFN rate of items that state their HTS number; `approximate`, the
 * rates for prices the certified `rates` do not cover. */
export function evaluatePriced(input: unknown, rules: CompiledRules, rates: CompiledRates, tariffs: CompiledTariffs = bundledTariffs(), schedule: Schedule | null = null, approximate: ApproximateRates | null = null): PricedResult {
  const n = normalizeRequest(input, rates, approximate);
  if (!n.ok) return n;
  const decisions = evaluateShipments(rules, n.shipments);
  const missing = missingRateIssues(decisions, n.shipments);
  if (missing.length) return { ok: false, issues: missing };
  return { ok: true, batch: n.batch, decisions: attachCharges(decisions, n.shipments, tariffs, schedule) };
}

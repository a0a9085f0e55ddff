// The pipeline every door runs, in its three stages, each in its own module that calls no stage
// above it:
//   1. normalize (core/shipment/normalize.ts): the request checked against its contract, prices
//      converted to US dollars, dates read in New York time;
//   2. decide (core/evaluate/evaluate.ts): the dated rules applied to the normalized shipments,
//      together (one person's shipments on one day count together);
//   3. price (core/charges/index.ts): the duty and fee estimate attached to each decision that is
//      not exempt.
// A price without a rate is an issue only when a decision depends on it (between 2 and 3).
// Everything here is set up already (core/prepare.ts compiles rules, rates and tariffs once).
import { evaluateShipments, missingRateIssues, type Decision } from './evaluate/evaluate.ts';
import type { InputIssue } from './issues.ts';
import type { ApproximateRates } from './money/approximate.ts';
import { NO_RATES, type CompiledRates } from './money/rates.ts';
import type { CompiledRules } from './rules/compile.ts';
import type { Schedules } from './schedule/editions.ts';
import { normalizeEach, normalizeRequest, type NormalizedShipment } from './shipment/normalize.ts';
import { attachCharges, computeCharges, type PricedDecision } from './charges/index.ts';
import type { Charges } from './charges/types.ts';
import { formatUsd } from './money/money.ts';
import type { CompiledTariffs } from './charges/compile.ts';

/** What the pipeline runs with: compiled rules, rates and tariffs (core/prepare.ts), the tariff
 * schedule for items that state their HTS number (one edition, or editions by date; null: none),
 * and the approximate rates for prices the certified `rates` do not cover (null: none). */
export interface Engine {
  rules: CompiledRules;
  rates: CompiledRates;
  tariffs: CompiledTariffs;
  schedule?: Schedules | null;
  approximateRates?: ApproximateRates | null;
}

/** The decisions of a request in request order (`batch`: it was `{"shipments": [...]}`), or the
 * request's issues. */
export type PipelineResult = { ok: true; batch: boolean; decisions: PricedDecision[] } | { ok: false; issues: InputIssue[] };

/** One shipment's answer in a batch decided shipment by shipment: its decision, or its own issues. */
export type ShipmentResult = { ok: true; decision: PricedDecision } | { ok: false; issues: InputIssue[] };

/** A batch decided shipment by shipment: one result per shipment, in request order; only a
 * request that is not a batch at all is rejected whole. */
export type PipelineEachResult = { ok: true; results: ShipmentResult[] } | { ok: false; issues: InputIssue[] };

/** Normalize, decide, price: one shipment or a batch, accepted or rejected whole. */
export function runPipeline(input: unknown, engine: Engine): PipelineResult {
  const normalized = normalizeRequest(input, engine.rates, engine.approximateRates ?? null);
  if (!normalized.ok) return normalized;
  const decisions = evaluateShipments(engine.rules, normalized.shipments);
  const missing = missingRateIssues(decisions, normalized.shipments);
  if (missing.length) return { ok: false, issues: missing };
  return { ok: true, batch: normalized.batch, decisions: attachCharges(decisions, normalized.shipments, engine.tariffs, engine.schedule ?? null) };
}

/** The same stages for a batch whose shipments are answered one by one: a shipment with issues
 * is answered with them and left out of the others' totals; the others are decided together. Its
 * issues are its input's, or the MISSING_RATE issues of its own prices when its answer depends on
 * them (it is then left out and the others decided again without it). A shipment whose answer
 * depends only on another's price without a rate, counted on the same day, gets that price's
 * issues. */
export function runPipelineEach(input: object, engine: Engine): PipelineEachResult {
  const normalized = normalizeEach(input, engine.rates, engine.approximateRates ?? null);
  if (!normalized.ok) return normalized;
  const results: ShipmentResult[] = [];
  for (const [index, issues] of normalized.rejected) results[index] = { ok: false, issues };
  let shipments = normalized.shipments;
  let decisions = evaluateShipments(engine.rules, shipments);
  const lacking = (i: number) => decisions[i].valueDependence?.answer === 'needs-rate' && shipments[i].missingRates.length > 0;
  if (decisions.some((_, i) => lacking(i))) {
    const kept: NormalizedShipment[] = [];
    for (let i = 0; i < shipments.length; i++) {
      if (lacking(i)) results[shipments[i].index] = { ok: false, issues: [...shipments[i].missingRates] };
      else kept.push(shipments[i]);
    }
    shipments = kept;
    decisions = evaluateShipments(engine.rules, shipments);
  }
  const priced: Decision[] = [];
  const pricedShipments: NormalizedShipment[] = [];
  for (let i = 0; i < decisions.length; i++) {
    // still depending on a price without a rate: another shipment's, counted with it
    const missing =
      decisions[i].valueDependence?.answer === 'needs-rate'
        ? missingRateIssues([decisions[i]], [shipments[i]]).concat(shipments.flatMap((s) => s.missingRates))
        : [];
    if (missing.length) results[shipments[i].index] = { ok: false, issues: [...new Set(missing)] };
    else {
      priced.push(decisions[i]);
      pricedShipments.push(shipments[i]);
    }
  }
  for (const [k, decision] of attachCharges(priced, pricedShipments, engine.tariffs, engine.schedule ?? null).entries()) {
    results[pricedShipments[k].index] = { ok: true, decision };
  }
  return { ok: true, results };
}

/** Stages 2 and 3 for shipments normalized already (a record export normalizes each row as it
 * reads it, core/records): decided together, then priced. */
export function decideAndPrice(shipments: readonly NormalizedShipment[], engine: Pick<Engine, 'rules' | 'tariffs' | 'schedule'>): PricedDecision[] {
  return attachCharges(evaluateShipments(engine.rules, shipments), shipments, engine.tariffs, engine.schedule ?? null);
}

/** The duty lines of one shipment whatever its entry would be (`s321 tariffs NUMBER`): stages 1
 * and 3 without the decision, priced as a formal entry (fees left out), or the request's issues. */
export function priceAsFormalEntry(
  input: unknown,
  engine: Pick<Engine, 'rates' | 'tariffs' | 'schedule'>,
): { ok: true; shipment: NormalizedShipment; charges: Charges } | { ok: false; issues: InputIssue[] } {
  const normalized = normalizeRequest(input, engine.rates);
  if (!normalized.ok) return normalized;
  const s = normalized.shipments[0];
  const asFormal = { exempt: false, entry: 'formal', valueUsd: formatUsd(s.valueUsd), reasons: [] } as unknown as Decision;
  return { ok: true, shipment: s, charges: computeCharges(asFormal, s, engine.tariffs, engine.schedule ?? null)! };
}

/** What {@link decideRequest} returns: the decisions in request order, or the input's issues. */
export type DecideResult = { ok: true; batch: boolean; decisions: Decision[] } | { ok: false; issues: InputIssue[] };

/** Stages 1 and 2 without the price (the decisions carry no charges): one shipment or a batch,
 * accepted or rejected whole. A price without a rate is an issue only when the answer depends on it. */
export function decideRequest(
  input: unknown,
  rules: CompiledRules,
  rates: CompiledRates = NO_RATES,
  approximate: ApproximateRates | null = null,
): DecideResult {
  const normalized = normalizeRequest(input, rates, approximate);
  if (!normalized.ok) return normalized;
  const decisions = evaluateShipments(rules, normalized.shipments);
  const missing = missingRateIssues(decisions, normalized.shipments);
  if (missing.length) return { ok: false, issues: missing };
  return { ok: true, batch: normalized.batch, decisions };
}

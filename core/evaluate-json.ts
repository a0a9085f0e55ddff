// evaluate() for a request of unknown shape: what the library's typed `evaluate` (core/index.ts)
// runs, and what the doors call with JSON they read (the command line, the extension, tests). The
// request and the options are checked here in full, so the types only help the caller. The
// stages themselves are core/pipeline.ts.
import type { Decision } from './evaluate/evaluate.ts';
import type { InputIssue } from './issues.ts';
import { runPipeline, runPipelineEach, type ShipmentResult } from './pipeline.ts';
import { prepareUnchecked, type EvaluateOptions, type PerShipmentOptions, type UncheckedOptions } from './prepare.ts';
import { loadScheduleOption } from './schedule/editions.ts';
import type { BatchRequest, EvaluateRequest, ShipmentInput } from './shipment/schema.ts';

/** The decisions of a batch request, in request order. */
export interface BatchDecision {
  decisions: Decision[];
}

/** One shipment's answer in a batch decided with `perShipment: true`: its decision, or the
 * issues that kept it from one (paths from the request's root, "shipments[2].items[0]..."). */
export type ShipmentOutcome = { ok: true; decision: Decision } | { ok: false; issues: InputIssue[] };

/** The answers of a batch decided with `perShipment: true`, one per shipment in request order:
 * the shipments that could be decided are decided together (same person, same day), and each
 * one that could not says why. */
export interface BatchOutcomes {
  /** one per shipment of the request, in its order */
  results: ShipmentOutcome[];
}

/**
 * What `evaluate` returns: the decision (for a batch, {@link BatchDecision}, or
 * {@link BatchOutcomes} with `perShipment`), or the input's issues, each with its JSON path. An
 * ineligible shipment is a decision, not an issue.
 */
export type EvaluateOutput<T extends Decision | BatchDecision | BatchOutcomes = Decision | BatchDecision> =
  | { ok: true; output: T }
  | { ok: false; issues: InputIssue[] };

/** One shipment or a batch, as parsed JSON ({@link evaluate} typed for the library): not exported by the package (use `evaluate`). With
 * `perShipment`, a batch is answered shipment by shipment ({@link BatchOutcomes}). */
export function evaluateJson(request: unknown, options: UncheckedOptions & { perShipment: true }): EvaluateOutput<Decision | BatchDecision | BatchOutcomes>;
export function evaluateJson(request: unknown, options?: UncheckedOptions): EvaluateOutput;
export function evaluateJson(
  request: unknown,
  options: UncheckedOptions & { perShipment?: boolean } = {},
): EvaluateOutput<Decision | BatchDecision | BatchOutcomes> {
  const p = prepareUnchecked(options);
  if (!p.ok) return p;
  let schedule = null;
  if (options.schedule !== undefined) {
    // a loaded schedule or editions, their JSON, or a list of editions (never the bundled data by
    // default: a bundle that does not call bundledSchedule() does not carry the 1 MB schedule)
    const s = loadScheduleOption(options.schedule);
    if (!s.ok) return s;
    schedule = s.schedule;
  }
  const engine = { rules: p.rules, rates: p.rates, tariffs: p.tariffs, schedule, approximateRates: p.approximateRates };
  if (options.perShipment === true && isBatch(request)) {
    const each = runPipelineEach(request, engine);
    return each.ok ? { ok: true, output: { results: each.results as ShipmentResult[] } } : each;
  }
  const r = runPipeline(request, engine);
  if (!r.ok) return r;
  return { ok: true, output: r.batch ? { decisions: r.decisions } : r.decisions[0] };
}

function isBatch(request: unknown): request is object {
  return typeof request === 'object' && request !== null && !Array.isArray(request) && 'shipments' in request;
}

/**
 * Decides one shipment as `s321 evaluate` does: `output` is its decision.
 *
 * @param shipment - the shipment (checked here against the request contract as well, so
 * JSON from outside is safe to pass once typed as {@link EvaluateRequest})
 * @param options - rules, rates, tariffs, the schedule and approximate rates; default: the
 * bundled rules and tariffs, no schedule, no rates (pass `schedule: bundledSchedule()` to price
 * items by their HTS number, and `approximateRates: bundledApproximateRates()` to convert other
 * currencies approximately when no certified rate is given)
 * @example
 * ```ts
 * const result = evaluate({ id: 'A1', arrival: '2024-06-01', mode: 'express', shipFrom: 'VN',
 *   items: [{ description: 'T-shirt', quantity: 1, price: { amount: '20.00', currency: 'USD' }, origin: 'VN' }] });
 * if (result.ok) console.log(result.output.exempt); // true
 * ```
 */
export function evaluate(shipment: ShipmentInput, options?: EvaluateOptions): EvaluateOutput<Decision>;
/**
 * Decides a batch `{ shipments: [...] }` shipment by shipment (`perShipment: true`):
 * `output.results` holds, in request order, each shipment's decision or its own issues. The
 * shipments that can be decided are decided together (same person, same day); one with issues
 * is left out of their totals instead of rejecting the batch.
 */
export function evaluate(request: BatchRequest, options: PerShipmentOptions): EvaluateOutput<BatchOutcomes>;
/**
 * Decides a batch `{ shipments: [...] }` together: `output.decisions` in request order, with
 * shipments to the same person on the same day counted together.
 */
export function evaluate(request: BatchRequest, options?: EvaluateOptions): EvaluateOutput<BatchDecision>;
/**
 * Decides a request that may be either (parsed JSON typed as {@link EvaluateRequest}): tell the
 * two apart with `'decisions' in result.output`.
 */
export function evaluate(request: EvaluateRequest, options?: EvaluateOptions): EvaluateOutput;
export function evaluate(
  request: EvaluateRequest,
  options: EvaluateOptions | PerShipmentOptions = {},
): EvaluateOutput<Decision | BatchDecision | BatchOutcomes> {
  return evaluateJson(request, options);
}

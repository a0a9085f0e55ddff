// The public API of the s321 core, published as the package's main entry (`import ... from
// 's321'`): pure functions, no clock, no I/O. The date is always in the input; rules and rates
// are injected, with the bundled rule set as the default.
//
// What is exported here is a promise kept under semver: api/s321.api.md records it, and the
// build fails when it changes by accident. After a deliberate change (a new export, a changed
// signature) run `npm run api:update`, commit api/ with it and note it in CHANGELOG.md. Every
// export carries TSDoc on its declaration (the report marks an undocumented one). The Data Pilot
// and Type 86 records have their own entry, `s321/records` (core/records/index.ts), so that a
// service that only decides does not load the record profiles.

import { evaluatePriced, type PricedDecision, type PricedResult } from './charges/index.ts';
import type { InputIssue } from './issues.ts';
import { prepare, type EvaluateOptions } from './prepare.ts';
import { isSchedule, loadSchedule } from './schedule/schedule.ts';

// Evaluating shipments
export { evaluateRequest, evaluateShipments, missingRateIssues, type Reason, type Entry, type Exemption, type EvaluateResult, type ValueDependence, type ValuePart } from './evaluate/evaluate.ts';
export { REASON, REASON_CODES, type ReasonCode } from './evaluate/reason-codes.ts';
export { normalizeRequest, type NormalizedShipment, type NormalizedItem, type NormalizeResult, type ValueBasis } from './shipment/normalize.ts';
/** A decision as every door prints it: with `charges` when it is not exempt. */
export type Decision = PricedDecision;

// Estimated duty and fees: the bundled tariff set, replacements, the estimate on a decision
export { attachCharges, bundledTariffs, checkTariffs, computeCharges, defaultTariffs, evaluatePriced, prepareTariffs } from './charges/index.ts';
export type { Charges, ChargeLine, ChargeNote, CompiledTariffs, TariffSet, LayerVersion, LayerException, LayerBase, FeeVersion, DutyInput, CarrierFeeInput } from './charges/index.ts';

// The US tariff schedule (HTSUS): the bundled edition, replacements, lookups, rates, catalog sets
export { bundledSchedule, loadSchedule, prepareSchedule, buildSchedule, parseScheduleRate, catalogTariffs, RATE_UNITS } from './schedule/index.ts';
export type { Schedule, ScheduleResult, ScheduleData, ScheduleLine, ParsedRate, RateUnit, SpecificPart, CatalogEntry, CatalogTariffsResult } from './schedule/index.ts';

// The request contract: zod schemas and the types inferred from them
export { moneySchema, shipmentSchema } from './shipment/schema.ts';
export type { ShipmentInput, ItemInput, PartyInput, AddressInput, MoneyInput, EvaluateRequest } from './shipment/schema.ts';

// Invalid input
export { formatIssue, type InputIssue } from './issues.ts';

// Rules, rates and tariffs set up once for every door (core/prepare.ts: no zod, so the widget imports it)
export { bundledRules, prepare, prepareRates, prepareRules, type EvaluateOptions } from './prepare.ts';

// Rules: the bundled set and replacements
export { defaultRules } from './rules/default-rules.ts';
export { checkRuleSet, loadRules, compileRuleSet, selectVersion, RuleSetError, type CompileResult, type CompiledRules, type CompiledVersion } from './rules/load.ts';
export type { RuleSet, RuleVersion, Exclusion, HtsHint, Citation, Confidence, Status, Mode, ItemFlag, Topic, Scope } from './rules/types.ts';
export { MODES, ITEM_FLAGS, TOPICS } from './rules/types.ts';
export { citationText } from './rules/cite.ts';

// Currencies, rates and amounts
export { compileRates, MISSING_RATE, NO_RATES, type RatesTable, type RateKind, type CompiledRates, type CompileRatesResult } from './money/rates.ts';
export { bundledApproximateRates, type ApproximateRates } from './money/approximate.ts';
export { parseAmount, type Money, type AmountResult, type UsdValue } from './money/money.ts';
export { currencyDecimals, isCurrency, currencyCodes } from './money/currencies.ts';
export { isCountry } from './geo/countries.ts';

// Dates (New York calendar days, as customs counts them)
export { formatDay, newYorkDateOf, newYorkDayOf } from './time/new-york.ts';

/**
 * What {@link evaluate} returns: the decision (or, for a batch, the decisions in request order),
 * or the input's issues, each with its JSON path. An ineligible shipment is a decision, not an
 * issue.
 */
export type EvaluateOutput =
  | { ok: true; output: Decision | { decisions: Decision[] } }
  | { ok: false; issues: InputIssue[] };

/**
 * Decides a request as `s321 evaluate` does: one shipment gives one decision; a batch
 * `{"shipments": [...]}` gives `{"decisions": [...]}` in the same order, with shipments to the
 * same person on the same day counted together.
 *
 * @param request - the request as parsed JSON, checked here against the request contract
 * @param options - rules, rates, tariffs and approximate rates; default: the bundled rules and
 * tariffs, no rates (pass `approximateRates: bundledApproximateRates()` to convert other
 * currencies approximately when no certified rate is given)
 * @example
 * ```ts
 * const result = evaluate({ id: 'A1', arrival: '2024-06-01', mode: 'express', shipFrom: 'VN',
 *   items: [{ description: 'T-shirt', quantity: 1, price: { amount: '20.00', currency: 'USD' }, origin: 'VN' }] });
 * if (result.ok && !('decisions' in result.output)) console.log(result.output.exempt); // true
 * ```
 */
export function evaluate(request: unknown, options: EvaluateOptions = {}): EvaluateOutput {
  const p = prepare(options);
  if (!p.ok) return p;
  let schedule = null;
  if (options.schedule !== undefined) {
    // a loaded schedule, or its JSON (never the bundled data by default: a bundle that does not call
    // bundledSchedule() does not carry the 1 MB schedule)
    const s = isSchedule(options.schedule) ? { ok: true as const, schedule: options.schedule } : loadSchedule(options.schedule);
    if (!s.ok) return { ok: false, issues: s.issues.map((i) => ({ ...i, path: i.path ? `schedule.${i.path}` : 'schedule' })) };
    schedule = s.schedule;
  }
  const r: PricedResult = evaluatePriced(request, p.rules, p.rates, p.tariffs, schedule, p.approximateRates);
  if (!r.ok) return r;
  return { ok: true, output: r.batch ? { decisions: r.decisions } : r.decisions[0] };
}

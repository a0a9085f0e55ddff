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

import type { Decision } from './evaluate/evaluate.ts';
import { evaluateJson, type BatchDecision, type EvaluateOutput } from './evaluate-json.ts';
import type { EvaluateOptions } from './prepare.ts';
import type { BatchRequest, EvaluateRequest, ShipmentInput } from './shipment/schema.ts';

// Evaluating shipments: `evaluate` below (one entry point: evaluateRequest, evaluatePriced and
// evaluateShipments are internal since 0.2)
export type { Decision, Reason, Entry, Exemption, ValueDependence, ValuePart } from './evaluate/evaluate.ts';
export { missingRateIssues } from './evaluate/evaluate.ts';
export { REASON, REASON_CODES, type ReasonCode } from './evaluate/reason-codes.ts';

// Estimated duty and fees: the bundled tariff set, its check (a decision carries `charges`)
export { checkTariffs, defaultTariffs } from './charges/index.ts';
export type { Charges, ChargeLine, ChargeNote, CompiledTariffs, TariffSet, LayerVersion, LayerBase, FeeVersion, DutyInput, CarrierFeeInput } from './charges/index.ts';

// The US tariff schedule (HTSUS): the bundled edition, replacements, lookups, rates, catalog sets
export { bundledSchedule, loadSchedule, prepareSchedule, buildSchedule, parseScheduleRate, catalogTariffs, RATE_UNITS, scheduleTariffs, scheduleTariffSet } from './schedule/index.ts';
export type { Schedule, ScheduleResult, ScheduleData, ScheduleLine, ParsedRate, RateUnit, SpecificPart, CatalogEntry, CatalogTariffsResult } from './schedule/index.ts';

// The request contract: zod schemas and the types inferred from them
export { moneySchema, shipmentSchema } from './shipment/schema.ts';
export type { ShipmentInput, ItemInput, PartyInput, AddressInput, MoneyInput, EvaluateRequest, BatchRequest } from './shipment/schema.ts';

export type { BatchDecision, EvaluateOutput } from './evaluate-json.ts';

// Invalid input
export { formatIssue, type InputIssue } from './issues.ts';

// Rules, rates and tariffs set up once for every door (core/prepare.ts: no zod, so the widget imports it)
export { prepare, type EvaluateOptions, type Prepared } from './prepare.ts';

// Rules: the bundled set and replacements
export { defaultRules } from './rules/default-rules.ts';
export { checkRuleSet, loadRules, selectVersion, RuleSetError, type CompileResult, type CompiledRules, type CompiledVersion } from './rules/load.ts';
export type { RuleSet, RuleVersion, Exclusion, HtsHint, Citation, Confidence, Status, Mode, ItemFlag, Topic, Scope, UnsettledReach } from './rules/types.ts';
export { MODES, ITEM_FLAGS, TOPICS } from './rules/types.ts';
export { citationText } from './rules/cite.ts';

// Currencies, rates and amounts
export { compileRates, MISSING_RATE, NO_RATES, type RatesTable, type RateKind, type CompiledRates, type CompileRatesResult } from './money/rates.ts';
export { bundledApproximateRates, type ApproximateRates } from './money/approximate.ts';
export { parseAmount, type Money, type AmountResult, type UsdValue, type Exact } from './money/money.ts';
export { currencyDecimals, isCurrency, currencyCodes } from './money/currencies.ts';
export { isCountry } from './geo/countries.ts';

// Types and constants the signatures above mention (so editors and the API report can name
// them; build-lib fails on a public signature that mentions an unexported type)
export { addressSchema, itemSchema, partySchema } from './shipment/schema.ts';
export { CONFIDENCE, PARTY_TYPES, type PartyType } from './rules/types.ts';
export type { CompiledExclusion, CompiledHint } from './rules/compile.ts';
export type { TariffsResult } from './charges/compile.ts';
export { FEE_ENTRIES, LAYER_BASES, LAYER_METHODS, type FeeEntry, type LayerException, type LayerMethod } from './charges/types.ts';
export { RATE_KINDS, ratesTableSchema } from './money/schema.ts';
export type { RateIssue } from './money/rates.ts';
export type { MfnItem, MfnResult } from './schedule/price.ts';
export type { ChargedItem, ScheduleCharge } from './schedule/charge.ts';
export type { BuildScheduleResult } from './schedule/build.ts';
export type { Ratio } from './charges/ratio.ts';
export type { Segment } from './charges/compile.ts';

// Dates (New York calendar days, as customs counts them)
export { formatDay, newYorkDateOf, newYorkDayOf } from './time/new-york.ts';

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
 * Decides a batch `{ shipments: [...] }` together: `output.decisions` in request order, with
 * shipments to the same person on the same day counted together.
 */
export function evaluate(request: BatchRequest, options?: EvaluateOptions): EvaluateOutput<BatchDecision>;
/**
 * Decides a request that may be either (parsed JSON typed as {@link EvaluateRequest}): tell the
 * two apart with `'decisions' in result.output`.
 */
export function evaluate(request: EvaluateRequest, options?: EvaluateOptions): EvaluateOutput;
export function evaluate(request: EvaluateRequest, options: EvaluateOptions = {}): EvaluateOutput {
  return evaluateJson(request, options);
}
export type { ChosenRate } from './money/rates.ts';

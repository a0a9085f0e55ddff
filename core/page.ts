// The engine for pages, published as `s321/page`: what a web page or a browser extension's pages
// need to decide and price shipments and to show the answer, and no zod at run time (the
// request, the rule set, the rates and the tariff set are checked by the checkers generated from
// their contracts). The checkout widget and the extension's pages import the core through here;
// the main entry (core/index.ts, `s321`) adds the zod contracts, the tariff schedule's builders
// and the documentation renderers for services and the command line.
//
// What is exported here is a promise kept under semver, like the main entry's: api/s321-page.api.md
// records it and the build fails when it changes by accident (`npm run api:update` after a
// deliberate change). The types a page needs from the contracts are exported as types only.

// Deciding and pricing: `evaluate` with options checked for you, or, with everything compiled once,
// the pipeline itself (normalize, decide, price) on an Engine
export { evaluate, type BatchDecision, type BatchOutcomes, type EvaluateOutput, type ShipmentOutcome } from './evaluate-json.ts';
export { runPipeline, runPipelineEach, type Engine, type PipelineResult, type PipelineEachResult, type ShipmentResult } from './pipeline.ts';
export type { PricedDecision } from './charges/index.ts';
export { prepare, checkRulesOption, checkRatesOption, checkTariffsOption, type EvaluateOptions, type PerShipmentOptions, type Prepared } from './prepare.ts';

// Rule sets, rates and tariff sets: a page that ships its own copy of the bundled data compiles it
// here (trusted data, no shape check); replacements are checked by the check*Option functions above
export {
  compileRuleSet,
  RuleSetError,
  type CompileResult,
  type CompiledRules,
  type CompiledVersion,
  type CompiledExclusion,
  type CompiledHint,
} from './rules/compile.ts';
export { checkRuleSet, loadRules } from './rules/load.ts';
export { defaultRules } from './rules/default-rules.ts';
export { compileTariffs, type CompiledTariffs, type TariffsResult } from './charges/compile.ts';
export {
  compileRates,
  MISSING_RATE,
  NO_RATES,
  type RatesTable,
  type RateKind,
  type CompiledRates,
  type CompileRatesResult,
  type ChosenRate,
  type RateIssue,
} from './money/rates.ts';
export { bundledApproximateRates, type ApproximateRates } from './money/approximate.ts';
export { bundledSchedule, type Schedule, type ScheduleData, type ScheduleLine, type Editions, type Schedules } from './schedule/index.ts';
export type { DatedVersion, Validity } from './law/dated.ts';
export type { MfnItem, MfnResult } from './schedule/price.ts';
export type { ChargedItem, ScheduleCharge } from './schedule/charge.ts';
export type {
  RuleSet,
  RuleVersion,
  Mode,
  Confidence,
  Topic,
  ItemFlag,
  Exclusion,
  HtsHint,
  Citation,
  Scope,
  Status,
  PartyType,
  UnsettledReach,
} from './rules/types.ts';
export { CONFIDENCE, ITEM_FLAGS, MODES, PARTY_TYPES, STATUSES, TOPICS } from './rules/types.ts';
export { FEE_ENTRIES, LAYER_BASES, LAYER_METHODS } from './charges/types.ts';
export type {
  TariffSet,
  Charges,
  ChargeLine,
  ChargeNote,
  LayerVersion,
  FeeVersion,
  FeeEntry,
  LayerBase,
  LayerException,
  LayerMethod,
} from './charges/types.ts';
export type { Ratio } from './charges/ratio.ts';
export { RATE_UNITS, type RateUnit } from './schedule/index.ts';
export type { Segment } from './charges/compile.ts';

// The answer and its words: decisions, reasons, their codes and their sentences in three languages
export type { Decision, Reason, Entry, Exemption, ValueDependence, ValuePart } from './evaluate/evaluate.ts';
export { REASON, REASON_CODES, VALUE_LIMIT_CODES, isOverLimit, type ReasonCode } from './evaluate/reason-codes.ts';
export { ABROAD_STAND_IN, abroadShipFrom } from './ships-from.ts';
export { REASON_TEXTS, REASON_LOCALES, reasonText, fill, type ReasonLocale, type ReasonFormat } from './evaluate/reason-texts.ts';
export { formatIssue, type InputIssue } from './issues.ts';

// The request's types (the contract is zod: core/index.ts exports the schemas)
export type { ShipmentInput, ItemInput, PartyInput, AddressInput, MoneyInput, EvaluateRequest, BatchRequest } from './shipment/schema.ts';

// What a page reads: countries, currencies, amounts, price texts, New York days
export { isCountry } from './geo/countries.ts';
export { currencyDecimals, isCurrency } from './money/currencies.ts';
export { parseAmount, compareDecimals, multiplyDecimal, type AmountResult, type Money, type UsdValue, type Exact } from './money/money.ts';
export { parsePrice, type PriceHint, type PriceResult, type PriceErrorCode } from './extract/price.ts';
export { formatDay, newYorkDateOf, parseDateOrInstant, parseDay, type ParsedWhen } from './time/new-york.ts';

// Kinds of product from a title (the extension's popup): the classifier and its bundled data
export {
  classify,
  prepareClassifier,
  CLASSIFIER_DATA,
  type Classifier,
  type ClassifyOptions,
  type ClassifyResult,
  type ProductText,
  type Candidate as ClassifyCandidate,
} from './classify/index.ts';

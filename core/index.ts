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

// Evaluating shipments: `evaluate` below (one entry point: its stages, core/pipeline.ts, are internal)
export type { Decision, Reason, Entry, Exemption, ValueDependence, ValuePart } from './evaluate/evaluate.ts';
export { missingRateIssues } from './evaluate/evaluate.ts';
export { REASON, REASON_CODES, VALUE_LIMIT_CODES, isOverLimit, type ReasonCode } from './evaluate/reason-codes.ts';
// Where a parcel ships from, when a door does not know it: the country of the "from abroad" case
export { ABROAD_STAND_IN, abroadShipFrom } from './ships-from.ts';

// Estimated duty and fees: the bundled tariff set, its check (a decision carries `charges`)
export { checkTariffs, defaultTariffs } from './charges/index.ts';
export type {
  Charges,
  ChargeLine,
  ChargeNote,
  CompiledTariffs,
  TariffSet,
  LayerVersion,
  LayerBase,
  FeeVersion,
  DutyInput,
  CarrierFeeInput,
} from './charges/index.ts';

// The US tariff schedule (HTSUS): the bundled edition, replacements, lookups, rates, catalog sets
export {
  bundledSchedule,
  loadSchedule,
  prepareSchedule,
  buildSchedule,
  parseScheduleRate,
  catalogTariffs,
  RATE_UNITS,
  scheduleTariffs,
  scheduleTariffSet,
} from './schedule/index.ts';
export type {
  Schedule,
  ScheduleResult,
  ScheduleData,
  ScheduleLine,
  ParsedRate,
  RateUnit,
  SpecificPart,
  CatalogEntry,
  CatalogTariffsResult,
} from './schedule/index.ts';
export { loadEditions, editionAt, type Editions, type Schedules } from './schedule/index.ts';
// Dated law: the one version format of the rules, tariffs, filing rules and schedule editions
export type { DatedVersion, Validity } from './law/dated.ts';

// The request contract: zod schemas and the types inferred from them
export { moneySchema, shipmentSchema } from './shipment/schema.ts';
export type { ShipmentInput, ItemInput, PartyInput, AddressInput, MoneyInput, EvaluateRequest, BatchRequest } from './shipment/schema.ts';

// `evaluate`: one shipment, a batch, or a batch answered shipment by shipment (core/evaluate-json.ts)
export { evaluate } from './evaluate-json.ts';
export type { BatchDecision, BatchOutcomes, EvaluateOutput, ShipmentOutcome } from './evaluate-json.ts';

// Invalid input
export { formatIssue, type InputIssue } from './issues.ts';

// Rules, rates and tariffs set up once for every door (core/prepare.ts); prepareUnchecked takes
// them as parsed JSON (the command line's files)
export { prepare, prepareUnchecked, type EvaluateOptions, type PerShipmentOptions, type Prepared, type UncheckedOptions } from './prepare.ts';

// The duty lines of one HTS number whatever the entry (`s321 tariffs NUMBER`)
export { priceAsFormalEntry, type Engine } from './pipeline.ts';

// Kinds of product from a title, categories and attributes: the classifier and its bundled data (docs/classify.md)
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

// The rule set and the tariff set as Markdown (docs/rules.md, `s321 rules`, `s321 tariffs`)
export { renderRulesMarkdown } from './rules/markdown.ts';
export { renderTariffsMarkdown } from './charges/markdown.ts';

// Names close to a mistyped one, for messages that suggest the right key or option
export { nearestName, unknownKeyIssue } from './issues.ts';

// Rules: the bundled set and replacements
export { defaultRules } from './rules/default-rules.ts';
export { checkRuleSet, loadRules, selectVersion, RuleSetError, type CompileResult, type CompiledRules, type CompiledVersion } from './rules/load.ts';
export type { RuleSet, RuleVersion, Exclusion, HtsHint, Citation, Confidence, Status, Mode, ItemFlag, Topic, Scope, UnsettledReach } from './rules/types.ts';
export { MODES, ITEM_FLAGS, TOPICS } from './rules/types.ts';
export { citationText, weakestConfidence } from './law/cite.ts';

// Currencies, rates and amounts
export { compileRates, MISSING_RATE, NO_RATES, type RatesTable, type RateKind, type CompiledRates, type CompileRatesResult } from './money/rates.ts';
export { bundledApproximateRates, type ApproximateRates } from './money/approximate.ts';
export { parseAmount, type Money, type AmountResult, type UsdValue, type Exact } from './money/money.ts';
export { currencyDecimals, isCurrency, currencyCodes } from './money/currencies.ts';
export { isCountry } from './geo/countries.ts';

// Types and constants the signatures above mention (so editors and the API report can name
// them; build-lib fails on a public signature that mentions an unexported type)
export { addressSchema, itemSchema, partySchema } from './shipment/schema.ts';
export { CONFIDENCE, PARTY_TYPES, STATUSES, type PartyType } from './rules/types.ts';
export type { CompiledExclusion, CompiledHint } from './rules/compile.ts';
export type { TariffsResult } from './charges/compile.ts';
export { FEE_ENTRIES, LAYER_BASES, LAYER_METHODS, type FeeEntry, type LayerException, type LayerMethod } from './charges/types.ts';
export { RATE_KINDS, ratesTableSchema } from './money/schema.ts';
// the zod contracts the rule-set and tariff-set types are derived from (z.infer)
export { citationSchema, exclusionSchema, htsHintSchema, ruleSetSchema, ruleVersionSchema, scopeSchema, unsettledReachSchema } from './rules/schema.ts';
export { feeSchema, layerExceptionSchema, layerSchema, tariffSetSchema } from './charges/schema.ts';
export { carrierFeeSchema, dutySchema } from './shipment/schema.ts';
export type { RateIssue } from './money/rates.ts';
export type { MfnItem, MfnResult } from './schedule/price.ts';
export type { ChargedItem, ScheduleCharge } from './schedule/charge.ts';
export type { BuildScheduleResult } from './schedule/build.ts';
export type { Ratio } from './charges/ratio.ts';
export type { Segment } from './charges/compile.ts';

// Dates (New York calendar days, as customs counts them)
export { formatDay, newYorkDateOf, newYorkDayOf } from './time/new-york.ts';

export type { ChosenRate } from './money/rates.ts';

// The public API of the s321 core: pure functions, no clock, no I/O. The date is always in the
// input; rules and rates are injected, with the bundled rule set as the default.

import { evaluatePriced, prepareTariffs, type CompiledTariffs, type PricedDecision, type PricedResult } from './charges/index.ts';
import type { InputIssue } from './issues.ts';
import { compileRates, NO_RATES, type CompiledRates, type RatesTable } from './money/rates.ts';
import { defaultRules } from './rules/default-rules.ts';
import { compileRuleSet, RuleSetError, type CompiledRules } from './rules/compile.ts';
import { checkRuleSet } from './rules/load.ts';

export { defaultRules } from './rules/default-rules.ts';
export { checkRuleSet, loadRules, compileRuleSet, selectVersion, RuleSetError, type CompiledRules, type CompiledVersion } from './rules/load.ts';
export type { RuleSet, RuleVersion, Exclusion, HtsHint, Citation, Mode, ItemFlag, Topic, Scope } from './rules/types.ts';
export { MODES, ITEM_FLAGS, TOPICS } from './rules/types.ts';
export { compileRates, chooseRate, NO_RATES, type RatesTable, type CompiledRates, type ChosenRate } from './money/rates.ts';
export { parseAmount, formatUsd, formatMinor, type Money, type UsdValue } from './money/money.ts';
export { currencyDecimals, isCurrency, currencyCodes } from './money/currencies.ts';
export { isCountry } from './geo/countries.ts';
export { parseDateOrInstant, formatDay, newYorkDayOf } from './time/new-york.ts';
export { normalizeRequest, personKeyOf, type NormalizedShipment, type NormalizedItem } from './shipment/normalize.ts';
export type { ShipmentInput, ItemInput, PartyInput, AddressInput, MoneyInput, EvaluateRequest } from './shipment/schema.ts';
export { parsePrice, compareDecimal, type PriceResult, type PriceHint } from './extract/price.ts';
export { moneySchema, shipmentSchema } from './shipment/schema.ts';
export { citationText } from './rules/cite.ts';
export { evaluateRequest, evaluateShipments, type Reason, type Entry, type Exemption, type EvaluateResult } from './evaluate/evaluate.ts';
export { attachCharges, bundledTariffs, checkTariffs, computeCharges, defaultTariffs, evaluatePriced, prepareTariffs } from './charges/index.ts';
export type { Charges, ChargeLine, ChargeNote, CompiledTariffs, TariffSet, LayerVersion, FeeVersion, DutyInput, CarrierFeeInput } from './charges/index.ts';
/** A decision as every door prints it: with `charges` when it is not exempt. */
export type Decision = PricedDecision;
export { formatIssue, type InputIssue } from './issues.ts';

let bundled: CompiledRules | undefined;
/** The bundled rule set, compiled once. */
export function bundledRules(): CompiledRules {
  if (!bundled) {
    // the bundled set is trusted data (test/node/core/rules.test.ts runs the full check on it)
    const r = compileRuleSet(defaultRules);
    if (!r.ok) throw new RuleSetError(r.issues);
    bundled = r.rules;
  }
  return bundled;
}

export interface EvaluateOptions {
  /** a replacement rule set (the JSON of --rules) or an already compiled one */
  rules?: unknown;
  /** a rates table {"JPY": [...]} or an already compiled one */
  rates?: unknown;
  /** a replacement tariff set (the JSON of --tariffs) or an already compiled one */
  tariffs?: unknown;
}

export type EvaluateOutput =
  | { ok: true; output: Decision | { decisions: Decision[] } }
  | { ok: false; issues: InputIssue[] };

function isCompiledRules(x: unknown): x is CompiledRules {
  return typeof x === 'object' && x !== null && 'byTopic' in x && 'set' in x;
}
function isCompiledRates(x: unknown): x is CompiledRates {
  return typeof x === 'object' && x !== null && (x as CompiledRates).currencies instanceof Map;
}

/** Prepares rules, rates and tariffs once; issues name "rules.", "rates." or "tariffs." paths. */
export function prepare(options: EvaluateOptions = {}): { ok: true; rules: CompiledRules; rates: CompiledRates; tariffs: CompiledTariffs } | { ok: false; issues: InputIssue[] } {
  let rules: CompiledRules;
  if (options.rules === undefined) rules = bundledRules();
  else if (isCompiledRules(options.rules)) rules = options.rules;
  else {
    const r = checkRuleSet(options.rules);
    if (!r.ok) return { ok: false, issues: r.issues.map((i) => ({ ...i, path: i.path ? `rules.${i.path}` : 'rules' })) };
    rules = r.rules;
  }
  let rates: CompiledRates = NO_RATES;
  if (options.rates !== undefined) {
    if (isCompiledRates(options.rates)) rates = options.rates;
    else {
      const r = compileRates(options.rates as RatesTable);
      if (!r.ok) return { ok: false, issues: r.issues.map((i) => ({ path: i.path ? `rates.${i.path}` : 'rates', code: 'INVALID_RATES', message: i.message })) };
      rates = r.rates;
    }
  }
  const t = prepareTariffs(options.tariffs);
  if (!t.ok) return { ok: false, issues: t.issues.map((i) => ({ ...i, path: i.path ? `tariffs.${i.path}` : 'tariffs' })) };
  return { ok: true, rules, rates, tariffs: t.tariffs };
}

/** Evaluates a request as `s321 evaluate` does: one shipment gives one decision, a batch
 * {"shipments": [...]} gives {"decisions": [...]} in the same order. */
export function evaluate(request: unknown, options: EvaluateOptions = {}): EvaluateOutput {
  const p = prepare(options);
  if (!p.ok) return p;
  const r: PricedResult = evaluatePriced(request, p.rules, p.rates, p.tariffs);
  if (!r.ok) return r;
  return { ok: true, output: r.batch ? { decisions: r.decisions } : r.decisions[0] };
}

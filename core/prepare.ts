// The one set-up of rules, rates and tariffs for every door: the bundled rule set compiled once,
// replacements checked, compiled ones passed through. No zod: the pages' entry (core/page.ts)
// exports it too.
import { prepareTariffs, type CompiledTariffs } from './charges/index.ts';
export { checkTariffsOption } from './charges/index.ts';
import type { TariffSet } from './charges/types.ts';
import type { RuleSet } from './rules/types.ts';
import type { InputIssue } from './issues.ts';
import { compileRates, NO_RATES, type CompiledRates, type CompileRatesResult, type RatesTable } from './money/rates.ts';
import type { ApproximateRates } from './money/approximate.ts';
import type { Editions } from './schedule/editions.ts';
import type { Schedule } from './schedule/schedule.ts';
import type { ScheduleData } from './schedule/types.ts';
import { defaultRules } from './rules/default-rules.ts';
import { compileRuleSet, RuleSetError, type CompiledRules, type CompileResult } from './rules/compile.ts';
import { checkRuleSet } from './rules/load.ts';

export { prepareTariffs };

let bundled: CompileResult | undefined;
// the bundled set is trusted data (test/node/core/rules/rules.test.ts runs the full check on it), so it
// is compiled without the shape check
const compiledBundle = (): CompileResult => (bundled ??= compileRuleSet(defaultRules));

/**
 * The bundled rule set ({@link defaultRules}), compiled on first use and shared afterwards.
 *
 * @throws {@link RuleSetError} if the bundled data were invalid (a test keeps it valid).
 */
export function bundledRules(): CompiledRules {
  const r = compiledBundle();
  if (!r.ok) throw new RuleSetError(r.issues);
  return r.rules;
}

/** Where `evaluate` and {@link prepare} take their rules and rates from. */
export interface EvaluateOptions {
  /**
   * A replacement rule set (the JSON of `s321 evaluate --rules`, checked here) or one already
   * compiled by {@link prepare} or {@link loadRules}. Default: the bundled rules.
   */
  rules?: RuleSet | CompiledRules | undefined;
  /**
   * A rates table such as `{"JPY": [{"date": "2024-04-01", "kind": "quarterly", "unitsPerUsd":
   * "151.35"}]}` (checked here), or one already compiled by {@link prepare} or
   * {@link compileRates}. Default: no rates, so only USD amounts can be decided.
   */
  rates?: RatesTable | CompiledRates | undefined;
  /** A replacement tariff set (the JSON of `s321 tariffs --json`, checked here) or one already
   * compiled by {@link prepare}. Default: the bundled tariffs. */
  tariffs?: TariffSet | CompiledTariffs | undefined;
  /**
   * The tariff schedule that gives the MFN rate of items stating their HTS number: one loaded
   * by `bundledSchedule()` or `loadSchedule()` (core/schedule), or the JSON `s321 schedule
   * import` writes; or several editions, as a list of those or `loadEditions()`, each entry then
   * priced by the edition in force on its date. Default: none (only the tariff set's layers), so
   * a page that never uses the schedule does not load it.
   */
  schedule?: Schedule | ScheduleData | Editions | readonly (Schedule | ScheduleData)[] | undefined;
  /**
   * Approximate rates ({@link bundledApproximateRates}) for the prices `rates` has no certified
   * rate for: a decision that used one says so, with the rate's date, and a value within 5% of a
   * limit is "too close to call" (`valueDependence`). Default: none, so a price without a
   * certified rate is converted only when the shop's US dollar price is given (`usdShown`), and
   * is an issue only when the answer depends on it.
   */
  approximateRates?: ApproximateRates | null | undefined;
}

/** {@link EvaluateOptions} for a batch answered shipment by shipment (`evaluate`'s
 * `perShipment`): each shipment gets its decision or its own issues, instead of the whole batch
 * being rejected for one shipment's issues. */
export interface PerShipmentOptions extends EvaluateOptions {
  /** answer each shipment of a batch: its decision, or its own issues */
  perShipment: true;
}

function isCompiledRules(x: unknown): x is CompiledRules {
  return typeof x === 'object' && x !== null && 'byTopic' in x && 'set' in x;
}
function isCompiledRates(x: unknown): x is CompiledRates {
  return typeof x === 'object' && x !== null && (x as CompiledRates).currencies instanceof Map;
}

/** The rules option alone: undefined gives the bundled rules; issues have paths inside the rule
 * set. A result, never a throw. */
export function prepareRules(rules: unknown): CompileResult {
  if (rules === undefined) return compiledBundle();
  return checkRulesOption(rules);
}

/** A rule set given as an option, never the bundled one: a set compiled by {@link prepare} or
 * `loadRules` passes as it is, anything else is checked (issues have paths inside the set). So a
 * page that ships its own bundled set (the widget) does not carry this one. */
export function checkRulesOption(rules: unknown): CompileResult {
  if (isCompiledRules(rules)) return { ok: true, rules };
  return checkRuleSet(rules);
}

/** The rates option alone: undefined gives no rates; a compiled table passes; anything else is
 * checked (issues have paths inside the table). */
export function checkRatesOption(rates: unknown): CompileRatesResult {
  if (rates === undefined) return { ok: true, rates: NO_RATES };
  if (isCompiledRates(rates)) return { ok: true, rates };
  return compileRates(rates as RatesTable);
}

/** What {@link prepare} returns: compiled rules, rates and tariffs to pass as options, or the issues. */
export type Prepared =
  | { ok: true; rules: CompiledRules; rates: CompiledRates; tariffs: CompiledTariffs; approximateRates: ApproximateRates | null }
  | { ok: false; issues: InputIssue[] };

const under = (prefix: string, issues: readonly InputIssue[]): InputIssue[] => issues.map((i) => ({ ...i, path: i.path ? `${prefix}.${i.path}` : prefix }));

/**
 * Checks and compiles rules, rates and tariffs once, for a service that evaluates many requests:
 * pass the returned `rules`, `rates` and `tariffs` to `evaluate` as its options.
 *
 * @returns the compiled rules, rates and tariffs, or the issues found, with paths starting
 * "rules.", "rates." or "tariffs."
 */
export function prepare(options: EvaluateOptions = {}): Prepared {
  return prepareUnchecked(options);
}

/** Options as a door holds them before they are checked (JSON read from a file or set on a
 * property): the same checks as {@link prepare}, which is this function typed for the library. */
export interface UncheckedOptions {
  rules?: unknown;
  rates?: unknown;
  tariffs?: unknown;
  schedule?: unknown;
  approximateRates?: ApproximateRates | null | undefined;
}

/** {@link prepare} for options of unknown shape (the command line, the extension): not exported by the package. */
export function prepareUnchecked(options: UncheckedOptions = {}): Prepared {
  // invalid bundled rules are a programming error: they throw
  const rules = options.rules === undefined ? { ok: true as const, rules: bundledRules() } : prepareRules(options.rules);
  if (!rules.ok) return { ok: false, issues: under('rules', rules.issues) };
  const rates = checkRatesOption(options.rates);
  if (!rates.ok)
    return {
      ok: false,
      issues: under(
        'rates',
        rates.issues.map((i) => ({ path: i.path, code: 'INVALID_RATES', message: i.message })),
      ),
    };
  const t = prepareTariffs(options.tariffs);
  if (!t.ok) return { ok: false, issues: under('tariffs', t.issues) };
  return { ok: true, rules: rules.rules, rates: rates.rates, tariffs: t.tariffs, approximateRates: options.approximateRates ?? null };
}

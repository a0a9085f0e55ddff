// The rule set and the tariff set the widget ships, compiled on first use: the bundled sets of
// core without the fields no decision reads (bundled-rules.generated.ts and
// bundled-tariffs.generated.ts, written by `npm run gen:page-data`; the trim-rules and
// trim-tariffs tests compare every decision and estimate with the full sets'). Trusted data:
// compiled without the shape check, like core's own bundled sets.
import { compileRuleSet, compileTariffs, type CompileResult, type TariffsResult } from '../../core/page.ts';
import { bundledRuleSet } from './bundled-rules.generated.ts';
import { bundledTariffSet } from './bundled-tariffs.generated.ts';

let rules: CompileResult | undefined;
let tariffs: TariffsResult | undefined;

/** The widget's bundled rules, compiled once. */
export const bundledRules = (): CompileResult => (rules ??= compileRuleSet(bundledRuleSet));

/** The widget's bundled tariffs, compiled once. */
export const bundledTariffs = (): TariffsResult => (tariffs ??= compileTariffs(bundledTariffSet));

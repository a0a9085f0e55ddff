// Loading a rule set from outside (`--rules FILE`, the widget's `rules` property): its shape is
// checked by the checker generated from the zod contract in schema.ts (contract.generated.ts,
// held equal to zod by a test), whose yes types it as a RuleSet, then compile.ts checks dates,
// overlaps and citations.

import type { InputIssue } from '../issues.ts';
import { compileRuleSet, RuleSetError, type CompileResult, type CompiledRules } from './compile.ts';
import { ruleSetChecker as shape } from './contract.generated.ts';

export { compileRuleSet, selectVersion, RuleSetError } from './compile.ts';
export type { CompileResult, CompiledRules, CompiledVersion, CompiledExclusion, CompiledHint } from './compile.ts';

/** Validates (shape, then meaning) and compiles a rule set; returns the issues instead of throwing. */
export function checkRuleSet(input: unknown): CompileResult {
  const issues: InputIssue[] = [];
  if (!shape.check(input, '', issues)) return { ok: false, issues };
  return compileRuleSet(input);
}

/** Compiles a rule set or throws RuleSetError (for trusted files). */
export function loadRules(input: unknown): CompiledRules {
  const r = checkRuleSet(input);
  if (!r.ok) throw new RuleSetError(r.issues);
  return r.rules;
}

// Loading a rule set from outside (`--rules FILE`, the widget's `rules` property): its shape is
// checked by shape.ts (the zod-free twin of the zod contract in schema.ts, held equal to it by a
// test), then compile.ts checks dates, overlaps and citations.

import { fromZodIssues } from '../issues.ts';
import { compileRuleSet, RuleSetError, type CompileResult, type CompiledRules } from './compile.ts';
import { ruleSetShape } from './shape.ts';
import type { RuleSet } from './types.ts';

export { compileRuleSet, selectVersion, RuleSetError } from './compile.ts';
export type { CompileResult, CompiledRules, CompiledVersion, CompiledExclusion, CompiledHint } from './compile.ts';

/** Validates (shape, then meaning) and compiles a rule set; returns the issues instead of throwing. */
export function checkRuleSet(input: unknown): CompileResult {
  const parsed = ruleSetShape.safeParse(input);
  if (!parsed.success) return { ok: false, issues: fromZodIssues(parsed.error.issues, input) };
  return compileRuleSet(parsed.data as RuleSet);
}

/** Compiles a rule set or throws RuleSetError (for trusted files). */
export function loadRules(input: unknown): CompiledRules {
  const r = checkRuleSet(input);
  if (!r.ok) throw new RuleSetError(r.issues);
  return r.rules;
}

// The rule set's shape check (checkRuleSet runs the generated checker of core/rules/schema.ts):
// what a person sees for misspelt keys. test/node/core/contract/contracts.test.ts holds the
// checker equal to the zod schema.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultRules } from '../../../../core/rules/default-rules.ts';
import { checkRuleSet } from '../../../../core/rules/load.ts';

test('rejects unknown keys at every level, naming the nearest known key', () => {
  const set = structuredClone(defaultRules) as unknown as { versions: Record<string, unknown>[]; exclusions: Record<string, unknown>[] };
  set.versions[0].limitUSD = '800.00';
  (set.versions[0].citations as Record<string, unknown>[])[0].confidance = 'P';
  set.exclusions[0].reason = 'x';
  const r = checkRuleSet(set);
  assert.equal(r.ok, false);
  assert.deepEqual(!r.ok && r.issues.map((i) => `${i.path}: ${i.message}`), [
    'versions[0].citations[0].confidance: unknown key `confidance`: did you mean `confidence`?',
    'versions[0].limitUSD: unknown key `limitUSD`: did you mean `limitUsd`?',
    'exclusions[0].reason: unknown key `reason`: did you mean `reasonCode`?',
  ]);
});

// The engine's zod-free rule set check (the checker derived from core/rules/schema.ts through
// contract.generated.ts, used by checkRuleSet) must accept exactly what the zod contract (the
// source of `s321 schema rules`) accepts and report the same issues.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { compileChecker } from '../../../../core/contract/checker.ts';
import { knownKeysIn } from '../../../../core/contract/zod.ts';
import { fromZodIssues, type InputIssue } from '../../../../core/issues.ts';
import { ruleSetSpec } from '../../../../core/rules/contract.generated.ts';
import { defaultRules } from '../../../../core/rules/default-rules.ts';
import { checkRuleSet } from '../../../../core/rules/load.ts';
import { ruleSetSchema as zodSchema } from '../../../../core/rules/schema.ts';

type Json = unknown;

const checker = compileChecker(ruleSetSpec);
const known = knownKeysIn(ruleSetSpec);
const sorted = (issues: InputIssue[]) => issues.map((i) => `${i.path} ${i.code} ${i.message}`).sort();

function both(input: Json) {
  const z = zodSchema.safeParse(input);
  const issues: InputIssue[] = [];
  return {
    zod: z.success ? 'ok' : sorted(fromZodIssues(z.error.issues, input, '', known)),
    shape: checker.check(input, '', issues) ? 'ok' : sorted(issues),
  };
}

/** Every [path] inside a JSON value, objects and arrays included. */
function paths(v: Json, at: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(at);
  if (Array.isArray(v)) v.forEach((x, i) => paths(x, [...at, i], out));
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) paths(x, [...at, k], out);
  return out;
}

const PALETTE: Json[] = [{ length: 3 }, 'x'.repeat(300), { extra: 1 }, undefined, null, '', 'x', 'AB', 'ab', 'Bad', 'commercial', 'P', 'apply', 'EXCLUDED_X', 'bad code', '800.00', '800.001', '2020-01-01', '2020-1-1',
  '2020-01-01T00:01', 'https://x', 'http://x', '12', '1', 5, 0, true, false, [], ['x'], ['AB'], {}, { document: 'd', confidence: 'P' }, { vi: '1.00' }];

function mutate(base: Json, path: (string | number)[], value: Json, drop: boolean): Json {
  const copy = structuredClone(base) as Record<string | number, Json>;
  if (path.length === 0) return value;
  let cur = copy as Record<string | number, Json>;
  for (const k of path.slice(0, -1)) cur = cur[k] as Record<string | number, Json>;
  const last = path[path.length - 1];
  if (drop && !Array.isArray(cur)) delete cur[last];
  else cur[last] = value;
  return copy;
}

test('accepts the bundled rule set, as zod does', () => {
  assert.deepEqual(both(defaultRules), { zod: 'ok', shape: 'ok' });
});

test('reports the same issues as the zod schema for single mutations of the bundled set', () => {
  const all = paths(defaultRules);
  fc.assert(
    fc.property(fc.nat({ max: all.length - 1 }), fc.constantFrom(...PALETTE), fc.boolean(), (i, value, drop) => {
      const r = both(mutate(defaultRules, all[i], value, drop));
      assert.deepEqual(r.shape, r.zod, `mutating ${JSON.stringify(all[i])}`);
    }),
    { numRuns: 3000, seed: 321 },
  );
});

test('reports the same issues for several mutations at once', () => {
  const all = paths(defaultRules);
  fc.assert(
    fc.property(fc.array(fc.tuple(fc.nat({ max: all.length - 1 }), fc.constantFrom(...PALETTE), fc.boolean()), { minLength: 2, maxLength: 6 }), (muts) => {
      let v: Json = defaultRules;
      for (const [i, value, drop] of muts) {
        try {
          v = mutate(v, all[i], value, drop);
        } catch {
          // the path no longer exists after an earlier mutation
        }
      }
      const r = both(v);
      assert.deepEqual(r.shape, r.zod);
    }),
    { numRuns: 1500, seed: 4 },
  );
});

test('rejects non-objects the same way', () => {
  for (const v of [null, 5, 'x', [], undefined]) assert.deepEqual(both(v).shape, both(v).zod);
});

test('rejects unknown keys at every level, naming the nearest known key', () => {
  const set = structuredClone(defaultRules) as unknown as { versions: Record<string, unknown>[]; exclusions: Record<string, unknown>[] };
  set.versions[0].limitUSD = '800.00';
  (set.versions[0].citations as Record<string, unknown>[])[0].confidance = 'P';
  set.exclusions[0].reason = 'x';
  const r = checkRuleSet(set);
  assert.equal(r.ok, false);
  assert.deepEqual(
    !r.ok && r.issues.map((i) => `${i.path}: ${i.message}`),
    [
      'versions[0].citations[0].confidance: unknown key `confidance`: did you mean `confidence`?',
      'versions[0].limitUSD: unknown key `limitUSD`: did you mean `limitUsd`?',
      'exclusions[0].reason: unknown key `reason`: did you mean `reasonCode`?',
    ],
  );
});

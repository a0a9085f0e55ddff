// The engine's zod-free rule set check (core/rules/shape.ts, used by checkRuleSet) must accept
// exactly what the zod contract (core/rules/schema.ts, the source of `s321 schema rules`) accepts
// and report the same issues.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { fromZodIssues } from '../../../core/issues.ts';
import { defaultRules } from '../../../core/rules/default-rules.ts';
import { ruleSetSchema as zodSchema } from '../../../core/rules/schema.ts';
import { ruleSetShape as shape } from '../../../core/rules/shape.ts';

type Json = unknown;

function both(input: Json) {
  const z = zodSchema.safeParse(input);
  const s = shape.safeParse(input);
  return {
    zod: z.success ? 'ok' : fromZodIssues(z.error.issues as never, input),
    shape: s.success ? 'ok' : fromZodIssues(s.error.issues as never, input),
  };
}

/** Every [path] inside a JSON value, objects and arrays included. */
function paths(v: Json, at: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(at);
  if (Array.isArray(v)) v.forEach((x, i) => paths(x, [...at, i], out));
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) paths(x, [...at, k], out);
  return out;
}

const PALETTE: Json[] = [undefined, null, '', 'x', 'AB', 'ab', 'Bad', 'commercial', 'P', 'apply', 'EXCLUDED_X', 'bad code', '800.00', '800.001', '2020-01-01', '2020-1-1',
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

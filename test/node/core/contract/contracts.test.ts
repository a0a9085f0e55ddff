// The contracts' derived artefacts: the generated checker modules are what
// scripts/gen-contracts.ts writes from the zod schemas today, and the published JSON Schemas
// (`s321 schema request`, `s321 schema rules`) agree with the engine's checkers on every key.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import type { InputIssue } from '../../../../core/issues.ts';
import { requestJsonSchema, rulesJsonSchema } from '../../../../core/records/json-schema.ts';
import { defaultRules } from '../../../../core/rules/default-rules.ts';
import { ruleSetChecker } from '../../../../core/rules/contract.generated.ts';
import { validateShipment } from '../../../../core/shipment/validate.ts';
import { arbShipment } from '../arbitraries.ts';


const ajv = (schema: object) => new Ajv2020({ allErrors: true, strict: false, validateFormats: false }).compile(schema);

/** Every object inside a JSON value, with a way to put a key into it. */
function objects(v: unknown, out: Record<string, unknown>[] = []): Record<string, unknown>[] {
  if (Array.isArray(v)) v.forEach((x) => objects(x, out));
  else if (v && typeof v === 'object') {
    out.push(v as Record<string, unknown>);
    Object.values(v).forEach((x) => objects(x, out));
  }
  return out;
}

const KEYS = ['recipent', 'flgs', 'flag', 'extra', 'ID', 'shipments', 'id', 'name', 'type', 'country', 'amount', 'currency', 'limitUSD', 'confidance', 'note', 'reason', 'summary', 'url', '__proto__x'];

test('the published request schema and the engine accept the same keys, at every level', () => {
  const schema = ajv(requestJsonSchema());
  fc.assert(
    fc.property(arbShipment('S'), fc.nat(), fc.constantFrom(...KEYS), fc.boolean(), (s, pick, key, remove) => {
      const copy = structuredClone(s) as unknown as Record<string, unknown>;
      const all = objects(copy);
      const target = all[pick % all.length];
      if (remove) delete target[Object.keys(target)[pick % Math.max(1, Object.keys(target).length)]];
      else target[key] = target[key] ?? 'x';
      const engine = validateShipment(copy, '', []) !== null;
      // the JSON Schema cannot say which strings are real dates, countries and amounts: judge
      // only the inputs whose values the engine does not question
      const issues: { code: string }[] = [];
      validateShipment(copy, '', issues as never);
      if (issues.some((i) => i.code === 'INVALID_VALUE')) return;
      assert.equal(schema(copy), engine, `${JSON.stringify(copy)}: engine ${JSON.stringify(issues)}, schema ${JSON.stringify(schema.errors)}`);
    }),
    { numRuns: 1500 },
  );
});

test('the published rule-set schema and the engine accept the same keys, at every level', () => {
  const schema = ajv(rulesJsonSchema());
  fc.assert(
    fc.property(fc.nat(), fc.constantFrom(...KEYS), fc.boolean(), (pick, key, remove) => {
      const copy = structuredClone(defaultRules) as unknown as Record<string, unknown>;
      const all = objects(copy);
      const target = all[pick % all.length];
      if (remove) delete target[Object.keys(target)[pick % Math.max(1, Object.keys(target).length)]];
      else target[key] = target[key] ?? 'x';
      const issues: { code: string }[] = [];
      const shapeOk = ruleSetChecker.check(copy, '', issues as never);
      assert.equal(schema(copy), shapeOk, `${JSON.stringify(issues)} vs ${JSON.stringify(schema.errors)}`);
    }),
    { numRuns: 1500 },
  );
});

test('a rates table with a misspelt or unknown key is refused, naming the nearest key', async () => {
  const { compileRates } = await import('../../../../core/money/rates.ts');
  const r = compileRates({ JPY: [{ date: '2024-01-02', kind: 'quarterly', unitsPerUsd: '148.00', unitsPerUSD: '148.00' }] });
  assert.deepEqual(r, { ok: false, issues: [{ path: 'JPY[0].unitsPerUSD', message: 'unknown key `unitsPerUSD`: did you mean `unitsPerUsd`?' }] });
});

test('a value with several named checks gets the issues of each, as from zod (checker and generated builders)', async () => {
  const z = await import('zod/mini');
  const { checked, named, regex, specOf } = await import('../../../../core/contract/zod.ts');
  const { all, checkerOf, compileChecker, named: namedNode, object, string } = await import('../../../../core/contract/checker.ts');
  const { fromZodIssues } = await import('../../../../core/issues.ts');
  const CHECKS = {
    even: (v: string) => (v.length % 2 === 0 ? undefined : 'expected an even length'),
    prefix: (v: string, p: unknown) => (v.startsWith(String(p)) ? undefined : { message: `expected to start with ${String(p)}`, code: 'NO_PREFIX' }),
  };
  const schema = z.object({ code: checked(z.string(), regex(/^[a-z]+$/, 'expected lower case'), named(CHECKS, 'even'), named(CHECKS, 'prefix', 'ab')) });
  const checker = compileChecker(specOf(schema), CHECKS);
  // the calls scripts/gen-contracts.ts writes for that member (hot: false)
  const written = all([namedNode(CHECKS.even as never), namedNode(CHECKS.prefix as never, 'ab')]);
  for (const code of ['abcd', 'abc', 'xyz', 'XY', 'xy', '']) {
    const issues: InputIssue[] = [];
    checker.check({ code }, '', issues);
    const z4 = schema.safeParse({ code });
    assert.deepEqual(issues, z4.success ? [] : fromZodIssues(z4.error.issues, { code }), code);
    const direct: InputIssue[] = [];
    checkerOf(object({ code: string(/^[a-z]+$/, 'expected lower case', null, written) })).check({ code }, '', direct);
    assert.deepEqual(direct, issues, code);
  }
});

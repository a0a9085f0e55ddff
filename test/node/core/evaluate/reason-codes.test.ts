// The reason codes core exports are exactly the codes the engine writes (string literals in
// core/evaluate) and the bundled rule data supply (every reasonCode in it): a code added to the
// engine or the data without its constant, or a constant left behind, fails here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { REASON, REASON_CODES, defaultRules } from '../../../../core/index.ts';

const evaluateDir = fileURLToPath(new URL('../../../../core/evaluate/', import.meta.url));

function engineCodes(): Set<string> {
  const out = new Set<string>();
  for (const file of readdirSync(evaluateDir)) {
    // messages.ts names messages, not codes; reason-codes.ts is the list under test
    if (!file.endsWith('.ts') || file === 'messages.ts' || file === 'reason-codes.ts') continue;
    const source = readFileSync(evaluateDir + file, 'utf8');
    for (const m of source.matchAll(/'([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)'|'([A-Z]{4,})'/g)) out.add(m[1] ?? m[2]);
  }
  return out;
}

function dataCodes(value: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const v of value) dataCodes(v, out);
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === 'reasonCode' && typeof v === 'string') out.add(v);
      else dataCodes(v, out);
    }
  }
  return out;
}

test('every reason code the engine writes has its constant', () => {
  const engine = engineCodes();
  assert.ok(engine.has('OVER_LIMIT') && engine.size >= 10, `the scan found too few codes: ${[...engine].join(', ')}`);
  assert.deepEqual(
    [...engine].filter((c) => !(REASON_CODES as readonly string[]).includes(c)),
    [],
  );
});

test('every reason code of the bundled rule data has its constant', () => {
  const data = dataCodes(defaultRules);
  assert.ok(data.has('SUSPENDED_CN_HK'));
  assert.deepEqual(
    [...data].filter((c) => !(REASON_CODES as readonly string[]).includes(c)),
    [],
  );
});

test('every constant is a code the engine or the bundled data writes, named by itself', () => {
  const written = new Set([...engineCodes(), ...dataCodes(defaultRules)]);
  assert.deepEqual(
    REASON_CODES.filter((c) => !written.has(c)),
    [],
  );
  for (const [name, code] of Object.entries(REASON)) assert.equal(name, code);
  assert.equal(new Set(REASON_CODES).size, REASON_CODES.length);
});

test('isOverLimit: a dutiable decision tied to a value limit, not one dutiable for another reason', async () => {
  const { evaluate, isOverLimit } = await import('../../../../core/index.ts');
  const of = (arrival: string, amount: string) => {
    const r = evaluate({ id: 'S', arrival, mode: 'express', shipFrom: 'DE', items: [{ price: { amount, currency: 'USD' }, origin: 'DE' }] });
    assert.ok(r.ok);
    return r.output;
  };
  assert.equal(isOverLimit(of('2024-06-01', '900.00')), true);
  assert.equal(isOverLimit(of('2024-06-01', '100.00')), false);
  // suspended: dutiable, but not because of the value
  assert.equal(isOverLimit(of('2026-06-01', '100.00')), false);
});

// Runs every scenario in test/scenarios/*.json: each reads like the law (name, date, inputs,
// expected decision, source). See test/scenarios/README.md for the format.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { bundledApproximateRates, type Decision } from '../../../../core/index.ts';
import { evaluateJson as evaluate } from '../../../../core/evaluate-json.ts';

interface Given {
  arrival: string;
  origin?: string;
  shipFrom?: string;
  mode?: string;
  kind?: string;
  value?: string;
  currency?: string;
  quantity?: number;
  hts?: string;
  flags?: string[];
  sender?: unknown;
  recipient?: unknown;
  orderId?: string;
  exportDate?: string;
  usdShown?: string;
}
interface Expect {
  exempt?: boolean;
  exemption?: string | null;
  entry?: string;
  reason?: string;
  rule?: string;
  reasons?: string[];
  notReasons?: string[];
  ruleIds?: string[];
  valueUsd?: string;
  aggregateUsd?: string;
  limitUsd?: string | null;
  error?: string;
  errorText?: string;
  /** words the reason with this code must contain: {"INFORMAL_ENTRY": "electronically"} */
  says?: Record<string, string>;
  /** words the reason with this code must not contain */
  doesNotSay?: Record<string, string>;
  /** text its citation must contain */
  cites?: Record<string, string>;
  /** text its citation must not contain */
  doesNotCite?: Record<string, string>;
  /** fields of the reason with this code; null means the field is absent */
  fields?: Record<string, Record<string, string | null>>;
  /** fields of the decision's valueDependence (null: it must be absent); needsRate compared whole */
  valueDependence?: Record<string, unknown> | null;
  /** the estimate's completeness and the codes of its notes that must appear */
  charges?: { complete?: boolean; notes?: string[] };
}
interface Scenario {
  name: string;
  source: string;
  given?: Given;
  request?: unknown;
  rates?: unknown;
  /** convert with the bundled approximate rates where `rates` has none */
  approximate?: boolean;
  expect: Expect | Expect[];
}

function expand(g: Given): unknown {
  const origin = g.origin ?? 'DE';
  return {
    id: 'S1',
    arrival: g.arrival,
    ...(g.exportDate ? { exportDate: g.exportDate } : {}),
    mode: g.mode ?? 'express',
    shipFrom: g.shipFrom ?? origin,
    ...(g.kind ? { kind: g.kind } : {}),
    ...(g.sender ? { sender: g.sender } : {}),
    ...(g.recipient ? { recipient: g.recipient } : {}),
    ...(g.orderId ? { orderId: g.orderId } : {}),
    items: [
      {
        description: 'scenario item',
        quantity: g.quantity ?? 1,
        price: { amount: g.value ?? '50.00', currency: g.currency ?? 'USD' },
        origin,
        ...(g.hts ? { hts: g.hts } : {}),
        ...(g.flags ? { flags: g.flags } : {}),
        ...(g.usdShown ? { usdShown: g.usdShown } : {}),
      },
    ],
  };
}

function check(d: Decision, e: Expect, where: string): void {
  const codes = d.reasons.map((r) => r.code);
  const show = `${where}\n  got: exempt=${d.exempt} exemption=${d.exemption} entry=${d.entry} value=${d.valueUsd} aggregate=${d.aggregateUsd} limit=${d.limitUsd}\n  reasons=${d.reasons.map((r) => `${r.code}(${r.rule ?? ''})`).join(', ')}`;
  if (e.exempt !== undefined) assert.equal(d.exempt, e.exempt, `exempt: ${show}`);
  if (e.exemption !== undefined) assert.equal(d.exemption, e.exemption, `exemption: ${show}`);
  if (e.entry !== undefined) assert.equal(d.entry, e.entry, `entry: ${show}`);
  if (e.reason !== undefined) assert.equal(d.reasons[0]?.code, e.reason, `decisive reason: ${show}`);
  if (e.rule !== undefined) assert.equal(d.reasons[0]?.rule, e.rule, `decisive rule: ${show}`);
  for (const c of e.reasons ?? []) assert.ok(codes.includes(c), `reason ${c} missing: ${show}`);
  for (const c of e.notReasons ?? []) assert.ok(!codes.includes(c), `reason ${c} unexpected: ${show}`);
  for (const id of e.ruleIds ?? [])
    assert.ok(
      d.reasons.some((r) => r.rule === id),
      `rule ${id} missing: ${show}`,
    );
  if (e.valueUsd !== undefined) assert.equal(d.valueUsd, e.valueUsd, `valueUsd: ${show}`);
  if (e.aggregateUsd !== undefined) assert.equal(d.aggregateUsd, e.aggregateUsd, `aggregateUsd: ${show}`);
  if (e.limitUsd !== undefined) assert.equal(d.limitUsd, e.limitUsd, `limitUsd: ${show}`);
  const reasonFor = (code: string) => {
    const found = d.reasons.find((r) => r.code === code);
    assert.ok(found, `reason ${code} missing: ${show}`);
    return found;
  };
  for (const [code, text] of Object.entries(e.says ?? {}))
    assert.ok(reasonFor(code).message.includes(text), `${code} should say "${text}": ${reasonFor(code).message}`);
  for (const [code, text] of Object.entries(e.doesNotSay ?? {}))
    assert.ok(!reasonFor(code).message.includes(text), `${code} should not say "${text}": ${reasonFor(code).message}`);
  for (const [code, text] of Object.entries(e.cites ?? {}))
    assert.ok(reasonFor(code).citation.includes(text), `${code} should cite "${text}": ${reasonFor(code).citation}`);
  for (const [code, text] of Object.entries(e.doesNotCite ?? {}))
    assert.ok(!reasonFor(code).citation.includes(text), `${code} should not cite "${text}": ${reasonFor(code).citation}`);
  for (const [code, fields] of Object.entries(e.fields ?? {})) {
    const reason = reasonFor(code) as unknown as Record<string, unknown>;
    for (const [field, value] of Object.entries(fields)) assert.equal(reason[field] ?? null, value, `${code}.${field}: ${show}`);
  }
  if (e.valueDependence === null) assert.equal(d.valueDependence, undefined, `valueDependence should be absent: ${show}`);
  else if (e.valueDependence) {
    assert.ok(d.valueDependence, `valueDependence missing: ${show}`);
    for (const [k, v] of Object.entries(e.valueDependence))
      assert.deepEqual(
        (d.valueDependence as unknown as Record<string, unknown>)[k],
        v,
        `valueDependence.${k}: ${show}\n  valueDependence=${JSON.stringify(d.valueDependence)}`,
      );
  }
  if (e.charges) {
    const c = (d as Decision & { charges?: { complete: boolean; notes?: { code: string }[] } }).charges;
    assert.ok(c, `charges missing: ${show}`);
    if (e.charges.complete !== undefined) assert.equal(c.complete, e.charges.complete, `charges.complete: ${show}`);
    for (const code of e.charges.notes ?? [])
      assert.ok(
        c.notes?.some((n) => n.code === code),
        `charges note ${code} missing: ${JSON.stringify(c.notes)}`,
      );
  }
  // every reason explains itself: a code, a message and a source
  for (const r of d.reasons) {
    assert.match(r.code, /^[A-Z][A-Z0-9_]*$/);
    assert.ok(r.message.length > 10, `reason ${r.code} has no message`);
    assert.ok(r.citation.length > 3, `reason ${r.code} has no citation`);
  }
}

const dir = new URL('../../../scenarios/', import.meta.url);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort();

for (const file of files) {
  const scenarios = JSON.parse(readFileSync(new URL(file, dir), 'utf8')) as Scenario[];
  describe(file, () => {
    for (const s of scenarios) {
      it(`${s.name} [${s.source}]`, () => {
        const request = s.request ?? expand(s.given!);
        const r = evaluate(request, { rates: s.rates, approximateRates: s.approximate ? bundledApproximateRates() : null });
        const first = Array.isArray(s.expect) ? s.expect[0] : s.expect;
        if (first.error !== undefined) {
          assert.equal(r.ok, false, 'the request should have been rejected');
          if (r.ok) return;
          assert.ok(
            r.issues.some((i) => i.path === first.error),
            `no issue at ${first.error}: ${JSON.stringify(r.issues)}`,
          );
          if (first.errorText)
            assert.ok(
              r.issues.some((i) => i.message.includes(first.errorText!)),
              JSON.stringify(r.issues),
            );
          return;
        }
        assert.ok(r.ok, `rejected: ${r.ok ? '' : JSON.stringify(r.issues)}`);
        if (!r.ok) return;
        if (Array.isArray(s.expect)) {
          assert.ok('decisions' in r.output);
          const ds = (r.output as { decisions: Decision[] }).decisions;
          assert.equal(ds.length, s.expect.length);
          s.expect.forEach((e, i) => check(ds[i], e, `${s.name} #${i}`));
        } else {
          const d = 'decisions' in r.output ? r.output.decisions[0] : r.output;
          check(d, s.expect, s.name);
        }
      });
    }
  });
}

it('has scenario files', () => assert.ok(files.length >= 5));

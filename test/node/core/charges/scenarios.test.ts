// Runs every charges scenario in test/scenarios/charges/*.json: each names the law that decides
// it, the shipment, and the estimate expected (test/scenarios/charges/README.md has the format).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { defaultTariffs, type ChargeLine, type Decision, type TariffSet } from '../../../../core/index.ts';
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
  duties?: unknown[];
  carrierFee?: unknown;
  exportDate?: string;
  items?: Array<{ value?: string; origin?: string; quantity?: number; hts?: string; flags?: string[]; duties?: unknown[]; currency?: string }>;
}
interface Expect {
  charges?: null;
  exempt?: boolean;
  entry?: string;
  duty?: string;
  fees?: string;
  total?: string;
  complete?: boolean;
  carrier?: string;
  lines?: Partial<ChargeLine>[];
  notes?: string[];
  /** text the note with this code must cite: {"EXCISE_NOT_IN_DATA": "27 CFR 251.48"} */
  noteCites?: Record<string, string>;
}
interface Scenario {
  name: string;
  source: string;
  given?: Given;
  request?: unknown;
  rates?: unknown;
  /** replacements of bundled versions by id: {"section-122-surcharge": {"rate": "15"}} */
  tariffPatch?: Record<string, Record<string, unknown>>;
  expect: Expect;
}

function expand(g: Given): unknown {
  const origin = g.origin ?? 'DE';
  const items = (g.items ?? [{}]).map((it) => ({
    description: 'scenario item',
    quantity: it.quantity ?? g.quantity ?? 1,
    price: { amount: it.value ?? g.value ?? '100.00', currency: it.currency ?? g.currency ?? 'USD' },
    origin: it.origin ?? origin,
    ...((it.hts ?? g.hts) ? { hts: it.hts ?? g.hts } : {}),
    ...((it.flags ?? g.flags) ? { flags: it.flags ?? g.flags } : {}),
    ...((it.duties ?? g.duties) ? { duties: it.duties ?? g.duties } : {}),
  }));
  return {
    id: 'S1',
    arrival: g.arrival,
    ...(g.exportDate ? { exportDate: g.exportDate } : {}),
    mode: g.mode ?? 'express',
    shipFrom: g.shipFrom ?? origin,
    ...(g.kind ? { kind: g.kind } : {}),
    ...(g.carrierFee ? { carrierFee: g.carrierFee } : {}),
    items,
  };
}

export function patched(patch: Scenario['tariffPatch']): TariffSet {
  const set = structuredClone(defaultTariffs);
  for (const [id, change] of Object.entries(patch ?? {})) {
    const v = [...set.layers, ...set.fees].find((x) => x.id === id);
    assert.ok(v, `tariffPatch names an unknown id "${id}"`);
    for (const [k, value] of Object.entries(change)) {
      if (value === null) delete (v as unknown as Record<string, unknown>)[k];
      else (v as unknown as Record<string, unknown>)[k] = value;
    }
  }
  return set;
}

const cents = (t: string) => Math.round(Number(t) * 100);

function check(d: Decision, e: Expect, name: string): void {
  const c = d.charges;
  const show = `${name}\n  decision: exempt=${d.exempt} entry=${d.entry} value=${d.valueUsd}\n  charges: ${JSON.stringify(c, null, 1)}`;
  if (e.exempt !== undefined) assert.equal(d.exempt, e.exempt, `exempt: ${show}`);
  if (e.entry !== undefined) assert.equal(d.entry, e.entry, `entry: ${show}`);
  if (e.charges === null) {
    assert.equal(c, undefined, `expected no charges: ${show}`);
    assert.equal('charges' in d, false);
    return;
  }
  assert.ok(c, `expected charges: ${show}`);
  if (!c) return;
  for (const k of ['duty', 'fees', 'total', 'complete', 'carrier'] as const) {
    if (e[k] !== undefined) assert.equal(c[k], e[k], `${k}: ${show}`);
  }
  if (e.lines) {
    assert.equal(c.lines.length, e.lines.length, `number of lines: ${show}`);
    e.lines.forEach((want, i) => {
      for (const [k, v] of Object.entries(want)) assert.deepEqual((c.lines[i] as unknown as Record<string, unknown>)[k], v, `lines[${i}].${k}: ${show}`);
    });
  }
  if (e.notes)
    assert.deepEqual(
      (c.notes ?? []).map((n) => n.code),
      e.notes,
      `notes: ${show}`,
    );
  for (const [code, text] of Object.entries(e.noteCites ?? {})) {
    assert.ok(
      c.notes?.some((n) => n.code === code && n.citation?.includes(text)),
      `note ${code} citing "${text}": ${show}`,
    );
  }
  // what holds for every estimate: sums of rounded lines, carrier charges outside the total,
  // complete exactly when nothing was left out, every line sourced
  const sum = (kind: string) => c.lines.filter((l) => l.kind === kind).reduce((a, l) => a + cents(l.amount), 0);
  assert.equal(cents(c.duty), sum('duty'), `duty is the sum of the duty lines: ${show}`);
  assert.equal(cents(c.fees), sum('fee'), `fees are the sum of the fee lines: ${show}`);
  assert.equal(cents(c.total), cents(c.duty) + cents(c.fees), `total = duty + fees: ${show}`);
  assert.equal(c.complete, !c.notes, `complete exactly when there are no notes: ${show}`);
  for (const l of c.lines) {
    assert.match(l.amount, /^\d+\.\d\d$/);
    assert.ok(l.citation.length > 3 && l.confidence.length > 0, `line ${l.program} has no source`);
  }
  assert.equal(c.tariffs.version, defaultTariffs.version);
}

const dir = new URL('../../../scenarios/charges/', import.meta.url);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort();

for (const file of files) {
  const scenarios = JSON.parse(readFileSync(new URL(file, dir), 'utf8')) as Scenario[];
  describe(`charges/${file}`, () => {
    for (const s of scenarios) {
      it(`${s.name} [${s.source}]`, () => {
        const request = s.request ?? expand(s.given!);
        const r = evaluate(request, { rates: s.rates, tariffs: s.tariffPatch ? patched(s.tariffPatch) : undefined });
        assert.ok(r.ok, `rejected: ${r.ok ? '' : JSON.stringify(r.issues)}`);
        if (!r.ok) return;
        const d = 'decisions' in r.output ? r.output.decisions[0] : r.output;
        check(d, s.expect, s.name);
      });
    }
  });
}

it('has charges scenario files', () => assert.ok(files.length >= 4));

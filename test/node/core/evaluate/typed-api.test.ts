// The library's one evaluate, typed: one shipment gives a Decision, `{ shipments }` gives a
// BatchDecision, and a request the contract refuses does not compile. The type assertions are
// checked by `tsc -p .` (npm test's typecheck): an `@ts-expect-error` that no longer errors fails
// it. The API reports name every type a signature mentions by its exported name (no `Name_2`).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import {
  evaluate,
  prepare,
  type BatchDecision,
  type BatchRequest,
  type Decision,
  type EvaluateOutput,
  type EvaluateRequest,
  type ShipmentInput,
} from '../../../../core/index.ts';
import * as api from '../../../../core/index.ts';
import type { RuleSet, RatesTable, TariffSet } from '../../../../core/index.ts';
import type { DeMinimisCheckElement } from '../../../../widget/src/element.ts';

const shirt: ShipmentInput = {
  id: 'A1',
  arrival: '2024-06-01',
  mode: 'express',
  shipFrom: 'VN',
  items: [{ description: 'T-shirt', quantity: 1, price: { amount: '20.00', currency: 'USD' }, origin: 'VN' }],
};

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const exact = <T extends true>(_: T) => _;

describe('evaluate, typed', () => {
  it('gives one decision for one shipment, with no narrowing needed', () => {
    const r = evaluate(shirt);
    exact<Equal<typeof r, EvaluateOutput<Decision>>>(true);
    assert.ok(r.ok);
    if (r.ok) assert.equal(r.output.exempt, true); // `output` is a Decision: `.exempt` type-checks
  });

  it('gives the batch for { shipments }, in request order', () => {
    const batch: BatchRequest = { shipments: [shirt, { ...shirt, id: 'A2' }] };
    const r = evaluate(batch);
    exact<Equal<typeof r, EvaluateOutput<BatchDecision>>>(true);
    assert.ok(r.ok);
    if (r.ok)
      assert.deepEqual(
        r.output.decisions.map((d) => d.id),
        ['A1', 'A2'],
      );
  });

  it('takes a request of either shape (parsed JSON) and is told apart with "decisions" in output', () => {
    const parsed = JSON.parse(JSON.stringify({ shipments: [shirt] })) as EvaluateRequest;
    const r = evaluate(parsed);
    exact<Equal<typeof r, EvaluateOutput>>(true);
    assert.ok(r.ok && 'decisions' in r.output && r.output.decisions.length === 1);
  });

  it('refuses at compile time what the contract refuses, and still checks at run time', () => {
    // @ts-expect-error 'teleport' is not a shipping mode
    const r = evaluate({ ...shirt, mode: 'teleport' });
    assert.equal(r.ok, false);
    // @ts-expect-error an unknown key is a typo (recipent for recipient)
    const typo = evaluate({ ...shirt, recipent: { id: 'x' } });
    assert.equal(typo.ok, false);
    // @ts-expect-error rules must be a rule set or compiled rules
    const badRules = evaluate(shirt, { rules: 'latest' });
    assert.equal(badRules.ok, false);
  });

  it('takes prepare()d options', () => {
    const p = prepare();
    assert.ok(p.ok);
    if (p.ok) assert.ok(evaluate(shirt, { rules: p.rules, rates: p.rates, tariffs: p.tariffs }).ok);
  });

  it('has one evaluate entry point (the removed ones are gone)', () => {
    for (const gone of [
      'evaluateRequest',
      'evaluatePriced',
      'evaluateShipments',
      'bundledRules',
      'bundledTariffs',
      'prepareRules',
      'prepareRates',
      'prepareTariffs',
      'attachCharges',
      'computeCharges',
      'normalizeRequest',
      'compileRuleSet',
    ]) {
      assert.equal(gone in api, false, `${gone} is still exported`);
    }
  });
});

describe('the widget element, typed', () => {
  it('types shipment, rules, rates and tariffs (checked by tsc)', () => {
    type Props = Pick<DeMinimisCheckElement, 'shipment' | 'rules' | 'rates' | 'tariffs'>;
    exact<Equal<Props['shipment'], EvaluateRequest | null | undefined>>(true);
    exact<Equal<Extract<Props['rules'], RuleSet>, RuleSet>>(true);
    exact<Equal<Extract<Props['rates'], RatesTable>, RatesTable>>(true);
    exact<Equal<Extract<Props['tariffs'], TariffSet>, TariffSet>>(true);
    const set = (el: DeMinimisCheckElement) => {
      el.shipment = shirt;
      el.shipment = { shipments: [shirt] };
      // @ts-expect-error not a shipping mode
      el.shipment = { ...shirt, mode: 'teleport' };
      // @ts-expect-error a rates table maps currencies to dated rates
      el.rates = { EUR: '0.86' };
    };
    assert.equal(typeof set, 'function');
  });
});

describe('the API reports', () => {
  it('name no type by a renamed duplicate (Decision_2)', () => {
    const dir = new URL('../../../../api/', import.meta.url);
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.api.md'))) {
      const dupes = readFileSync(new URL(f, dir), 'utf8').match(/\b[A-Za-z]+_\d+\b/g) ?? [];
      assert.deepEqual(dupes, [], `api/${f}`);
    }
  });
});

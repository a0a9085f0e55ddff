// Hostile shapes that made work explode (issue 22), each at 1x, 2x and 4x: the time ratio must
// stay near linear. Absolute times are for `npm run bench`, never asserted here.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { defaultRules } from '../../../core/rules/default-rules.ts';
import { checkRuleSet } from '../../../core/rules/load.ts';
import type { RuleSet, RuleVersion } from '../../../core/rules/types.ts';
import { csvOf, exportText, goodRows } from '../cli/export-helpers.ts';
import { assertNearLinear, scaling, scalingAsync } from './scaling.ts';

/** The bundled rules with `n` back-to-back suspension versions appended (one a day from 2040). */
function backToBack(n: number): RuleSet {
  const set = structuredClone(defaultRules) as RuleSet;
  const last = set.versions.filter((v) => v.topic === 'commercial').at(-1)!;
  const day = (i: number) => new Date(Date.UTC(2040, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
  const extra: RuleVersion[] = Array.from({ length: n }, (_, i) => ({
    ...last,
    id: `suspension-${i}`,
    from: day(i),
    until: day(i + 1),
    status: 'suspended',
    reasonCode: 'HOSTILE_SUSPENDED',
    limitUsd: undefined,
  }));
  // the bundled last commercial version ends where the hostile ones begin
  last.until = day(0);
  set.versions.push(...extra);
  return set;
}

describe('hostile scaling: rule sets', () => {
  it('3,000 back-to-back versions compile in near-linear time, each suspension dated from its first', () => {
    const r = checkRuleSet(backToBack(3_000));
    assert.ok(r.ok, r.ok ? '' : JSON.stringify(r.issues.slice(0, 3)));
    const v = r.rules.byTopic.commercial.find((c) => c.rule.id === 'suspension-2999');
    assert.equal(v?.since, '2040-01-01T00:00-05:00');
    assertNearLinear(scaling(750, backToBack, (s) => checkRuleSet(s)), 'compiling back-to-back versions');
  });
});

describe('hostile scaling: the export', () => {
  it('rows of one order on one day: near-linear (was quadratic, 42 s for 20,000), every row written', async () => {
    const base = goodRows(1)[0];
    const oneOrder = (n: number) => csvOf(Array.from({ length: n }, () => [...base]));
    const r = await exportText(oneOrder(2_000));
    assert.equal(r.counts.written, 2_000);
    // the order's lots add up on the person-day: one decision for all, the same for each
    assert.equal(new Set(r.records.map((x) => JSON.stringify(x.decision))).size, 1);
    assertNearLinear(await scalingAsync(2_500, oneOrder, (t) => exportText(t)), 'exporting rows of one order');
  });
});

// The rule compiler's steps on dated law's engine: a topic without a gap, overlaps named, and
// the selection of the most specific version in force.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { compileRuleSet, selectVersion } from '../../../../core/rules/compile.ts';
import { defaultRules } from '../../../../core/rules/default-rules.ts';
import type { RuleSet } from '../../../../core/rules/types.ts';
import { newYorkWhenToMs } from '../../../../core/time/new-york.ts';

const without = (id: string): RuleSet => ({ ...defaultRules, versions: defaultRules.versions.filter((v) => v.id !== id) });

describe('rule sets: gaps and overlaps', () => {
  it('the bundled set has a version of every topic at every instant once the topic starts', () => {
    assert.ok(compileRuleSet(defaultRules).ok);
  });
  it('a topic whose versions for every shipment leave a hole is refused: shipments then would have no answer', () => {
    const r = compileRuleSet(without('commercial-800'));
    assert.ok(!r.ok);
    assert.deepEqual(
      r.issues.map((i) => `${i.path} ${i.code}`),
      ['versions GAP'],
    );
    assert.match(
      r.issues[0].message,
      /"commercial-200" ends at 2016-03-10 but "commercial-suspended-all-eo14324" \(commercial\) starts only at 2025-08-29T00:01/,
    );
  });
  it('a hole under a scoped version is not a gap of the topic (the scoped versions answer only some shipments)', () => {
    const r = compileRuleSet(without('commercial-suspended-cn-hk'));
    assert.ok(r.ok);
  });
  it('two versions of one specificity in force together are named with their topic', () => {
    const set = structuredClone(defaultRules) as RuleSet;
    set.versions.find((v) => v.id === 'gift-100')!.until = '2030-01-01';
    set.versions.push({ ...set.versions.find((v) => v.id === 'gift-100')!, id: 'gift-later', from: '2029-01-01', until: undefined });
    const r = compileRuleSet(set);
    assert.ok(!r.ok);
    assert.deepEqual(
      r.issues.map((i) => `${i.code} ${i.message}`),
      ['OVERLAP "gift-100" and "gift-later" (gift) can apply to the same case at the same time; end one where the other starts, or split their scopes'],
    );
  });
  it('selects the most specific version in force; the suspension is dated from its first order', () => {
    const r = compileRuleSet(defaultRules);
    assert.ok(r.ok);
    const at = newYorkWhenToMs('2026-03-01')!;
    assert.equal(selectVersion(r.rules, 'commercial', at, ['DE'], 'express')?.rule.id, 'commercial-suspended-all-eo14388');
    assert.equal(selectVersion(r.rules, 'commercial', at, ['DE'], 'express')?.since, '2025-08-29T00:01-04:00');
    assert.equal(selectVersion(r.rules, 'commercial', newYorkWhenToMs('2025-06-01')!, ['HK'], 'air')?.rule.id, 'commercial-suspended-cn-hk');
  });
});

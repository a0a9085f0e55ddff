import assert from 'node:assert/strict';
import { it } from 'node:test';
import { checkRuleSet, defaultRules, loadRules, RuleSetError, selectVersion, type RuleSet } from '../../../../core/index.ts';
import { parseDateOrInstant } from '../../../../core/time/new-york.ts';

const copy = (): RuleSet => structuredClone(defaultRules);

it('the bundled rule set passes every check', () => {
  const r = checkRuleSet(defaultRules);
  assert.ok(r.ok, r.ok ? '' : JSON.stringify(r.issues));
});

it('every version, exclusion and hint is cited, with a confidence tag from the reference', () => {
  for (const v of [...defaultRules.versions, ...defaultRules.exclusions, ...defaultRules.htsHints]) {
    assert.ok(v.citations.length > 0, v.id);
    for (const c of v.citations) assert.ok(['P', 'P-summary', 'P-copy', 'P-title', 'S', 'M'].includes(c.confidence), v.id);
  }
});

it('rejects a set with two versions overlapping for the same scope, naming both', () => {
  const s = copy();
  const v = s.versions.find((x) => x.id === 'commercial-800')!;
  v.until = '2025-09-01';
  const r = checkRuleSet(s);
  assert.equal(r.ok, false);
  if (!r.ok)
    assert.ok(
      r.issues.some((i) => i.code === 'OVERLAP' && i.message.includes('commercial-800') && i.message.includes('commercial-suspended-all-eo14324')),
      JSON.stringify(r.issues),
    );
});

it('rejects an uncited version, a bad date and an unknown country with their paths', () => {
  const s = copy();
  s.versions[0].citations = [];
  s.versions[1].from = '2016-02-30';
  s.versions[2].scope = { origins: ['QQ'] };
  const r = checkRuleSet(s);
  assert.equal(r.ok, false);
  if (!r.ok) {
    const paths = r.issues.map((i) => i.path);
    assert.ok(paths.includes('versions[0].citations'), JSON.stringify(r.issues));
  }
  const s2 = copy();
  s2.versions[1].from = '2016-02-30';
  s2.versions[2].scope = { origins: ['QQ'] };
  const r2 = checkRuleSet(s2);
  assert.ok(!r2.ok && r2.issues.some((i) => i.path === 'versions[1].from') && r2.issues.some((i) => i.path === 'versions[2].scope.origins[0]'));
});

it('rejects garbage with issues instead of throwing, and loadRules throws a RuleSetError', () => {
  assert.equal(checkRuleSet(null).ok, false);
  assert.equal(checkRuleSet({ version: 'x', versions: 'no' }).ok, false);
  assert.throws(() => loadRules({}), RuleSetError);
});

it('a new version added as data changes the answer without code (a hypothetical court ruling)', () => {
  const s = copy();
  const reg = s.versions.find((x) => x.id === 'commercial-suspended-regulation-non-postal')!;
  reg.until = '2026-12-01';
  const eo = s.versions.find((x) => x.id === 'commercial-suspended-all-eo14388')!;
  eo.until = '2026-12-01';
  const postal = s.versions.find((x) => x.id === 'commercial-suspended-regulation-postal')!;
  postal.until = '2026-12-01';
  s.versions.push({
    id: 'commercial-restored-hypothetical',
    topic: 'commercial',
    from: '2026-12-01',
    until: '2027-07-01',
    status: 'available',
    limitUsd: '800.00',
    title: 'Hypothetical restoration',
    summary: 'A hypothetical court order restores the $800 exemption.',
    citations: [{ document: 'Hypothetical v. United States', confidence: 'M' }],
  });
  const rules = loadRules(s);
  const when = parseDateOrInstant('2026-12-02');
  assert.ok(when.ok);
  if (when.ok) assert.equal(selectVersion(rules, 'commercial', when.instant, ['DE'], 'express')?.rule.id, 'commercial-restored-hypothetical');
});

it('the most specific scope wins: China origin in June 2025 is decided by the China version', () => {
  const rules = loadRules(defaultRules);
  const when = parseDateOrInstant('2025-06-01');
  assert.ok(when.ok);
  if (!when.ok) return;
  assert.equal(selectVersion(rules, 'commercial', when.instant, ['CN'], 'air')?.rule.id, 'commercial-suspended-cn-hk');
  assert.equal(selectVersion(rules, 'commercial', when.instant, ['MO'], 'air')?.rule.id, 'commercial-800');
});

// ---- citations carry the fact they are cited for
const ruleById = (id: string) => [...defaultRules.versions, ...defaultRules.exclusions, ...defaultRules.htsHints].find((x) => x.id === id)!;
const allCitations = () =>
  [...defaultRules.versions, ...defaultRules.exclusions, ...defaultRules.htsHints].flatMap((x) => [
    ...x.citations,
    ...('exceptCitations' in x ? (x.exceptCitations ?? []) : []),
  ]);

it('the $2,000 ceiling is not cited as primary text: only the $2,500 text of 19 CFR 143.21(a) was read', () => {
  assert.ok(ruleById('entry-ceiling-2000').citations.every((c) => c.confidence === 'M'));
  assert.ok(ruleById('entry-ceiling-2500').citations.some((c) => c.document === '19 CFR 143.21' && c.confidence === 'P'));
});

it('the gift bars on perfume, alcohol and tobacco cite only the secondary gift guidance they come from', () => {
  for (const id of ['exclusion-gift-alcoholic-perfume', 'exclusion-gift-alcohol', 'exclusion-gift-tobacco']) {
    assert.ok(
      ruleById(id).citations.every((c) => c.confidence === 'S'),
      id,
    );
  }
  // the excise exclusions of de minimis (CBP FAQ, primary) no longer bar gifts on their own citation
  for (const id of ['exclusion-alcohol', 'exclusion-tobacco']) assert.deepEqual((ruleById(id) as { bars: string[] }).bars, ['commercial']);
});

it('91 FR 37801 is cited as FR Doc 2026-12669, and CSMS 67845486 as primary text, everywhere', () => {
  for (const c of allCitations()) {
    if (c.document.includes('37801')) assert.ok(c.document.includes('2026-12669') && c.url?.endsWith('2026-12669'), c.document);
    assert.ok(!c.document.includes('2026-12668'), `${c.document}: FR Doc 2026-12668 is the Entry Type 13 test`);
    if (c.document.includes('67845486')) assert.equal(c.confidence, 'P', c.document);
  }
});

it('the carve-out under the regulations is cited to the executive orders and flagged unconfirmed', () => {
  for (const id of ['commercial-suspended-regulation-non-postal', 'commercial-suspended-regulation-postal']) {
    const v = defaultRules.versions.find((x) => x.id === id)!;
    assert.ok(v.exceptUnconfirmed, id);
    const docs = (v.exceptCitations ?? []).map((c) => c.document).join('; ');
    assert.match(docs, /EO 14324/);
    assert.match(docs, /EO 14388/);
    assert.deepEqual(v.exceptFlags, ['informational-material', 'donation', 'personal-communication']);
  }
});

it('no note calls a settled fact an open question, and no text points outside the repository', () => {
  const text = JSON.stringify(defaultRules);
  assert.doesNotMatch(text, /open question|rules-reference|reference \d/i);
});

it('the IEEPA-rate mail rule ends at 00:00 EST on 2026-02-24 and the Section 122 one starts at 00:01', () => {
  assert.equal(defaultRules.versions.find((x) => x.id === 'postal-all-eo14324')!.until, '2026-02-24');
  assert.equal(defaultRules.versions.find((x) => x.id === 'postal-all-section122')!.from, '2026-02-24T00:01');
});

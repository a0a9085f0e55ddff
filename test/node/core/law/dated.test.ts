// Dated law (core/law): the one version format, its loader's checks (ids, windows, overlaps,
// gaps) and the in-force selections, on small sets written here; then the same engine under the
// rules, the tariffs, the filing rules and the schedule's editions.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { InputIssue } from '../../../../core/issues.ts';
import { citationText, taggedCitationText, weakestConfidence } from '../../../../core/law/cite.ts';
import { findGaps, findOverlaps, inForce, loadVersion, versionWindow, type DatedVersion, type Validity } from '../../../../core/law/dated.ts';
import { includes, inPrefixes, meets, prefixSet, setOf } from '../../../../core/law/scope.ts';
import { cutsOf, mostSpecific, segmentOf, segmentStart } from '../../../../core/law/select.ts';
import { newYorkWhenToMs } from '../../../../core/time/new-york.ts';

const ms = (when: string) => newYorkWhenToMs(when)!;
type V = Validity & { id: string; group: string; hts?: string[]; origins?: ReadonlySet<string> | null };
const v = (id: string, from: string | null, until: string | null, more: Partial<V> = {}): V => ({
  id,
  group: 'g',
  fromMs: from === null ? -Infinity : ms(from),
  untilMs: until === null ? Infinity : ms(until),
  ...more,
});
const ids = (issues: InputIssue[]) => issues.map((i) => [...i.message.matchAll(/"([^"]+)"/g)].map((m) => m[1]).join('+'));
const pairs = (list: V[], prefixes = false) => {
  const issues: InputIssue[] = [];
  findOverlaps(
    list,
    {
      group: (c) => c.group,
      meet: (a, b) => meets(a.origins ?? null, b.origins ?? null),
      prefixes: prefixes ? (c) => c.hts : undefined,
      version: (c) => ({ id: c.id, citations: [] }),
      path: 'versions',
    },
    issues,
  );
  assert.ok(issues.every((i) => i.path === 'versions' && i.code === 'OVERLAP'));
  return ids(issues);
};
const holes = (list: V[]) => {
  const issues: InputIssue[] = [];
  findGaps(
    list,
    (c) => c.group,
    (c) => ({ id: c.id, citations: [] }),
    'versions',
    issues,
  );
  assert.ok(issues.every((i) => i.path === 'versions' && i.code === 'GAP'));
  return ids(issues).map((x) => x.replace('+', '|'));
};

describe('citations: one form, one list of confidence tags', () => {
  const cs = [
    { document: 'EO 14324', section: '(a)', confidence: 'P' as const },
    { document: 'CSMS 66065494', section: 'sec. 2', confidence: 'S' as const },
    { document: '84 FR 35405', confidence: 'P-summary' as const },
  ];
  it('prints sections the way the law is cited, and the tags where a record issue names them', () => {
    assert.equal(citationText(cs), 'EO 14324(a); CSMS 66065494, sec. 2; 84 FR 35405');
    assert.equal(taggedCitationText(cs), 'EO 14324(a) [P]; CSMS 66065494, sec. 2 [S]; 84 FR 35405 [P-summary]');
  });
  it('a value is only as sure as its least sure source', () => {
    assert.equal(weakestConfidence(cs), 'S');
    assert.equal(weakestConfidence([...cs, { document: 'a lead', confidence: 'M' }]), 'M');
    assert.equal(weakestConfidence(cs.slice(0, 1)), 'P');
  });
});

describe('the loader: ids and windows', () => {
  const load = (list: DatedVersion[]) => {
    const issues: InputIssue[] = [];
    const ids = new Set<string>();
    const windows = list.map((x, i) => loadVersion(x, `versions[${i}]`, ids, issues));
    return { issues: issues.map((i) => `${i.path} ${i.code}`), windows };
  };
  it('reads New York wall-clock times, open ends infinite', () => {
    const r = load([
      { id: 'a', from: '2025-08-29T00:01', until: '2026-02-24', citations: [] },
      { id: 'b', citations: [] },
    ]);
    assert.deepEqual(r.issues, []);
    assert.deepEqual(r.windows[0], [Date.UTC(2025, 7, 29, 4, 1), Date.UTC(2026, 1, 24, 5, 0)], 'EDT, then EST');
    assert.deepEqual(r.windows[1], [-Infinity, Infinity]);
  });
  it('names a repeated id, an unreal date and an empty window by their paths', () => {
    const r = load([
      { id: 'a', citations: [] },
      { id: 'a', from: '2025-02-30', citations: [] },
      { id: 'c', from: '2026-01-01', until: '2026-01-01', citations: [] },
    ]);
    assert.deepEqual(r.issues, ['versions[1].id DUPLICATE_ID', 'versions[1].from INVALID_DATE', 'versions[2] EMPTY_WINDOW']);
    assert.equal(r.windows[1], null);
  });
  it('a window is [from, until): in force at its start, not at its end', () => {
    const w = { fromMs: ms('2026-02-24T00:01'), untilMs: ms('2026-07-24') };
    assert.equal(inForce(w, ms('2026-02-24T00:00')), false);
    assert.equal(inForce(w, ms('2026-02-24T00:01')), true);
    assert.equal(inForce(w, ms('2026-07-24') - 1), true);
    assert.equal(inForce(w, ms('2026-07-24')), false);
    const issues: InputIssue[] = [];
    assert.deepEqual(versionWindow('x', undefined, '2026-07-24', issues), [-Infinity, ms('2026-07-24')]);
    assert.deepEqual(issues, []);
  });
});

describe('the loader: overlaps', () => {
  it('back-to-back versions do not overlap; one that starts before the other ends does, reported once in list order', () => {
    assert.deepEqual(pairs([v('a', null, '2020-01-01'), v('b', '2020-01-01', '2021-01-01'), v('c', '2021-01-01', null)]), []);
    assert.deepEqual(pairs([v('b', '2020-01-01', '2021-01-01'), v('a', null, '2020-01-02'), v('c', '2020-06-01', null)]), ['b+a', 'b+c']);
  });
  it('versions of different groups, or whose scopes do not meet, never clash', () => {
    assert.deepEqual(pairs([v('a', null, null), v('b', null, null, { group: 'h' })]), []);
    assert.deepEqual(pairs([v('a', null, null, { origins: setOf(['CN']) }), v('b', null, null, { origins: setOf(['HK', 'MO']) })]), []);
    assert.deepEqual(pairs([v('a', null, null, { origins: setOf(['CN']) }), v('b', null, null, { origins: setOf(['HK', 'CN']) })]), ['a+b']);
  });
  it('versions scoped by HTS number clash when one prefix starts the other, and with every version without a number', () => {
    const list = [
      v('p8426', null, null, { hts: ['8426'] }),
      v('p842619', null, null, { hts: ['84261900'] }),
      v('p6109', null, null, { hts: ['6109', '6110'] }),
    ];
    assert.deepEqual(pairs(list, true), ['p8426+p842619']);
    assert.deepEqual(pairs([...list.slice(2), v('wide', '2026-01-01', null)], true), ['p6109+wide']);
    assert.deepEqual(
      pairs([v('a', null, '2020-01-01', { hts: ['8426'] }), v('b', '2020-01-01', null, { hts: ['8426'] })], true),
      [],
      'same number, back to back',
    );
  });
});

describe('the loader: gaps', () => {
  it('reports a hole between the first start and the last end, not before or after', () => {
    assert.deepEqual(holes([v('a', '2019-01-01', '2020-01-01'), v('b', '2020-01-01', '2021-01-01')]), []);
    assert.deepEqual(holes([v('a', null, '2020-01-01'), v('c', '2020-01-02', null)]), ['a|c']);
  });
  it('a long version bridges the shorter ones inside it; groups are apart', () => {
    assert.deepEqual(holes([v('long', null, '2030-01-01'), v('short', '2020-01-01', '2021-01-01'), v('next', '2030-01-01', null)]), []);
    assert.deepEqual(holes([v('a', null, '2020-01-01'), v('b', '2021-01-01', null, { group: 'h' })]), []);
  });
});

describe('in force at an instant', () => {
  const scoped = (id: string, from: string | null, until: string | null, origins: string[] | null, modes: string[] | null) => ({
    ...v(id, from, until),
    origins: origins && new Set(origins),
    modes: modes && new Set(modes),
    specificity: (origins ? 1 : 0) + (modes ? 1 : 0),
  });
  const list = [
    scoped('all', null, null, null, null),
    scoped('cn', '2025-05-02T00:01', '2025-08-29T00:01', ['CN', 'HK'], null),
    scoped('cn-mail', '2025-05-02T00:01', null, ['CN'], ['postal']),
  ];
  it('the most specific version whose window and scope match', () => {
    const at = ms('2025-06-01');
    assert.equal(mostSpecific(list, at, ['CN'], 'postal')?.id, 'cn-mail');
    assert.equal(mostSpecific(list, at, ['DE', 'HK'], 'postal')?.id, 'cn');
    assert.equal(mostSpecific(list, at, ['DE'], 'air')?.id, 'all');
    assert.equal(mostSpecific(list, ms('2025-05-02T00:00'), ['CN'], 'postal')?.id, 'all');
    assert.equal(mostSpecific(list.slice(1), ms('2025-01-01'), ['CN'], 'postal'), null);
  });
  it('segments: the instants where something starts or ends cut time into spans of one answer', () => {
    const cuts = cutsOf(list);
    assert.deepEqual(cuts, [ms('2025-05-02T00:01'), ms('2025-08-29T00:01')]);
    assert.equal(segmentOf(cuts, ms('2025-01-01')), 0);
    assert.equal(segmentOf(cuts, ms('2025-05-02T00:01')), 1);
    assert.equal(segmentOf(cuts, ms('2026-01-01')), 2);
    assert.equal(segmentStart(cuts, 0), -Infinity);
    assert.equal(segmentStart(cuts, 2), ms('2025-08-29T00:01'));
  });
  it('scopes: sets with null for all, prefixes by the lengths they hold', () => {
    assert.equal(includes(null, setOf(['CN'])), true);
    assert.equal(includes(setOf(['CN']), null), false);
    assert.equal(includes(setOf(['CN', 'HK']), setOf(['HK'])), true);
    const p = prefixSet(['8426', '7407101500'])!;
    assert.deepEqual(p.lengths, [4, 10]);
    assert.equal(inPrefixes(p, '8426190000'), true);
    assert.equal(inPrefixes(p, '7407101500'), true);
    assert.equal(inPrefixes(p, '7407101600'), false);
  });
});

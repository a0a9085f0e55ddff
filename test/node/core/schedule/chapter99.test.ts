// The Chapter 99 layers by HTS number (core/schedule/chapter99.generated.ts): up to date with the
// lists it is generated from, one rate per program and item at a time, and the layers that apply
// to numbers checked by hand against the lists and the HTSUS heading texts.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { test } from 'node:test';
import { defaultTariffs } from '../../../../core/charges/default-tariffs.ts';
import { chapter99LayersFor, type Chapter99Query } from '../../../../core/schedule/chapter99-lookup.ts';
import type { Chapter99Layer } from '../../../../core/schedule/chapter99-types.ts';
import { chapter99Layers, section122ExemptHts } from '../../../../core/schedule/chapter99.generated.ts';
import { DATA_DIR, generate, readSources } from '../../../../scripts/gen-chapter99.ts';

const HAVE_DATA = existsSync(DATA_DIR);
const skip = HAVE_DATA ? false : `the lists are not at ${DATA_DIR}`;

const at = (q: Partial<Chapter99Query> & { hts: string; at: string }) => chapter99LayersFor(chapter99Layers, { origin: 'CN', ...q });
const headings = (ls: Chapter99Layer[]) => ls.map((l) => `${l.heading}:${l.rate ?? '-'}`).sort();
const of = (ls: Chapter99Layer[], program: string) => ls.filter((l) => l.program === program);

test("counts agree with the figures the lists' README gives", { skip }, () => {
  const src = readSources();
  assert.equal(src.s301.length, 12223, 's301_product_lists.csv: 12,223 rows');
  assert.equal(src.s122.length, 1656, 's122_exempt_products.csv: 1,656 numbers');
  assert.equal(section122ExemptHts.length, 1656);
  assert.equal(src.hts.length, 35509, 'the HTSUS export: 35,509 rows');
  const { counts } = generate(src);
  const rows = Object.entries(counts)
    .filter(([k]) => k.startsWith('list '))
    .reduce((n, [, v]) => n + v, 0);
  assert.equal(rows, 12223, 'every Section 301 row is read');
  assert.equal(counts['list 4B'], 1519);
  // the README's cross-check against the schedule's footnotes: lists 1 and 2 agree line for line
  const foot = (heading: string) =>
    new Set(src.hts.filter((r) => (r.footnotes ?? []).some((f) => (f.value ?? '').includes(heading))).map((r) => r.htsno.replace(/\./g, '').slice(0, 8)));
  for (const [list, heading] of [
    ['1', '9903.88.01'],
    ['2', '9903.88.02'],
  ] as const) {
    const onList = new Set(src.s301.filter((r) => r[1] === list).map((r) => r[0]));
    assert.deepEqual(
      [...onList].filter((h) => !foot(heading).has(h)),
      [],
      `list ${list} numbers without a ${heading} footnote`,
    );
  }
  // list 3 names 284 numbers the footnotes do not; list 4A 5, and the footnotes name one 4A
  // number the list lacks (8507.60.00, lithium-ion batteries: docs/sources.md)
  const differ = (list: string, heading: string) => {
    const onList = new Set(src.s301.filter((r) => r[1] === list).map((r) => r[0]));
    const f = foot(heading);
    return [[...onList].filter((h) => !f.has(h)).length, [...f].filter((h) => !onList.has(h))];
  };
  assert.deepEqual(differ('3', '9903.88.03'), [284, []]);
  assert.deepEqual(differ('4A', '9903.88.15'), [5, ['85076000']]);
});

test('no two versions of one program apply to one item at once', () => {
  // every prefix of every layer, as a 10-digit number, at the start of every layer holding it
  const byProgram = new Map<string, Chapter99Layer[]>();
  for (const l of chapter99Layers) byProgram.set(l.program, [...(byProgram.get(l.program) ?? []), l]);
  let checked = 0;
  for (const [program, layers] of byProgram) {
    const numbers = new Set(layers.flatMap((l) => [...(l.scope?.hts ?? []), ...(l.except ?? []).flatMap((e) => e.hts ?? [])]).map((p) => p.padEnd(10, '0')));
    const instants = [...new Set(layers.map((l) => l.from ?? '2018-01-01'))];
    // the Section 301 China layers are all scoped to CN; the others split by origin
    const origins =
      program === 'section-301-china' ? ['CN'] : [...new Set(['CN', 'GB', 'DE', 'RU', 'MX', 'JP', ...layers.flatMap((l) => l.scope?.origins ?? [])])];
    for (const hts of numbers) {
      for (const when of instants) {
        for (const origin of origins) {
          const hit = of(chapter99LayersFor(layers, { hts, origin, at: when }), program);
          assert.ok(hit.length <= 1, `${hts} from ${origin} at ${when}: ${hit.map((l) => l.id).join(', ')}`);
          checked++;
        }
      }
    }
  }
  assert.ok(checked > 100000, `checked ${checked} cases`);
});

test('the versions of one program have disjoint scopes, without leaning on exceptions', () => {
  // what the tariff-set contract checks when the layers are loaded: two versions of one program
  // whose windows meet must not share an origin and a number (one prefix starting the other)
  const ms = (w: string | undefined, open: number) => (w === undefined ? open : Date.parse(w.length === 10 ? `${w}T00:00Z` : `${w}Z`));
  const meet = (a: readonly string[] | undefined, b: readonly string[] | undefined) => !a || !b || a.some((x) => b.includes(x));
  const clashes: string[] = [];
  for (let i = 0; i < chapter99Layers.length; i++) {
    for (let j = i + 1; j < chapter99Layers.length; j++) {
      const a = chapter99Layers[i],
        b = chapter99Layers[j];
      if (a.program !== b.program) continue;
      if (!(ms(a.from, -Infinity) < ms(b.until, Infinity) && ms(b.from, -Infinity) < ms(a.until, Infinity))) continue;
      if (!meet(a.scope?.origins, b.scope?.origins)) continue;
      const bh = new Set(b.scope?.hts ?? []);
      const hit = (a.scope?.hts ?? []).find(
        (p) => [...Array(7).keys()].some((k) => bh.has(p.slice(0, 4 + k))) || (b.scope?.hts ?? []).some((q) => q.startsWith(p)),
      );
      if (hit) clashes.push(`${a.id} / ${b.id} (${hit})`);
    }
  }
  assert.deepEqual(clashes, []);
});

test('every layer is dated, cited and tagged, and names its heading', () => {
  const ids = new Set<string>();
  for (const l of chapter99Layers) {
    assert.ok(!ids.has(l.id), `id ${l.id} twice`);
    ids.add(l.id);
    assert.match(l.id, /^[a-z0-9][a-z0-9-]*$/);
    assert.ok(l.from, `${l.id}: no start date`);
    assert.ok(l.citations.length > 0 && l.citations.every((c) => c.confidence), `${l.id}: citations`);
    // the one layer without a heading: a product whose list before its 2024 increase is unknown
    if (l.heading !== undefined || l.rate !== undefined) assert.match(l.heading ?? '', /^99\d\d\.\d\d\.\d\d$/, `${l.id}: heading`);
    else assert.match(l.id, /^section-301-china-before-2024-increase/);
    assert.ok(l.scope?.hts?.length, `${l.id}: no HTS scope`);
    if (l.rate === undefined) assert.ok((l.note ?? l.summary).length > 40, `${l.id}: a layer without a rate says why`);
    if (l.program.startsWith('section-301-china')) assert.deepEqual(l.scope?.origins, ['CN'], `${l.id}: products of China only`);
  }
});

test('Section 301 China: a list 3 line owes 25% under 9903.88.03', () => {
  assert.deepEqual(headings(at({ hts: '8516210000', at: '2026-12-15' })), ['9903.88.03:25']);
  // and 10% before May 10, 2019 (9903.88.09)
  assert.deepEqual(headings(at({ hts: '8516210000', at: '2019-01-15' })), ['9903.88.03:10']);
  // before the list took effect: nothing
  assert.deepEqual(at({ hts: '8516210000', at: '2018-09-23' }), []);
});

test('Section 301 China: a line on lists 3 and 4B owes 25%, a line on 4B only owes nothing', () => {
  assert.deepEqual(headings(of(at({ hts: '8516290050', at: '2026-12-15' }), 'section-301-china')), ['9903.88.03:25']);
  // (8516.29.00 is also on Section 232 Annex I-B, where the metal's weight share decides it)
  assert.deepEqual(headings(at({ hts: '8516290050', at: '2026-12-15' })), ['9903.82.09:-', '9903.88.03:25']);
  assert.deepEqual(at({ hts: '8516310000', at: '2026-12-15' }), []);
  assert.deepEqual(at({ hts: '9503000073', at: '2026-12-15' }), [], 'toys: list 4B only');
});

test('Section 301 China: a list 4A line (6109.10.00) owes 7.5% under 9903.88.15, China only', () => {
  const ls = at({ hts: '6109.10.0012', at: '2026-12-15' });
  assert.deepEqual(headings(ls), ['9903.88.15:7.5']);
  assert.equal(ls[0].program, 'section-301-china');
  assert.deepEqual(at({ hts: '6109100012', origin: 'HK', at: '2026-12-15' }), [], 'goods of Hong Kong are not products of China for Section 301');
  assert.deepEqual(at({ hts: '6109100012', origin: 'VN', at: '2026-12-15' }), []);
  assert.deepEqual(headings(at({ hts: '6109100012', at: '2019-12-01' })), ['9903.88.15:15']);
});

test('Section 301 China: a 2024 increase replaces the list rate from its date', () => {
  // 8541.21.00 (transistors): list 3, then 50% under 9903.91.05 from January 1, 2025
  assert.deepEqual(headings(at({ hts: '8541210075', at: '2024-12-31T23:59' })), ['9903.88.03:25']);
  assert.deepEqual(headings(at({ hts: '8541210075', at: '2025-01-01' })), ['9903.91.05:50']);
  assert.deepEqual(headings(at({ hts: '8541210075', at: '2026-12-15' })), ['9903.91.05:50']);
  // 8703.80.00 (electric vehicles): 100% from September 27, 2024
  assert.deepEqual(headings(at({ hts: '8703800000', at: '2024-09-27' })), ['9903.91.03:100']);
  // before the increase, a product the lists record under 9903.91 only gets a layer with no rate
  const before = at({ hts: '8703800000', at: '2024-09-26' });
  assert.equal(before.length, 1);
  assert.equal(before[0].rate, undefined);
  // face masks: the schedule names the 2026 increase on five statistical lines of 6307.90.98 only
  assert.deepEqual(headings(at({ hts: '6307909842', at: '2026-01-02' })), ['9903.91.07:50']);
  assert.deepEqual(headings(at({ hts: '6307909891', at: '2026-01-02' })), ['9903.88.15:7.5']);
});

test('Section 301: intermodal chassis and ship-to-shore cranes from 2026-11-10 name their heading, with no rate', () => {
  const chassis = of(at({ hts: '8716905010', at: '2026-12-15' }), 'section-301-china-chassis');
  assert.deepEqual(headings(chassis), ['9903.91.12:-']);
  assert.deepEqual(of(at({ hts: '8716905010', at: '2026-11-09T23:59' }), 'section-301-china-chassis'), []);
  assert.deepEqual(headings(of(at({ hts: '8716905010', at: '2026-12-15' }), 'section-301-china')), ['9903.88.03:25'], 'the list 3 duty stays');
  assert.deepEqual(headings(of(at({ hts: '8426190000', origin: 'DE', at: '2026-12-15' }), 'section-301-cranes')), ['9903.91.14:-'], 'cranes of any origin');
});

test('Section 301 China: where a product exclusion may apply, the layer says so until it ends', () => {
  const withExclusion = chapter99Layers.filter((l) => l.id.endsWith('-exclusions-possible') || l.id.includes('-exclusions-possible-'));
  assert.ok(withExclusion.length > 0);
  for (const l of withExclusion) assert.match(l.note ?? '', /9903\.88\.69/);
  const numbers = withExclusion.find((l) => l.until === '2026-11-10')!.scope!.hts![0].padEnd(10, '0');
  assert.match(at({ hts: numbers, at: '2026-06-01' })[0].note ?? '', /exclusion/);
  assert.doesNotMatch(at({ hts: numbers, at: '2026-11-10' })[0].note ?? '', /exclusion/);
});

test('Section 232: a derivative is marked and rated on its metal content; Annex II is out of scope', () => {
  const ls = at({ hts: '8302416015', origin: 'VN', at: '2025-10-01' });
  const steel = of(ls, 'section-232-steel')[0];
  assert.equal(steel.heading, '9903.81.91');
  assert.equal(steel.rate, '50');
  assert.equal(steel.base, 'metal-content');
  assert.deepEqual(steel.marks, ['section-232']);
  assert.deepEqual(of(at({ hts: '8302416015', origin: 'VN', at: '2025-08-17' }), 'section-232-steel'), [], 'listed from 2025-08-18');
  // the UK had its own rate: no rate in the data
  assert.equal(of(at({ hts: '8302416015', origin: 'GB', at: '2025-10-01' }), 'section-232-steel')[0].rate, undefined);
  // 9403.20.00 (metal furniture): an aluminum derivative in 2025, Annex II (removed) from April 6, 2026
  assert.equal(of(at({ hts: '9403200082', origin: 'VN', at: '2026-01-10' }), 'section-232-aluminum')[0].heading, '9903.85.08');
  assert.deepEqual(
    at({ hts: '9403200082', origin: 'VN', at: '2026-04-06' }).filter((l) => l.program.startsWith('section-232')),
    [],
  );
});

test('Section 232: a copper line owes 50% of its copper content, then the Annex I-A rate', () => {
  const ls = at({ hts: '7407101500', origin: 'DE', at: '2025-09-01' });
  assert.deepEqual(headings(ls), ['9903.78.01:50']);
  assert.equal(ls[0].base, 'metal-content');
  assert.deepEqual(ls[0].marks, ['section-232']);
  assert.deepEqual(at({ hts: '7407101500', origin: 'DE', at: '2025-07-31T23:59' }), [], 'from August 1, 2025 00:01');
  const annex = at({ hts: '7407101500', origin: 'DE', at: '2026-05-01' });
  assert.deepEqual(headings(annex), ['9903.82.02:50']);
  assert.equal(annex[0].base, undefined, 'the annex rate is on the value');
  // a Chinese copper line owes 232 and its Section 301 list duty
  assert.deepEqual(headings(at({ hts: '7407101500', at: '2026-05-01' })).length, 2);
});

test('Section 232: automobile parts and semiconductors name their heading but the number does not decide the rate', () => {
  const auto = of(at({ hts: '8708299000', origin: 'JP', at: '2026-12-15' }), 'section-232-auto-parts');
  assert.equal(auto[0].heading, '9903.94.05');
  assert.equal(auto[0].rate, undefined);
  assert.deepEqual(of(at({ hts: '8708299000', origin: 'MX', at: '2026-12-15', flags: ['fta-claimed'] }), 'section-232-auto-parts'), [], 'USMCA parts');
  const semi = of(at({ hts: '8471500150', origin: 'TW', at: '2026-12-15' }), 'section-232-semiconductors');
  assert.equal(semi[0].heading, '9903.79.01');
  assert.equal(semi[0].rate, undefined);
  assert.deepEqual(semi[0].marks, ['section-232']);
});

test('Section 122: an exempt number owes no surcharge inside its window; others do; none outside it', () => {
  const s122 = defaultTariffs.layers.find((l) => l.id === 'section-122-surcharge')!;
  // the bundled layer with the exemption by number added (what default-tariffs carries once the
  // contract has except.hts)
  const layer = { ...s122, except: [...(s122.except ?? []), { hts: section122ExemptHts }] } as unknown as Chapter99Layer;
  const exempt = section122ExemptHts[0].padEnd(10, '0');
  assert.equal(exempt, '0201100500');
  assert.deepEqual(chapter99LayersFor([layer], { hts: exempt, origin: 'AU', at: '2026-03-01', mode: 'express' }), []);
  assert.equal(chapter99LayersFor([layer], { hts: '6109100012', origin: 'AU', at: '2026-03-01', mode: 'express' }).length, 1);
  assert.deepEqual(chapter99LayersFor([layer], { hts: '6109100012', origin: 'AU', at: '2026-02-24T00:00', mode: 'express' }), []);
  assert.deepEqual(chapter99LayersFor([layer], { hts: '6109100012', origin: 'AU', at: '2026-07-24T00:01', mode: 'express' }), []);
  assert.deepEqual(chapter99LayersFor([layer], { hts: exempt, origin: 'AU', at: '2026-08-01', mode: 'express' }), []);
});

test('a number on no list gets no Chapter 99 layer', () => {
  assert.deepEqual(at({ hts: '4202210000', at: '2026-12-15' }), []);
  assert.deepEqual(at({ hts: '4202210000', origin: 'DE', at: '2026-05-01' }), []);
});

test('a malformed number or instant is an error naming it', () => {
  assert.throws(() => at({ hts: '6109', at: '2026-12-15' }), /hts: "6109" is not a 10-digit HTS number/);
  assert.throws(() => at({ hts: '6109100012', at: '2026-13-45' }), /at: "2026-13-45"/);
});

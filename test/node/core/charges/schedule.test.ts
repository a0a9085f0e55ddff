// Charges from the tariff schedule: an item with only its HTS number gets its MFN line (general
// or column 2), specific and compound rates with and without the net quantity, precedence of the
// merchant's duties, the edition named and its age noted, and the HTS-scoped layer machinery of
// the tariff set (scope.hts, except by HTS, marks, metal-content base, heading, overlaps) with
// small hand-made layers.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { bundledSchedule, defaultTariffs, type Decision, type LayerVersion, type TariffSet } from '../../../../core/index.ts';
import { evaluateJson as evaluate } from '../../../../core/evaluate-json.ts';
import { checkTariffs } from '../../../../core/charges/compile.ts';

const schedule = bundledSchedule();
const item = (extra: Record<string, unknown> = {}) => ({
  description: 'x',
  price: { amount: '20.00', currency: 'USD' },
  origin: 'CN',
  hts: '6109.10.0012',
  ...extra,
});
const run = (items: unknown[], opts: { arrival?: string; tariffs?: unknown; schedule?: unknown; mode?: string } = {}): Decision => {
  const r = evaluate(
    { arrival: opts.arrival ?? '2026-12-15', mode: opts.mode ?? 'express', shipFrom: 'CN', items },
    { schedule: 'schedule' in opts ? opts.schedule : schedule, tariffs: opts.tariffs },
  );
  assert.ok(r.ok, JSON.stringify(!r.ok && r.issues));
  return r.output as Decision;
};
const duty = (d: Decision) => d.charges!.lines.filter((l) => l.kind === 'duty').map((l) => [l.program, l.heading ?? null, l.rate ?? null, l.amount]);
const codes = (d: Decision) => (d.charges!.notes ?? []).map((n) => n.code);

describe('an item with only its HTS number', () => {
  it('takes the general rate of its line, cited and headed by the HTS number, with the edition named', () => {
    const d = run([item()]);
    assert.deepEqual(duty(d), [
      ['mfn', '6109.10.00', '16.5', '3.30'],
      ['section-301-forced-labor', null, '12.5', '2.50'],
    ]);
    const mfn = d.charges!.lines[0];
    assert.equal(mfn.citation, 'HTSUS 6109.10.00 (HTS 2026 Revision 10)');
    assert.equal(mfn.confidence, 'P');
    assert.equal(d.charges!.complete, true);
    assert.equal(d.charges!.tariffs.schedule, 'HTS 2026 Revision 10, effective 2026-06-08');
    // 2026-12-15 is 190 days after 2026-06-08: later changes are not included (a doubt, not a gap)
    assert.deepEqual(codes(d), ['SCHEDULE_EDITION_AGE']);
    assert.match(d.charges!.notes![0].message, /190 days later, and later changes to the schedule are not included/);
  });
  it("says nothing of the edition's age within 90 days of its effective date", () => {
    const d = run([item()], { arrival: '2026-09-06' });
    assert.deepEqual(codes(d), []);
    assert.equal(run([item()], { arrival: '2026-09-07' }).charges!.notes![0].code, 'SCHEDULE_EDITION_AGE');
    // before the edition took effect: the rates of the edition of that day may differ
    const before = run([item()], { arrival: '2026-06-07' });
    assert.deepEqual(codes(before), ['SCHEDULE_EDITION_LATER']);
    assert.equal(before.charges!.complete, true);
  });
  it('takes column 2 for goods of Russia', () => {
    const d = run([item({ origin: 'RU' })]);
    assert.deepEqual(duty(d)[0], ['mfn', '6109.10.00', '90', '18.00']);
    assert.match(d.charges!.lines[0].citation, /column 2/);
  });
  it('a specific rate needs the net quantity in its unit', () => {
    const without = run([item({ hts: '0713392130' })]);
    assert.equal(without.charges!.complete, false);
    assert.ok(codes(without).includes('NET_QUANTITY_NEEDED'));
    assert.match(without.charges!.notes!.find((n) => n.code === 'NET_QUANTITY_NEEDED')!.message, /net quantity in kg/);
    const wrongUnit = run([item({ hts: '0713392130', netQuantity: { amount: '3', unit: 'liters' } })]);
    assert.equal(wrongUnit.charges!.complete, false);
    const withKg = run([item({ hts: '0713392130', netQuantity: { amount: '2.5', unit: 'kg' } })]);
    const l = withKg.charges!.lines[0];
    assert.deepEqual([l.heading, l.specific, l.netQuantity, l.amount, l.rate], ['0713.39.21', '0.8¢/kg', '2.5 kg', '0.02', undefined]);
    assert.equal(withKg.charges!.complete, true);
  });
  it('a compound rate: the exact sum of both parts, rounded once', () => {
    // 6103.43.10: 58.5¢/kg + 15.2%; $30.00 and 0.4 kg: 456¢ + 23.4¢ = 479.4¢
    const d = run([item({ hts: '6103431010', price: { amount: '30.00', currency: 'USD' }, netQuantity: { amount: '0.4', unit: 'kg' } })]);
    assert.deepEqual(duty(d)[0], ['mfn', '6103.43.10', '15.2', '4.79']);
    assert.equal(d.charges!.lines[0].specific, '58.5¢/kg');
    const without = run([item({ hts: '6103431010', price: { amount: '30.00', currency: 'USD' } })]);
    assert.deepEqual(duty(without)[0], ['mfn', '6103.43.10', '15.2', '4.56']);
    assert.equal(without.charges!.complete, false);
  });
  it('a number not in the edition, and a rate the estimate does not compute, make it incomplete', () => {
    const missing = run([item({ hts: '6109100099' })]);
    assert.deepEqual(
      codes(missing).filter((c) => c !== 'SCHEDULE_EDITION_AGE'),
      ['HTS_NOT_IN_SCHEDULE'],
    );
    assert.match(missing.charges!.notes![0].message, /6109\.10\.0099 is not in HTS 2026 Revision 10/);
    const ensemble = schedule.lookup('6203221000');
    if (ensemble && /ensemble/.test(ensemble.general)) {
      const d = run([item({ hts: '6203221000' })]);
      assert.ok(codes(d).includes('RATE_NOT_COMPUTED'));
    }
  });
  it('a free line gives a zero MFN line', () => {
    const d = run([item({ hts: '0106490090' })]);
    assert.deepEqual(duty(d)[0], ['mfn', '0106.49.00', '0', '0.00']);
  });
});

describe('precedence', () => {
  it("the merchant's own mfn layer replaces the schedule's", () => {
    const d = run([item({ duties: [{ program: 'mfn', rate: '10' }] })]);
    assert.deepEqual(duty(d)[0], ['mfn', null, '10', '2.00']);
    assert.equal(d.charges!.tariffs.schedule, undefined);
  });
  it('an item with neither hts nor duties behaves as before', () => {
    const d = run([{ price: { amount: '20.00', currency: 'USD' }, origin: 'CN' }]);
    assert.deepEqual(codes(d), ['NO_MERCHANT_LAYERS']);
    assert.equal(d.charges!.duty, '2.50');
  });
  it('without a schedule an item with hts is priced as before', () => {
    const d = run([item()], { schedule: undefined });
    assert.deepEqual(codes(d), ['NO_MERCHANT_LAYERS']);
  });
  it('the forced-labor floor is net of the MFN rate from the schedule', () => {
    const set = structuredClone(defaultTariffs) as TariffSet;
    set.layers.find((l) => l.id === 'section-301-forced-labor-floor')!.rate = '20';
    const d = run([item({ origin: 'DE' })], { tariffs: set });
    assert.deepEqual(duty(d), [
      ['mfn', '6109.10.00', '16.5', '3.30'],
      ['section-301-forced-labor', null, '3.5', '0.70'],
    ]);
  });
});

const cite = [{ document: 'test', confidence: 'S' as const }];
function withLayers(...layers: LayerVersion[]): TariffSet {
  const set = structuredClone(defaultTariffs) as TariffSet;
  set.layers.push(...layers);
  return set;
}
const list4a: LayerVersion = {
  id: 's301-4a',
  program: 'section-301-china',
  title: 'list 4A',
  from: '2019-09-01',
  scope: { origins: ['CN', 'HK'], hts: ['61091000'] },
  rate: '7.5',
  heading: '9903.88.15',
  summary: 's',
  citations: cite,
};
const s232: LayerVersion = {
  id: 's232-steel',
  program: 'section-232-steel',
  title: '232',
  scope: { hts: ['7307'] },
  rate: '50',
  base: 'metal-content',
  heading: '9903.81.91',
  marks: ['section-232'],
  summary: 's',
  citations: cite,
};

describe('layers by HTS number', () => {
  it('a list layer applies to the numbers under its prefix, with its heading on the line', () => {
    const set = withLayers(list4a);
    assert.deepEqual(duty(run([item()], { tariffs: set })), [
      ['mfn', '6109.10.00', '16.5', '3.30'],
      ['section-301-forced-labor', null, '12.5', '2.50'],
      ['section-301-china', '9903.88.15', '7.5', '1.50'],
    ]);
    assert.equal(duty(run([item({ hts: '6110202005' })], { tariffs: set })).length, 2);
    assert.equal(duty(run([item({ origin: 'VN' })], { tariffs: set })).length, 2, 'not for other origins');
  });
  it('a Section 232 line marks the item, which the forced-labor layer excepts; its rate goes on the metal content', () => {
    const set = withLayers(s232);
    const without = run([item({ hts: '7307915070', price: { amount: '100.00', currency: 'USD' } })], { tariffs: set });
    assert.deepEqual(duty(without), [['mfn', '7307.91.50', '5.5', '5.50']]);
    assert.equal(without.charges!.complete, false);
    assert.match(
      without.charges!.notes!.find((n) => n.code === 'METAL_CONTENT_NEEDED')!.message,
      /s232-steel \(9903\.81\.91\) \(50%\) applies to the value of the item's metal content: give it as "metalValue"/,
    );
    const withMetal = run([item({ hts: '7307915070', price: { amount: '100.00', currency: 'USD' }, metalValue: '40.00' })], { tariffs: set });
    assert.deepEqual(duty(withMetal), [
      ['mfn', '7307.91.50', '5.5', '5.50'],
      ['section-232-steel', '9903.81.91', '50', '20.00'],
    ]);
    assert.equal(withMetal.charges!.lines[1].base, '40.00');
  });
  it('an exception by HTS prefix', () => {
    const set = structuredClone(defaultTariffs) as TariffSet;
    set.layers.find((l) => l.id === 'section-301-forced-labor-12-5')!.except!.push({ hts: ['6109'] });
    assert.deepEqual(duty(run([item()], { tariffs: set })), [['mfn', '6109.10.00', '16.5', '3.30']]);
    assert.equal(duty(run([item({ hts: '6110202005' })], { tariffs: set })).length, 2);
  });
  it('an mfn layer of the set (a catalog set) replaces the schedule, and prices without one', () => {
    const mfn: LayerVersion = {
      id: 'mfn-6109100012',
      program: 'mfn',
      title: 'MFN',
      scope: { hts: ['6109100012'] },
      rate: '16.5',
      heading: '6109.10.00',
      summary: 's',
      citations: cite,
    };
    const d = run([item()], { tariffs: withLayers(mfn), schedule: undefined });
    assert.deepEqual(duty(d)[0], ['mfn', '6109.10.00', '16.5', '3.30']);
    assert.equal(d.charges!.complete, true);
  });
  it('overlaps: disjoint prefixes may share a program and a time; nested ones may not', () => {
    const other = { ...list4a, id: 's301-3', heading: '9903.88.03', scope: { origins: ['CN'], hts: ['6110', '8471'] } };
    assert.ok(checkTariffs(withLayers(list4a, other)).ok);
    const nested = { ...list4a, id: 's301-x', scope: { origins: ['CN'], hts: ['6109'] } };
    const r = checkTariffs(withLayers(list4a, nested));
    assert.ok(!r.ok && r.issues[0].code === 'OVERLAP' && /"s301-4a" and "s301-x"/.test(r.issues[0].message));
    const later = { ...nested, from: '2018-01-01', until: '2019-09-01' };
    assert.ok(checkTariffs(withLayers(list4a, later)).ok, 'one ends where the other starts');
    const bad = checkTariffs(withLayers({ ...list4a, except: [{ origins: ['CN'] }] }));
    assert.ok(!bad.ok && bad.issues[0].path.endsWith('except[0]'));
    const marksWithoutHts = checkTariffs(withLayers({ ...s232, scope: undefined }));
    assert.ok(!marksWithoutHts.ok);
  });
  it('compiling many HTS-scoped layers stays near-linear', () => {
    const many = (n: number) =>
      withLayers(...Array.from({ length: n }, (_, i) => ({ ...list4a, id: `l${i}`, scope: { origins: ['CN'], hts: [String(10000000 + i * 7)] } })));
    const time = (n: number) => {
      const set = many(n);
      const t = performance.now();
      assert.ok(checkTariffs(set).ok);
      return performance.now() - t;
    };
    time(2000);
    const small = Math.min(time(2000), time(2000)),
      big = Math.min(time(16000), time(16000));
    assert.ok(big / small < 30, `8x the layers took ${(big / small).toFixed(1)}x the time`);
  });
});

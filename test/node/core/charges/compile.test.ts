// The tariff compiler on dated law's engine: the fee chains have no gap, a duty program may stop
// and start again, and the one lookup by HTS number applies the layers' marks before their
// exceptions (a Section 232 line leaves the item out of the Section 122 surcharge).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { compileTariffs, layersFor } from '../../../../core/charges/compile.ts';
import { defaultTariffs } from '../../../../core/charges/default-tariffs.ts';
import type { TariffSet } from '../../../../core/charges/types.ts';
import { chapter99LayersFor } from '../../../../core/schedule/chapter99-lookup.ts';
import { chapter99Layers } from '../../../../core/schedule/chapter99.generated.ts';
import { scheduleTariffs } from '../../../../core/schedule/index.ts';
import { newYorkWhenToMs } from '../../../../core/time/new-york.ts';

const ms = (when: string) => newYorkWhenToMs(when)!;

describe('tariff sets: gaps', () => {
  it('a chain of fees for the same entries and modes with a missing year is refused, naming both ends', () => {
    const set = structuredClone(defaultTariffs) as TariffSet;
    set.fees = set.fees.filter((f) => f.id !== 'mpf-informal-fy2026');
    const r = compileTariffs(set);
    assert.ok(!r.ok);
    assert.deepEqual(
      r.issues.map((i) => `${i.path} ${i.code}`),
      ['fees GAP'],
    );
    assert.match(
      r.issues[0].message,
      /"mpf-informal-fy2025" ends at 2025-10-01 but "mpf-informal-fy2027" \(mpf, informal, air,ocean,postal,rail,truck\) starts only at 2026-10-01/,
    );
  });
  it('a duty program may pause: the minute between the IEEPA postal duty and the Section 122 rate is the law', () => {
    const postal = defaultTariffs.layers.filter((l) => l.program === 'postal-duty').map((l) => `${l.from}..${l.until}`);
    assert.ok(postal.includes('2025-08-29T00:01..2026-02-24T00:00') && postal.includes('2026-02-24T00:01..2026-07-24'));
    assert.ok(compileTariffs(defaultTariffs).ok);
  });
});

describe('the one lookup by HTS number', () => {
  const steel = chapter99Layers.find((l) => l.program === 'section-232-steel' && l.rate === '50' && l.from === '2025-08-18')!;
  const steelNumber = steel.scope!.hts![0].padEnd(10, '0');
  const t = scheduleTariffs();
  const ids = (hts: string, origin: string, at: string) => layersFor(t, { hts, origin }, ms(at), new Set(), 'express').map((c) => c.v.program);
  it('a Section 232 line marks the item, so the Section 122 surcharge (which excepts Section 232 goods) is left out', () => {
    const on232 = ids(steelNumber, 'DE', '2026-03-01');
    assert.ok(on232.includes('section-232-steel'), on232.join());
    assert.ok(!on232.includes('section-122'), on232.join());
    assert.ok(ids('6109100012', 'DE', '2026-03-01').includes('section-122'));
  });
  it('chapter99LayersFor reads the same engine: the marks apply there too', () => {
    const layers = [...defaultTariffs.layers, ...chapter99Layers] as typeof chapter99Layers;
    const programs = chapter99LayersFor(layers, { hts: steelNumber, origin: 'DE', at: '2026-03-01', mode: 'express' }).map((l) => l.program);
    assert.deepEqual(
      programs.filter((p) => p === 'section-232-steel' || p === 'section-122'),
      ['section-232-steel'],
    );
  });
  it('returns the layers in the order of the set; refuses data the compiler refuses', () => {
    const layers = chapter99LayersFor(chapter99Layers, { hts: '8426190000', origin: 'CN', at: '2026-12-15' });
    assert.ok(layers.length >= 2, 'the cranes: Section 301 China and the 2026 crane action');
    const order = layers.map((l) => chapter99Layers.indexOf(l));
    assert.deepEqual(
      order,
      [...order].sort((a, b) => a - b),
    );
    assert.throws(() => chapter99LayersFor([steel, { ...steel }], { hts: steelNumber, origin: 'DE', at: '2026-03-01' }), /DUPLICATE_ID|used twice/);
  });
});

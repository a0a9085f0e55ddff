// The catalog tariff set: an mfn layer per number (general or column 2 by the catalog's origins),
// HTS-scoped layers and exceptions kept only where they reach the catalog, a valid set, and the
// same estimate without the schedule (as the widget prices it) as with it.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { bundledSchedule, catalogTariffs, checkTariffs, defaultTariffs, type Decision, type LayerVersion, type TariffSet } from '../../../../core/index.ts';
import { evaluateJson as evaluate } from '../../../../core/evaluate-json.ts';

const schedule = bundledSchedule();
const cite = [{ document: 'test', confidence: 'S' as const }];
const list4a: LayerVersion = {
  id: 's301-4a',
  program: 'section-301-china',
  title: 'list 4A',
  scope: { origins: ['CN'], hts: ['61091000', '8471'] },
  rate: '7.5',
  heading: '9903.88.15',
  summary: 's',
  citations: cite,
};
const other: LayerVersion = { ...list4a, id: 's301-3', heading: '9903.88.03', rate: '25', scope: { origins: ['CN'], hts: ['8501'] } };
const base: TariffSet = structuredClone(defaultTariffs);
base.layers.push(list4a, other);
base.layers.find((l) => l.id === 'section-122-surcharge')!.except!.push({ hts: ['61091000', '95030000'] });

it('builds a valid set with one mfn layer per number and only the layers that reach the catalog', () => {
  const r = catalogTariffs(schedule, base, [{ hts: '6109.10.0012', origin: 'CN' }, { hts: '6109100012', origin: 'RU' }, { hts: '0106490090' }]);
  assert.ok(r.ok);
  const checked = checkTariffs(r.tariffs);
  assert.ok(checked.ok, checked.ok ? '' : JSON.stringify(checked.issues));
  const ids = r.tariffs.layers.map((l) => l.id);
  assert.ok(ids.includes('s301-4a') && !ids.includes('s301-3'));
  assert.deepEqual(r.tariffs.layers.find((l) => l.id === 's301-4a')!.scope!.hts, ['61091000']);
  assert.deepEqual(r.tariffs.layers.find((l) => l.id === 'section-122-surcharge')!.except!.at(-1), { hts: ['61091000'] });
  const mfn = r.tariffs.layers.filter((l) => l.program === 'mfn').map((l) => [l.id, l.rate, l.scope!.origins ?? null]);
  assert.deepEqual(mfn, [
    ['mfn-6109100012', '16.5', ['CN']],
    ['mfn-6109100012-column-2', '90', ['RU']],
    ['mfn-0106490090', '0', null],
  ]);
});

it('prices an item without the schedule as with it', () => {
  const r = catalogTariffs(schedule, base, [{ hts: '6109.10.0012', origin: 'CN' }]);
  assert.ok(r.ok);
  const req = {
    arrival: '2026-12-15',
    mode: 'express' as const,
    shipFrom: 'CN',
    items: [{ price: { amount: '20.00', currency: 'USD' }, origin: 'CN', hts: '6109100012' }],
  };
  const widget = evaluate(req, { tariffs: r.tariffs });
  const cli = evaluate(req, { tariffs: base, schedule });
  assert.ok(widget.ok && cli.ok);
  const lines = (d: unknown) => (d as Decision).charges!.lines.map((l) => [l.program, l.heading, l.rate, l.amount]);
  assert.deepEqual(lines(widget.ok && widget.output), lines(cli.ok && cli.output));
  assert.equal(widget.ok && (widget.output as Decision).charges!.duty, '7.30');
});

it('refuses a bad catalog with paths', () => {
  const r = catalogTariffs(schedule, base, [{ hts: '61091000' }, { hts: '6109100012', origin: 'cn' }]);
  assert.ok(!r.ok);
  assert.deepEqual(
    r.issues.map((i) => i.path),
    ['[0].hts', '[1].origin'],
  );
  assert.ok(!catalogTariffs(schedule, base, 'x').ok);
});

// The widget ships the bundled tariff set without its editorial fields and with each version's
// citations folded into one (widget/build/trim-tariffs.ts). Every estimate must be the same as
// with the full set, across eras, origins, modes, values, flags and merchant layers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { NO_RATES } from '../../../core/index.ts';
import { bundledRules } from '../../../core/prepare.ts';
import { runPipeline } from '../../../core/pipeline.ts';
import { bundledTariffs, compileTariffs, defaultTariffs } from '../../../core/charges/index.ts';
import { trimTariffSet } from '../../../widget/build/trim-tariffs.ts';

test('the trimmed tariff set compiles and prices exactly as the full one', () => {
  const trimmed = compileTariffs(trimTariffSet(defaultTariffs));
  assert.ok(trimmed.ok, JSON.stringify(!trimmed.ok && trimmed.issues));
  assert.ok(JSON.stringify(trimTariffSet(defaultTariffs)).length < JSON.stringify(defaultTariffs).length * 0.7);
  const arrivals = [
    '2023-09-30',
    '2024-06-01',
    '2025-02-04',
    '2025-05-02',
    '2025-05-20',
    '2025-08-29',
    '2025-10-01',
    '2026-02-24',
    '2026-07-22',
    '2026-07-24',
    '2026-11-28',
    '2027-10-01',
  ];
  const items = [
    [{ price: { amount: '45.00', currency: 'USD' }, origin: 'DE' }],
    [{ price: { amount: '950.00', currency: 'USD' }, origin: 'CN', duties: [{ program: 'mfn', rate: '6.5' }] }],
    [{ price: { amount: '3000.00', currency: 'USD' }, origin: 'VN', duties: [{ program: 'mfn', perUnit: '0.5' }] }],
    [
      { price: { amount: '300.00', currency: 'USD' }, origin: 'MX', flags: ['fta-claimed'] },
      { price: { amount: '900.00', currency: 'USD' }, origin: 'BR', flags: ['section-232'] },
    ],
    [{ price: { amount: '90000.00', currency: 'USD' }, origin: 'GB', duties: [] }],
  ];
  let n = 0;
  for (const arrival of arrivals) {
    for (const mode of ['express', 'postal', 'ocean', 'truck']) {
      for (const it of items) {
        const req = { arrival, mode, shipFrom: 'GB', items: it };
        const a = runPipeline(req, { rules: bundledRules(), rates: NO_RATES, tariffs: bundledTariffs() });
        const b = runPipeline(req, { rules: bundledRules(), rates: NO_RATES, tariffs: trimmed.tariffs });
        assert.deepEqual(b, a, JSON.stringify(req));
        n++;
      }
    }
  }
  assert.ok(n >= 240);
});

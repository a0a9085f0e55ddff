// The widget ships the bundled rule set without its editorial fields (widget/build/trim-rules.ts).
// Every decision must be the same as with the full set, across eras, origins, modes, kinds,
// values, flags and HTS numbers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bundledRules } from '../../../core/prepare.ts';
import { decideRequest } from '../../../core/pipeline.ts';
import { compileRuleSet } from '../../../core/rules/compile.ts';
import { defaultRules } from '../../../core/rules/default-rules.ts';
import { trimRuleSet } from '../../../widget/build/trim-rules.ts';

test('the trimmed rule set compiles and decides exactly as the full one', () => {
  const trimmed = compileRuleSet(trimRuleSet(defaultRules));
  assert.ok(trimmed.ok, JSON.stringify(!trimmed.ok && trimmed.issues));
  const full = bundledRules();
  const arrivals = [
    '2012-01-01',
    '2015-11-20',
    '2016-03-10',
    '2025-02-05',
    '2025-05-02',
    '2025-05-20',
    '2025-06-01',
    '2025-08-29',
    '2026-02-24',
    '2026-06-24',
    '2026-07-24',
    '2026-11-28',
    '2027-07-01',
    '2030-01-01',
  ];
  const items = [
    [{ price: { amount: '45.00', currency: 'USD' }, origin: 'DE' }],
    [{ price: { amount: '650.00', currency: 'USD' }, origin: 'CN' }],
    [{ price: { amount: '3000.00', currency: 'USD' }, origin: 'VN', hts: '2204210000' }],
    [{ price: { amount: '90.00', currency: 'USD' }, origin: 'HK', flags: ['informational-material'] }],
    [
      { price: { amount: '300.00', currency: 'USD' }, origin: 'FR', flags: ['section-301'] },
      { price: { amount: '20.00', currency: 'USD' }, origin: 'FR', flags: ['alcoholic-perfume'] },
    ],
    [{ price: { amount: '10.00', currency: 'USD' }, origin: 'MX', flags: ['adcvd'] }],
  ];
  let n = 0;
  for (const arrival of arrivals) {
    for (const mode of ['express', 'postal', 'ocean']) {
      for (const kind of ['purchase', 'gift']) {
        for (const it of items) {
          const req = { arrival, mode, shipFrom: 'GU', kind, items: it };
          const a = decideRequest(req, full);
          const b = decideRequest(req, trimmed.rules);
          assert.deepEqual(b, a, JSON.stringify(req));
          n++;
        }
      }
    }
  }
  assert.ok(n > 400);
});

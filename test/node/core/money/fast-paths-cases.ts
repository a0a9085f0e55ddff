// The requests test/node/core/money/fast-paths.test.ts evaluates twice, with the core's fast paths
// on and off: seeded random batches and single shipments (currencies, gifts, flags, HTS numbers,
// orders, modes, 2015-2028), the benchmark's shipments with daily and quarterly rates, the odd
// amounts the fast amount parser declines, dates of exportation and dotted HTS numbers.
import fc from 'fast-check';
import { ratesTable, shipment } from '../../../../bench/evaluate.bench.ts';
import { FAST } from '../../../../core/build-flags.ts';
import { evaluateJson as evaluate } from '../../../../core/evaluate-json.ts';
import { arbBatch, fullRates } from '../arbitraries.ts';

/** Every answer, as JSON, and whether the fast paths were on. */
export function answers(): string {
  const out: unknown[] = [];
  const full = fullRates();
  for (const batch of fc.sample(arbBatch, { numRuns: 600, seed: 321 })) {
    out.push(evaluate({ shipments: batch }, { rates: full }));
    out.push(evaluate(batch[0], { rates: full }));
  }
  const bench = ratesTable();
  for (let i = 0; i < 3000; i++) out.push(evaluate(shipment(i * 37), { rates: bench }));
  out.push(evaluate({ shipments: Array.from({ length: 200 }, (_, i) => ({ ...shipment(i), recipient: { id: `R${i % 7}` } })) }, { rates: bench }));
  const amounts = ['1', '12.5', '12.500', '12.501', '0000000000001250', '9007199254740991', '12345678901234567', '1.', '.5', '1e3', '-1'];
  for (const amount of amounts) {
    for (const currency of ['USD', 'JPY', 'BHD', 'EUR']) {
      out.push(evaluate({ arrival: '2025-06-01', mode: 'express', shipFrom: 'DE', items: [{ price: { amount, currency }, origin: 'DE' }] }, { rates: full }));
    }
  }
  // dates of exportation (a date, an instant) and HTS numbers with and without dots
  for (const exportDate of [undefined, '2025-05-30', '2025-05-30T23:30:00-04:00', '2025-06-02']) {
    for (const hts of ['2204215000', '2204.21.5000', '4901.99.0093', '6109.10.0012']) {
      for (const mode of ['express', 'postal']) {
        const item = { price: { amount: '120.00', currency: 'EUR' }, origin: 'FR', hts };
        out.push(evaluate({ arrival: '2025-06-01', ...(exportDate ? { exportDate } : {}), mode, shipFrom: 'FR', items: [item, { ...item, flags: ['adcvd'] }] }, { rates: full }));
        out.push(evaluate({ arrival: '2026-08-01', ...(exportDate ? { exportDate: exportDate.replace('2025-0', '2026-0') } : {}), mode, shipFrom: 'FR', items: [item] }, { rates: full }));
      }
    }
  }
  return JSON.stringify({ fast: FAST, out });
}

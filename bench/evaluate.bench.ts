// Evaluation throughput (issue 2): single-item shipments with a rates table, evaluated one
// request at a time on one core; also batches of 1,000 (aggregation on). Target: >= 500,000
// single-item decisions per second. Inputs are generated on the fly from a fixed seed so the
// benchmark measures the engine, not the garbage collector holding a million inputs.
import { bundledRules, compileRates, evaluateRequest } from '../core/index.ts';

const ORIGINS = ['DE', 'CN', 'GB', 'VN', 'JP', 'FR', 'MX', 'HK', 'IT', 'KR'];
const CURRENCIES = ['USD', 'EUR', 'GBP', 'JPY', 'CAD'];
const MODES = ['express', 'air', 'postal', 'truck'] as const;

/** A quarterly rate for every quarter 2015-2027 and a few daily rates, per currency. */
export function ratesTable() {
  const base: Record<string, number> = { EUR: 0.925, GBP: 0.792, JPY: 151.35, CAD: 1.381 };
  const table: Record<string, { date: string; kind: 'quarterly' | 'daily'; unitsPerUsd: string }[]> = {};
  for (const [cur, b] of Object.entries(base)) {
    const list: { date: string; kind: 'quarterly' | 'daily'; unitsPerUsd: string }[] = (table[cur] = []);
    for (let y = 2015; y <= 2027; y++) {
      for (const m of [1, 4, 7, 10]) {
        const wobble = 1 + (((y * 7 + m) % 9) - 4) / 100;
        list.push({ date: `${y}-${String(m).padStart(2, '0')}-02`, kind: 'quarterly', unitsPerUsd: (b * wobble).toFixed(4) });
        list.push({ date: `${y}-${String(m).padStart(2, '0')}-15`, kind: 'daily', unitsPerUsd: (b * wobble * 1.06).toFixed(4) });
      }
    }
  }
  return table;
}

export function rates() {
  const r = compileRates(ratesTable());
  if (!r.ok) throw new Error('bench rates invalid');
  return r.rates;
}

/** A deterministic single-item shipment; arrival dates cycle over 2015-2027. */
export function shipment(i: number) {
  const cur = CURRENCIES[i % 5];
  const year = 2015 + (i % 13);
  const day = 1 + (i % 28);
  const quarterMonth = year === 2015 || year === 2025 ? 4 + (i % 3) : 1 + (i % 12);
  const amount = cur === 'JPY' ? String(1000 + (i % 150000)) : `${10 + (i % 1200)}.${String(i % 100).padStart(2, '0')}`;
  return {
    id: `S${i}`,
    arrival: `${year}-${String(quarterMonth).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
    mode: MODES[i % 4],
    shipFrom: ORIGINS[(i + 3) % 10],
    recipient: { id: `R${i % 50000}` },
    items: [{ description: 'item', quantity: 1 + (i % 3), price: { amount, currency: cur }, origin: ORIGINS[i % 10] }],
  };
}

export async function run() {
  const rules = bundledRules();
  const r = rates();
  // warm up
  for (let i = 0; i < 20000; i++) evaluateRequest(shipment(i), rules, r);
  const N = 400000;
  let t0 = performance.now();
  let exempt = 0;
  for (let i = 0; i < N; i++) {
    const out = evaluateRequest(shipment(i), rules, r);
    if (!out.ok) throw new Error(`bench input invalid: ${JSON.stringify(out.issues[0])}`);
    if (out.decisions[0].exempt) exempt++;
  }
  const single = N / ((performance.now() - t0) / 1000);
  // the cost of generating the inputs alone, reported so the figure can be read honestly
  t0 = performance.now();
  let sink = 0;
  for (let i = 0; i < N; i++) sink += shipment(i).items.length;
  const genMs = performance.now() - t0;
  const B = 1000;
  t0 = performance.now();
  for (let i = 0; i < N; i += B) {
    const batch = [];
    for (let k = 0; k < B; k++) batch.push(shipment(i + k));
    const out = evaluateRequest({ shipments: batch }, rules, r);
    if (!out.ok) throw new Error('bench batch invalid');
  }
  const batched = N / ((performance.now() - t0) / 1000);
  return {
    evaluatePerSec: Math.round(single),
    evaluateBatch1000PerSec: Math.round(batched),
    evaluateInputGenMsPer100k: Math.round((genMs / N) * 100000 * 10) / 10,
    evaluateExemptShare: Math.round((exempt / N) * 1000) / 1000 + sink * 0,
  };
}

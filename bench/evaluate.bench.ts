// Evaluation throughput: single-item shipments with a rates table, evaluated one
// request at a time on one core (validation, normalization, conversion, rule selection, decision
// with its reasons, and the charges of every decision that is not exempt); also batches of 1,000 (aggregation on). Target: >= 500,000 single-item
// decisions per second. Inputs are 100,000 distinct deterministic shipments over 2015-2027, five
// currencies and four modes; the figure is the best of three rounds (the machine is shared).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type * as Core from './bench-core.ts';
import { bundleCore } from './bundle-core.ts';
import { compileRates } from '../core/index.ts';

async function bundledCore(): Promise<typeof Core> {
  const dir = mkdtempSync(join(tmpdir(), 's321-bench-core-'));
  try {
    return (await import(await bundleCore(dir))) as typeof Core;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

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

/** Best of `rounds` timings of f over n iterations, in operations per second. */
function bestRate(n: number, rounds: number, f: (i: number) => void): number {
  let best = Infinity;
  for (let r = 0; r < rounds; r++) {
    const t0 = performance.now();
    for (let i = 0; i < n; i++) f(i);
    best = Math.min(best, performance.now() - t0);
  }
  return n / (best / 1000);
}

export async function run() {
  const { bundledRules, bundledTariffs, decideRequest, runPipeline, compileRates: compile } = await bundledCore();
  const rules = bundledRules();
  const tariffs = bundledTariffs();
  const compiled = compile(ratesTable());
  if (!compiled.ok) throw new Error('bench rates invalid');
  const r = compiled.rates;
  const engine = { rules, rates: r, tariffs };
  // 100,000 distinct inputs, built before timing (as a parser would hand them over), cycled
  const POOL = 100_000;
  const pool = Array.from({ length: POOL }, (_, i) => shipment(i));
  let exempt = 0;
  for (let i = 0; i < POOL; i++) {
    const out = decideRequest(pool[i], rules, r);
    if (!out.ok) throw new Error(`bench input invalid: ${JSON.stringify(out.issues[0])}`);
    if (out.decisions[0].exempt) exempt++;
  }
  const N = 500_000;
  // every door prints decisions with their charges (core/charges): that is the figure
  const single = bestRate(N, 3, (i) => {
    runPipeline(pool[i % POOL], engine);
  });
  const withoutCharges = bestRate(N, 3, (i) => {
    decideRequest(pool[i % POOL], rules, r);
  });
  // batches of 1,000 (aggregation by person-day and order on)
  const B = 1000;
  const batches = Array.from({ length: POOL / B }, (_, k) => ({ shipments: pool.slice(k * B, (k + 1) * B) }));
  const batched =
    bestRate(N / B, 3, (k) => {
      runPipeline(batches[k % batches.length], engine);
    }) * B;
  return {
    evaluatePerSec: Math.round(single),
    evaluateWithoutChargesPerSec: Math.round(withoutCharges),
    evaluateBatch1000PerSec: Math.round(batched),
    evaluateExemptShare: Math.round((exempt / POOL) * 1000) / 1000,
  };
}

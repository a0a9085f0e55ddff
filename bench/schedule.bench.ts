// The tariff schedule: load time and heap of the bundled edition in a fresh Node process (target
// <= 150 ms), lookups per second (target >= 1,000,000), and evaluations per second of
// single-item shipments whose items carry only an HTS number, priced with the schedule (target
// >= 400,000). The core is measured as it ships (one bundle of the engine's entry points,
// bench/bench-core.ts), as in evaluate.bench.ts.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type * as Core from './bench-core.ts';
import { bundleCore } from './bundle-core.ts';

const ORIGINS = ['CN', 'VN', 'DE', 'GB', 'MX', 'IN', 'JP', 'BR'];

export async function run() {
  const dir = mkdtempSync(join(tmpdir(), 's321-bench-schedule-'));
  try {
    const core = await bundleCore(dir);
    // load in a fresh process: import of the bundled core (the schedule's module with it) and the
    // first bundledSchedule(); the heap it keeps after a full collection
    const probe = join(dir, 'probe.mjs');
    writeFileSync(
      probe,
      `gc(); const h0 = process.memoryUsage().heapUsed; const t0 = performance.now();
const m = await import(${JSON.stringify(core)}); const t1 = performance.now(); const s = m.bundledSchedule(); const t2 = performance.now();
gc(); const h1 = process.memoryUsage().heapUsed; console.log(JSON.stringify({ importMs: t1 - t0, loadMs: t2 - t1, heapMB: (h1 - h0) / 1048576, size: s.size }));`,
    );
    const loads: Array<{ importMs: number; loadMs: number; heapMB: number }> = [];
    for (let i = 0; i < 3; i++) {
      const r = spawnSync(process.execPath, ['--expose-gc', probe], { encoding: 'utf8' });
      if (r.status !== 0) throw new Error(r.stderr);
      loads.push(JSON.parse(r.stdout));
    }
    const best = loads.reduce((a, b) => (a.importMs + a.loadMs <= b.importMs + b.loadMs ? a : b));
    const m = (await import(core)) as typeof Core;
    const schedule = m.bundledSchedule();
    const numbers = [...schedule.numbers()];
    const N = 2_000_000;
    let bestMs = Infinity,
      found = 0;
    for (let r = 0; r < 3; r++) {
      const t0 = performance.now();
      for (let i = 0; i < N; i++) if (schedule.lookup(numbers[(i * 7919) % numbers.length])) found++;
      bestMs = Math.min(bestMs, performance.now() - t0);
    }
    if (found !== 3 * N) throw new Error('lookup missed');
    const lookupsPerSec = N / (bestMs / 1000);
    // single-item shipments with only an HTS number (and a net quantity in kg for the rates that
    // need one), CN/VN/... origins, arrivals in 2026-2027, priced with the schedule
    const rules = m.bundledRules();
    // the set the command line prices with: the bundled one and the Chapter 99 layers by number
    const tariffs = m.scheduleTariffs();
    const engine = { rules, rates: m.NO_RATES, tariffs, schedule };
    const POOL = 50_000;
    const pool = Array.from({ length: POOL }, (_, i) => ({
      id: `h${i}`,
      arrival: `2026-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
      mode: i % 3 ? 'express' : 'air',
      shipFrom: ORIGINS[i % ORIGINS.length],
      items: [
        {
          price: { amount: `${10 + (i % 900)}.${String(i % 100).padStart(2, '0')}`, currency: 'USD' },
          origin: ORIGINS[i % ORIGINS.length],
          hts: numbers[(i * 104729) % numbers.length],
        },
      ],
    }));
    let complete = 0;
    for (const s of pool) {
      const r = m.runPipeline(s, engine);
      if (!r.ok) throw new Error(JSON.stringify(r.issues[0]));
      if (r.decisions[0].charges?.complete) complete++;
    }
    const E = 300_000;
    // the same shipments without their HTS numbers, in the same process: the ratio is the cost of
    // the schedule on a machine whose absolute figures vary with its load (rounds alternate, so
    // neither side has the warmer JIT)
    const plain = pool.map((p) => ({ ...p, items: [{ price: p.items[0].price, origin: p.items[0].origin }] }));
    let bestE = Infinity,
      bestP = Infinity;
    for (let r = 0; r < 4; r++) {
      let t0 = performance.now();
      for (let i = 0; i < E; i++) m.runPipeline(plain[i % POOL], engine);
      bestP = Math.min(bestP, performance.now() - t0);
      t0 = performance.now();
      for (let i = 0; i < E; i++) m.runPipeline(pool[i % POOL], engine);
      bestE = Math.min(bestE, performance.now() - t0);
    }
    return {
      scheduleImportMs: Math.round(best.importMs),
      scheduleLoadMs: Math.round(best.loadMs),
      scheduleHeapMB: Math.round(best.heapMB * 10) / 10,
      scheduleNumbers: schedule.size,
      scheduleLookupsPerSec: Math.round(lookupsPerSec),
      evaluateHtsOnlyPerSec: Math.round(E / (bestE / 1000)),
      evaluateSamePoolWithoutHtsPerSec: Math.round(E / (bestP / 1000)),
      evaluateHtsOnlyCompleteShare: Math.round((complete / POOL) * 1000) / 1000,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

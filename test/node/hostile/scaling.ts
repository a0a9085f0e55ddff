// Scaling checks for hostile shapes (issue 22): the same shape at 1x, 2x and 4x, timed in CPU
// time (process.cpuUsage: less disturbed than wall time by other work on a shared machine), the
// best of a few runs each. A test compares the ratio 4x/1x, never an absolute time: near-linear
// work gives about 4 (N log N a little more), quadratic work 16.
import assert from 'node:assert/strict';

function cpuMs(run: () => unknown): number {
  const t = process.cpuUsage();
  run();
  const d = process.cpuUsage(t);
  return (d.user + d.system) / 1000;
}

export interface Scaling {
  ms: [number, number, number];
  /** time at 4x over time at 1x */
  ratio: number;
}

/** Times `run(make(n))` for n = base, 2 base, 4 base (inputs built outside the timing). */
export function scaling<T>(base: number, make: (n: number) => T, run: (input: T) => unknown, repeats = 3): Scaling {
  const ms = [1, 2, 4].map((k) => {
    const input = make(base * k);
    let best = Infinity;
    for (let r = 0; r < repeats; r++)
      best = Math.min(
        best,
        cpuMs(() => run(input)),
      );
    return best;
  }) as [number, number, number];
  return { ms, ratio: ms[2] / Math.max(ms[0], 0.01) };
}

/** Asserts near-linear growth: 4x the input takes less than `max` times as long (default 8:
 * well above N log N's 4.5 plus noise, well below quadratic's 16). */
export function assertNearLinear(s: Scaling, what: string, max = 8): void {
  assert.ok(
    s.ratio < max,
    `${what}: 4x the input took ${s.ratio.toFixed(1)}x as long (${s.ms.map((m) => m.toFixed(0)).join(' / ')} ms at 1x / 2x / 4x): expected near-linear (< ${max}x)`,
  );
}

/** `scaling` for async work (the export): CPU time of the whole run, best of `repeats`. */
export async function scalingAsync<T>(base: number, make: (n: number) => T, run: (input: T) => Promise<unknown>, repeats = 2): Promise<Scaling> {
  const ms: number[] = [];
  for (const k of [1, 2, 4]) {
    const input = make(base * k);
    let best = Infinity;
    for (let r = 0; r < repeats; r++) {
      const t = process.cpuUsage();
      await run(input);
      const d = process.cpuUsage(t);
      best = Math.min(best, (d.user + d.system) / 1000);
    }
    ms.push(best);
  }
  return { ms: ms as [number, number, number], ratio: ms[2] / Math.max(ms[0], 0.01) };
}

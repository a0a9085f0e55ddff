// `s321 export` throughput and memory: 1,000,000 generated order rows, CSV in,
// data-pilot NDJSON out (evaluate, build, validate, serialize), and in the same run a
// passthrough that only parses the same CSV and writes each row as NDJSON. Each side runs in its
// own child process, so exportPeakRssMb is that process's own peak resident set
// (VmHWM, see peakRssMb), not the bench runner's. Temp files go under os.tmpdir().
// Targets: exportPerSec >= 100,000 and >= 40% of passthroughPerSec; peak RSS <= 300 MB.
// exportShareOfPassthroughCpu is the same share in CPU time, steadier on a shared machine.
import { spawnSync } from 'node:child_process';
import { createReadStream, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROWS = Number(process.env.S321_BENCH_EXPORT_ROWS ?? 1_000_000);
const self = fileURLToPath(import.meta.url);

async function child(mode: string, input: string, output: string): Promise<void> {
  const { readCsv, TextOut } = await import('../cli/records-io.ts');
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  let rows = 0;
  if (mode === 'passthrough') {
    const out = await TextOut.file(output);
    for await (const r of readCsv(createReadStream(input, { highWaterMark: 1 << 16 }))) {
      rows++;
      await out.write(JSON.stringify(r.cells ?? r.problems) + '\n');
    }
    await out.end();
  } else {
    const { runExport, tuneHeapForExport } = await import('../cli/records-export.ts');
    tuneHeapForExport(); // as `s321 export` does
    const { bundledSchedule, compileRates, scheduleTariffs } = await import('../core/index.ts');
    const { bundledRules } = await import('../core/prepare.ts');
    const { ordersRates } = await import('../scripts/gen-orders.ts');
    const rates = compileRates(ordersRates());
    if (!rates.ok) throw new Error('rates');
    const out = await TextOut.file(output);
    const errOut = await TextOut.file(output + '.errors');
    const counts = await runExport(
      readCsv(createReadStream(input, { highWaterMark: 1 << 16 })),
      {
        profile: 'data-pilot',
        participant: 'ONLINE_MARKETPLACE',
        originator: 'BENCH01',
        rules: bundledRules(),
        rates: rates.rates,
        approximateRates: null,
        tariffs: scheduleTariffs(),
        schedule: bundledSchedule(),
        window: 14,
        format: 'ndjson',
      },
      out,
      { reject: (r) => errOut.write(JSON.stringify(r) + '\n'), end: () => errOut.end() },
    );
    if (counts.read !== counts.written + counts.rejected) throw new Error('export lost rows');
    rows = counts.read;
    process.stderr.write(`export: read ${counts.read}, written ${counts.written}, rejected ${counts.rejected}\n`);
  }
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  process.stdout.write(JSON.stringify({ rows, ms, cpuMs: (cpu.user + cpu.system) / 1000, maxRssMb: peakRssMb() }) + '\n');
}

/** This file bundled as it ships (one file, like dist-cli/s321.mjs): under a TypeScript loader
 * every cross-module call goes through an export getter, and the figures would measure that. */
async function bundleSelf(dir: string): Promise<string> {
  const { build } = await import('vite');
  await build({
    configFile: false,
    logLevel: 'warn',
    build: { ssr: self, outDir: dir, emptyOutDir: false, target: 'node20', minify: false, rolldownOptions: { output: { entryFileNames: 'export-bench.mjs' } } },
    // the child needs neither the bundler nor the row generator: keep them out of its memory
    ssr: { noExternal: true, external: ['vite'], target: 'node' },
  });
  return join(dir, 'export-bench.mjs');
}

/** This process's own peak resident set. On Linux, VmHWM belongs to the address space that exec
 * created; getrusage's maxRSS of a spawned child starts from the parent's peak at fork time, so
 * it reported the bench runner's memory (the row generator), not the export's. */
function peakRssMb(): number {
  try {
    const m = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync('/proc/self/status', 'utf8'));
    if (m) return Number(m[1]) / 1024;
  } catch {
    // not Linux: fall back to getrusage
  }
  return process.resourceUsage().maxRSS / 1024;
}

function runChild(bundle: string, mode: string, input: string, output: string): { rows: number; ms: number; cpuMs: number; maxRssMb: number } {
  const r = spawnSync(process.execPath, [bundle, '--child', mode, input, output], { encoding: 'utf8', maxBuffer: 1 << 24 });
  if (r.status !== 0) throw new Error(`${mode} child failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').at(-1)!);
}

export async function run() {
  const { writeOrdersCsv } = await import('../scripts/gen-orders.ts');
  const dir = mkdtempSync(join(tmpdir(), 's321-bench-export-'));
  try {
    const csv = join(dir, 'orders.csv');
    const t0 = performance.now();
    await writeOrdersCsv(csv, ROWS, { seed: 2026, bad: Math.round(ROWS / 1000) });
    const genMs = performance.now() - t0;
    const bundle = await bundleSelf(join(dir, 'bundle'));
    const pass = runChild(bundle, 'passthrough', csv, join(dir, 'pass.ndjson'));
    const exp = runChild(bundle, 'export', csv, join(dir, 'records.ndjson'));
    const exportPerSec = Math.round(exp.rows / (exp.ms / 1000));
    const passthroughPerSec = Math.round(pass.rows / (pass.ms / 1000));
    return {
      exportPerSec,
      passthroughPerSec,
      exportPeakRssMb: Math.round(exp.maxRssMb),
      exportShareOfPassthrough: Math.round((exportPerSec / passthroughPerSec) * 1000) / 1000,
      passthroughPeakRssMb: Math.round(pass.maxRssMb),
      exportRows: exp.rows,
      exportInputMb: Math.round(statSync(csv).size / 1e6),
      exportGenMs: Math.round(genMs),
      // the same share in CPU time (user + system of each child, its GC and I/O threads
      // included): on a shared machine wall time also counts the time other work held the cores
      exportShareOfPassthroughCpu: Math.round((pass.cpuMs / pass.rows / (exp.cpuMs / exp.rows)) * 1000) / 1000,
      exportCpuMsPerKRow: Math.round((exp.cpuMs / exp.rows) * 1000 * 10) / 10,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[2] === '--child') {
  await child(process.argv[3], process.argv[4], process.argv[5]);
}

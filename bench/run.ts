// `npm run bench`: runs every bench/*.bench.ts, each returning figures; prints progress lines and
// ends with ONE JSON line merging all figures (a benchmark, not a test: no pass/fail here).
import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';

const dir = dirname(fileURLToPath(import.meta.url));
const only = process.argv[2];
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts') && (!only || f.includes(only)))
  .sort();
const figures: Record<string, number | string> = {};
for (const f of files) {
  const mod = (await import(pathToFileURL(join(dir, f)).href)) as { run: () => Promise<Record<string, number | string>> };
  const t0 = performance.now();
  const r = await mod.run();
  process.stdout.write(`${f}: ${JSON.stringify(r)} (${Math.round(performance.now() - t0)} ms)\n`);
  Object.assign(figures, r);
}
process.stdout.write(JSON.stringify(figures) + '\n');

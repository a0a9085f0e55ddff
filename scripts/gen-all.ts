// `npm run gen`: regenerates every generated file (scripts/generated.ts lists them), one
// generator after another in its order. A generator whose input is outside the repository and
// missing is skipped with one line. The visible-price weights are fitted again only when the stamp
// of their inputs changed (a fit takes minutes); `--all` fits them anyway.
//
//   npm run gen            regenerate
//   npm run gen -- --check say which generated files are stale (exit code 1 when any is)
import { spawnSync } from 'node:child_process';
import { GENERATED, staleFiles } from './generated.ts';

const check = process.argv.includes('--check');
const all = process.argv.includes('--all');
let stale = 0;
let failed = 0;
for (const set of GENERATED) {
  const absent = set.absent();
  if (absent) {
    process.stdout.write(`skipped ${set.command}: ${absent} is not there\n`);
    continue;
  }
  if (check) {
    for (const file of await staleFiles(set)) {
      stale++;
      process.stderr.write(`${file} is stale: run ${set.command}\n`);
    }
    continue;
  }
  const fitted = set.run.includes('--write');
  if (fitted && !all && (await staleFiles(set)).length === 0) {
    process.stdout.write(`${set.command}: up to date (the inputs' stamp is unchanged; --all fits again)\n`);
    continue;
  }
  process.stdout.write(`${set.command}\n`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', ...set.run], { stdio: 'inherit' });
  if (r.status !== 0) {
    failed++;
    process.stderr.write(`${set.command} failed (exit code ${r.status})\n`);
  }
}
if (check && !stale) process.stdout.write('every generated file is up to date\n');
process.exitCode = stale || failed ? 1 : 0;

// The one staleness test: every generated file (scripts/generated.ts) holds what its generator
// writes today, and the failure names each stale file with the command that regenerates it
// (`npm run gen` regenerates them all). Generators whose input is outside the repository and
// absent are named in the test's diagnostics and not checked.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { GENERATED, staleFiles } from '../../../scripts/generated.ts';

test('every generated file is up to date with its generator (npm run gen regenerates them)', async (t) => {
  const stale: string[] = [];
  for (const set of GENERATED) {
    const absent = set.absent();
    if (absent) {
      t.diagnostic(`not checked: ${set.command} reads ${absent}, which is not there`);
      continue;
    }
    for (const file of await staleFiles(set)) stale.push(`${file} (${set.command})`);
  }
  assert.deepEqual(stale, [], `stale generated files: ${stale.join(', ')}; run npm run gen`);
});

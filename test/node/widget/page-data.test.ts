// The compact data the pages ship is committed (scripts/gen-page-data.ts): each file must be
// what the generator writes from its source today, or `npm run gen:page-data` was forgotten.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { pageDataFiles } from '../../../scripts/gen-page-data.ts';

for (const f of pageDataFiles()) {
  test(`${f.path} is up to date (npm run gen:page-data)`, () => {
    const committed = readFileSync(new URL(`../../../${f.path}`, import.meta.url), 'utf8');
    assert.ok(committed === f.text, `${f.path} is stale: run npm run gen:page-data and commit it`);
  });
}

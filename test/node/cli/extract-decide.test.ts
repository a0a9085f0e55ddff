// `s321 extract --decide`: what the popup would answer for each page (extension/answer.ts), with
// nothing typed: the decision, the estimate or its range, the kinds of product, what was guessed
// and what would still be asked. Real saved pages from ../shared/fixtures, read at run time.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
async function s321(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const r = await run(process.execPath, ['--import', 'tsx', 'cli/s321.ts', ...args], { maxBuffer: 1 << 24 });
    return { code: 0, ...r };
  } catch (e) {
    const x = e as { code: number; stdout: string; stderr: string };
    return { code: x.code, stdout: x.stdout, stderr: x.stderr };
  }
}
const GBP = resolve('../shared/fixtures/zyte-dev/html/cb061364938de7b9d9e0d382810f060246464533194c5f4666c34c2f75eb02fc.html.gz');
const WAYFAIR = resolve('../shared/fixtures/pages/wayfair-com--armchair.html');
const skip = existsSync(GBP) && existsSync(WAYFAIR) ? false : '../shared/fixtures is absent';

test('a pound page: decided, a range over the kinds of product, the guesses, nothing asked', { skip }, async () => {
  const r = await s321('extract', GBP, '--url', 'https://www.amazon.co.uk/dp/B07C8KMQQ6', '--decide', '--date', '2026-12-07');
  assert.equal(r.code, 0, r.stderr);
  const { answer } = JSON.parse(r.stdout);
  assert.deepEqual(answer.decision, { exempt: false, entry: 'informal', reason: 'SUSPENDED_ALL_COUNTRIES', answer: 'decided' });
  assert.equal(answer.products.length, 4);
  assert.ok(Number(answer.estimate.low) < Number(answer.estimate.high));
  assert.deepEqual(answer.inferred.map((i: { kind: string }) => i.kind).sort(), ['origin', 'product', 'rate', 'ships-from']);
  assert.deepEqual(answer.missing, []);
});

test('several pages: one line each; a page naming no country says what would be asked', { skip }, async () => {
  const r = await s321('extract', WAYFAIR, GBP, '--decide', '--date', '2026-12-07');
  const lines = r.stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
  const way = lines.find((l) => l.file === WAYFAIR);
  assert.ok(way?.answer, JSON.stringify(way));
  assert.equal(way.answer.decision, null);
  assert.deepEqual(way.answer.missing, ['origin', 'ships-from']);
});

test('a bad --date is a usage error in one line', async () => {
  const r = await s321('extract', 'x.html', '--decide', '--date', 'tomorrow');
  assert.equal(r.code, 2);
  assert.match(r.stderr, /--date: expected a day YYYY-MM-DD/);
  assert.doesNotMatch(r.stderr, /\n\s+at /);
});

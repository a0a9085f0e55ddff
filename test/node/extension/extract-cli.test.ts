// `s321 extract`: the command line prints the same drafts as the adapters give in the
// tests (and in Chromium, test/browser/extension), and reports bad input in one line.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { join } from 'node:path';
import { GENERIC_DIR, genericPages, sharedPages, SHARED_DIR } from './fixtures.ts';

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

test('prints the expected draft for every committed generic page', async () => {
  const pages = genericPages();
  const results = await Promise.all(pages.map((p) => s321('extract', join(GENERIC_DIR, `${p.name}.html`), '--url', p.url, '--adapter', 'generic')));
  pages.forEach((p, i) => {
    assert.equal(results[i].code, 0, results[i].stderr);
    assert.deepEqual(JSON.parse(results[i].stdout), p.draft, p.name);
  });
});

test('prints the golden drafts for the shared real pages', async (t) => {
  const shared = sharedPages();
  if ('skip' in shared) return t.skip(shared.skip);
  const results = await Promise.all(shared.pages.map((p) => s321('extract', join(SHARED_DIR, p.file), '--url', p.url)));
  shared.pages.forEach((p, i) => {
    assert.equal(results[i].code, 0, results[i].stderr);
    const d = JSON.parse(results[i].stdout);
    // a page no site adapter claims is read by the generic adapter
    if (d.adapter === 'generic') assert.deepEqual(d, shared.drafts[p.file], p.file);
    assert.equal(d.price, d.adapter === 'generic' && p.file.startsWith('amazon') ? null : p.price, p.file);
  });
});

test('bad input is one clear line and exit code 2, never a stack trace', async () => {
  const cases: Array<[string[], RegExp]> = [
    [['extract'], /takes one FILE\.html, got 0/],
    [['extract', 'missing.html', '--url', 'https://a.example/'], /missing\.html: cannot read \(no such file\)/],
    [['extract', join(GENERIC_DIR, 'microdata.html')], /names no canonical URL; give one with --url/],
    [['extract', join(GENERIC_DIR, 'microdata.html'), '--url', 'javascript:alert(1)'], /--url: expected an http\(s\) URL/],
    [['extract', join(GENERIC_DIR, 'microdata.html'), '--url', 'https://a.example/', '--adapter', 'nope'], /unknown adapter "nope"; known: .*generic/],
    [['extract', join(GENERIC_DIR, 'microdata.html'), '--bogus'], /Unknown option '--bogus'/],
  ];
  for (const [args, re] of cases) {
    const r = await s321(...args);
    assert.equal(r.code, 2, args.join(' '));
    assert.match(r.stderr, re);
    assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
    assert.equal(r.stdout, '');
  }
});

test('--help documents the options', async () => {
  const r = await s321('extract', '--help');
  assert.equal(r.code, 0);
  assert.match(r.stdout, /--url URL/);
  assert.match(r.stdout, /--adapter ID/);
});

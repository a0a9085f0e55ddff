// `s321 extract`: the command line prints the same drafts as the adapters give in the
// tests (and in Chromium, test/browser/extension), and reports bad input in one line.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { join } from 'node:path';
import { mkdtemp, mkdir, writeFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { gzipSync } from 'node:zlib';
import { GENERIC_DIR, genericPages, sharedPages, SHARED_DIR } from '../extension/adapters/generic-fixtures.ts';

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
    [['extract'], /takes one FILE\.html, several, or a folder; got none/],
    [['extract', join(GENERIC_DIR, 'microdata.html'), join(GENERIC_DIR, 'jsonld-offer.html'), '--url', 'https://a.example/'], /--url names one page/],
    [['extract', GENERIC_DIR, 'no-such-folder'], /no-such-folder: cannot read \(no such file or folder\)/],
    [['extract', 'missing.html', '--url', 'https://a.example/'], /missing\.html: cannot read \(no such file\)/],
    [['extract', join(GENERIC_DIR, 'microdata.html')], /names no canonical URL; give one with --url/],
    [['extract', join(GENERIC_DIR, 'microdata.html'), '--url', 'javascript:alert(1)'], /--url: expected an http\(s\) URL/],
    [['extract', join(GENERIC_DIR, 'microdata.html'), '--url', 'https://a.example/', '--adapter', 'nope'], /unknown adapter "nope"; known: .*generic/],
    [['extract', join(GENERIC_DIR, 'microdata.html'), '--bogus'], /unknown option `--bogus`/],
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

test('several pages and folders: one JSON line per page in file order, gzip pages read, an unreadable page is an error line and exit 1', async () => {
  const dir = await mkdtemp(join(tmpdir(), 's321-extract-'));
  try {
    const page = (name: string, price: string) =>
      `<html><head><link rel="canonical" href="https://shop.example/${name}"><title>${name}</title>` +
      `<script type="application/ld+json">{"@type":"Product","name":"${name}","offers":{"price":"${price}","priceCurrency":"EUR"}}</script></head><body></body></html>`;
    await mkdir(join(dir, 'more'));
    await writeFile(join(dir, 'a.html'), page('lamp', '12.50'));
    await writeFile(join(dir, 'more', 'b.html.gz'), gzipSync(page('vase', '30')));
    await writeFile(join(dir, 'c.htm'), '<html><body>no address</body></html>');
    await writeFile(join(dir, 'notes.txt'), 'not a page');
    const r = await s321('extract', dir);
    assert.equal(r.code, 1, r.stderr);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    assert.deepEqual(
      lines.map((l) => l.file),
      [join(dir, 'a.html'), join(dir, 'c.htm'), join(dir, 'more', 'b.html.gz')],
    );
    assert.equal(lines[0].draft.price, '12.50');
    assert.equal(lines[0].draft.currency, 'EUR');
    assert.match(lines[1].error, /c\.htm: the page names no canonical URL/);
    assert.equal(lines[2].draft.title, 'vase');
    assert.equal(lines[2].draft.price, '30.00');
    assert.match(r.stderr, /c\.htm: the page names no canonical URL/);
    assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
    const two = await s321('extract', join(dir, 'a.html'), join(dir, 'more', 'b.html.gz'));
    assert.equal(two.code, 0, two.stderr);
    assert.equal(two.stdout.trim().split('\n').length, 2);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

// `s321 classify`: JSON lines in, JSON lines out, in input order; a bad line is reported with its
// number and the others are classified. The products are our own, made up for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, spawn } from 'node:child_process';
import { promisify } from 'node:util';
import { join } from 'node:path';
import { mkdtemp, writeFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';

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

function stdin(input: string, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const p = spawn(process.execPath, ['--import', 'tsx', 'cli/s321.ts', ...args]);
    let stdout = '';
    let stderr = '';
    p.stdout.on('data', (d) => (stdout += d));
    p.stderr.on('data', (d) => (stderr += d));
    p.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
    p.stdin.end(input);
  });
}

const PRODUCTS = [
  {
    id: 'p1',
    title: 'Hoop earrings, gold plated',
    breadcrumbs: ['Jewelry & Accessories', 'Fashion Jewelry', 'Earrings'],
    attributes: { Material: 'Zinc Alloy' },
  },
  { id: 'p2', title: "Men's short sleeve cotton T-shirt", breadcrumbs: ["Men's Clothing", 'Tops & Tees'] },
  { id: 3, title: 'Bluetooth wireless headphones, over-ear' },
];

async function withFile<T>(text: string, f: (file: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 's321-classify-'));
  try {
    await writeFile(join(dir, 'products.jsonl'), text);
    return await f(join(dir, 'products.jsonl'));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

test('prints one JSON line per product, in input order, with ranked candidates', async () => {
  const r = await withFile(PRODUCTS.map((p) => JSON.stringify(p)).join('\n') + '\n', (f) => s321('classify', f));
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stderr, '');
  const out = r.stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
  assert.deepEqual(
    out.map((o) => o.id),
    ['p1', 'p2', 3],
  );
  assert.deepEqual(Object.keys(out[0]), ['id', 'candidates']);
  assert.match(out[0].candidates[0].hts, /^7117\d{6}$/);
  assert.match(out[1].candidates[0].hts, /^6109/);
  assert.match(out[2].candidates[0].hts, /^8518/);
  for (const o of out) {
    assert.equal(o.candidates.length, 10);
    assert.ok(new Set(o.candidates.map((c: { hts: string }) => c.hts.slice(0, 4))).size >= 5);
    for (const c of o.candidates) assert.deepEqual(Object.keys(c), ['hts', 'description', 'score']);
  }
});

test('reads stdin with "-", and --limit caps the candidates', async () => {
  const r = await stdin(JSON.stringify(PRODUCTS[0]) + '\n', 'classify', '-', '--limit', '5');
  assert.equal(r.code, 0, r.stderr);
  const o = JSON.parse(r.stdout);
  assert.equal(o.candidates.length, 5);
  assert.equal(new Set(o.candidates.map((c: { hts: string }) => c.hts.slice(0, 4))).size, 5);
});

test('gives the same output on every run', async () => {
  const text = PRODUCTS.map((p) => JSON.stringify(p)).join('\n');
  const [a, b] = await withFile(text, (f) => Promise.all([s321('classify', f), s321('classify', f)]));
  assert.equal(a.stdout, b.stdout);
});

test('reports each bad line with its number and what is wrong, classifies the others, exits 1', async () => {
  const lines = [
    JSON.stringify(PRODUCTS[0]),
    '{"id": "x", "title": ', // truncated JSON
    JSON.stringify({ id: 'y', titel: 'Earrings' }),
    JSON.stringify({ id: 'z', title: '' }),
    '',
    JSON.stringify({ title: 'No id here' }),
    JSON.stringify({ id: 'w', title: 'Mug', breadcrumbs: 'Kitchen' }),
    JSON.stringify({ id: 'v', title: 'Mug', attributes: { Material: { value: 'ceramic' } } }),
    '[1, 2]',
    JSON.stringify(PRODUCTS[1]),
  ];
  const r = await withFile(lines.join('\n'), (f) => s321('classify', f));
  assert.equal(r.code, 1);
  const err = r.stderr.trim().split('\n');
  assert.equal(err.length, 7, r.stderr);
  assert.match(err[0], /products\.jsonl:2: not valid JSON/);
  assert.match(err[1], /products\.jsonl:3: unknown key `titel`: did you mean `title`\?/);
  assert.match(err[2], /products\.jsonl:4: title: expected the product's title \(a non-empty string\), got an empty string/);
  assert.match(err[3], /products\.jsonl:6: id: expected a string or a number, got nothing/);
  assert.match(err[4], /products\.jsonl:7: breadcrumbs: expected an array of category names, got "Kitchen"/);
  assert.match(err[5], /products\.jsonl:8: attributes\.Material: expected a string, got an object/);
  assert.match(err[6], /products\.jsonl:9: expected a JSON object/);
  assert.ok(!/at .*\.ts:\d+/.test(r.stderr), 'no stack trace');
  assert.deepEqual(
    r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l).id),
    ['p1', 'p2'],
  );
});

test('bad arguments and unreadable files exit 2 with one line', async () => {
  const missing = await s321('classify', 'no-such-file.jsonl');
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /no-such-file\.jsonl: cannot read \(no such file\)/);
  const none = await s321('classify');
  assert.equal(none.code, 2);
  assert.match(none.stderr, /classify takes one FILE/);
  const limit = await s321('classify', '-', '--limit', 'ten');
  assert.equal(limit.code, 2);
  assert.match(limit.stderr, /--limit: expected a whole number from 1 to 50, got "ten"/);
  const help = await s321('classify', '--help');
  assert.equal(help.code, 0);
  assert.match(help.stdout, /Usage: s321 classify FILE/);
});

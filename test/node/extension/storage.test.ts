// Stored data: versioned schema, migrations, quarantine instead of loss,
// export/import round trip, delete all — over an in-memory storage area.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runMigrations, migrations, type Migration } from '../../../extension/storage/migrations.ts';
import { SCHEMA_VERSION, type Item } from '../../../extension/storage/schema.ts';
import { addCapture, deleteAll, load, replaceAll, saveItems } from '../../../extension/storage/store.ts';
import { exportBackup, readBackup } from '../../../extension/storage/backup.ts';
import { memoryArea } from './memory-area.ts';
import { compileRates } from '../../../core/money/rates.ts';
import { genericPages, documentOf } from './adapters/generic-fixtures.ts';
import { extractPage } from '../../../extension/adapters/registry.ts';

const item = (over: Partial<Item> = {}): Item => ({
  id: 'i1',
  addedAt: '2026-11-28T10:00:00.000Z',
  title: 'Mug',
  quantity: 1,
  price: { amount: '24.50', currency: 'USD' },
  origin: 'PT',
  shipFrom: 'PT',
  mode: 'express',
  kind: 'purchase',
  arrival: '2026-12-03',
  ...over,
});

test('a fresh install gets version 1 with default settings (shopper, English, badge off)', async () => {
  const area = memoryArea();
  const r = await load(area);
  assert.ok(r.ok);
  assert.equal(r.data.schemaVersion, SCHEMA_VERSION);
  assert.equal(r.data.settings.role, 'shopper');
  assert.equal(r.data.settings.language, 'en');
  assert.equal(r.data.settings.inlineBadge, false);
  assert.match(r.data.settings.shopper.personId, /^[0-9a-f]{18}$/);
  assert.equal(area.dump().schemaVersion, 1, 'written back once');
  const again = await load(area);
  assert.ok(again.ok && !again.changed && again.data.settings.shopper.personId === r.data.settings.shopper.personId, 'stable person id');
});

test('the pre-release "seen" list migrates into captures; invalid ones are quarantined, not lost', async () => {
  const draft = extractPage(documentOf(genericPages()[3].html), genericPages()[3].url);
  assert.ok(draft.ok);
  const area = memoryArea({ seen: [draft.draft, { title: 'broken' }] });
  const r = await load(area);
  assert.ok(r.ok);
  assert.deepEqual(r.applied, ['0->1']);
  assert.equal(r.data.captures.length, 1);
  assert.equal(r.data.quarantine.length, 1);
  assert.ok(!('seen' in area.dump()));
  assert.equal((area.dump().quarantine as unknown[]).length, 1);
});

test('data written by a newer version is refused and left untouched', async () => {
  const area = memoryArea({ schemaVersion: 99, items: [{ future: true }] });
  const r = await load(area);
  assert.ok(!r.ok);
  assert.match(r.error, /version 99, written by a newer version/);
  assert.deepEqual(area.dump(), { schemaVersion: 99, items: [{ future: true }] });
});

test('migrations chain in order and must set the version they promise', () => {
  const list: Migration[] = [
    ...migrations,
    { from: 1, to: 2, why: 'test', up: (r) => ({ ...r, schemaVersion: 2, renamed: r.old }) },
    { from: 2, to: 3, why: 'test', up: (r) => ({ ...r, schemaVersion: 3 }) },
  ];
  const r = runMigrations({ old: 'x' }, 3, list);
  assert.ok(r.ok);
  assert.deepEqual(r.applied, ['0->1', '1->2', '2->3']);
  assert.equal(r.raw.renamed, 'x');
  const bad = runMigrations({ schemaVersion: 1 }, 2, [{ from: 1, to: 2, why: 'x', up: (x) => x }]);
  assert.ok(!bad.ok && /did not set schemaVersion/.test(bad.error));
  assert.ok(!runMigrations({ schemaVersion: 'one' }, 1).ok);
});

test('an invalid stored item goes to quarantine; the valid ones stay', async () => {
  const area = memoryArea({ schemaVersion: 1, items: [item(), item({ id: 'i2', price: { amount: '1.234', currency: 'USD' } }), 'junk'] });
  const r = await load(area);
  assert.ok(r.ok);
  assert.deepEqual(
    r.data.items.map((i) => i.id),
    ['i1'],
  );
  assert.equal(r.data.quarantine.length, 2);
  assert.match(JSON.stringify(r.data.quarantine[0]), /price/);
});

test('stored rates are read back with the check the options page ran (core compileRates): what it accepts stays, what it refuses is quarantined', async () => {
  const tables: unknown[] = [
    { JPY: [{ date: '2024-01-02', kind: 'quarterly', unitsPerUsd: '148.00' }], EUR: [] },
    {
      EUR: [
        { date: '2025-05-05', kind: 'daily', unitsPerUsd: '0.9' },
        { date: '2025-05-05', kind: 'daily', unitsPerUsd: '0.90' },
      ],
    },
    // refused: a misspelt key, an unreal date, a zero rate, an unknown code, a too long rate,
    // two different daily rates for one day, not a table
    { JPY: [{ date: '2024-01-02', kind: 'quarterly', unitsPerUsd: '148.00', note: 'x' }] },
    { JPY: [{ date: '2024-02-30', kind: 'quarterly', unitsPerUsd: '148.00' }] },
    { JPY: [{ date: '2024-01-02', kind: 'quarterly', unitsPerUsd: '0.00' }] },
    { XYZ: [] },
    { JPY: [{ date: '2024-01-02', kind: 'daily', unitsPerUsd: '1'.repeat(13) }] },
    {
      EUR: [
        { date: '2025-05-05', kind: 'daily', unitsPerUsd: '0.9' },
        { date: '2025-05-05', kind: 'daily', unitsPerUsd: '0.91' },
      ],
    },
    [],
  ];
  for (const table of tables) {
    const accepted = compileRates(table);
    const r = await load(memoryArea({ schemaVersion: 1, rates: table }));
    assert.ok(r.ok);
    if (accepted.ok) {
      assert.deepEqual(r.data.rates, table, JSON.stringify(table));
      assert.deepEqual(r.data.quarantine, []);
    } else {
      assert.equal(r.data.rates, null, JSON.stringify(table));
      assert.deepEqual(r.data.quarantine, [{ key: 'rates', value: table, error: `${accepted.issues[0].path || '(root)'}: ${accepted.issues[0].message}` }]);
    }
  }
  assert.equal(tables.filter((t) => compileRates(t).ok).length, 2);
});

test('captures keep one entry per URL, newest first, at most 100', async () => {
  const area = memoryArea();
  const page = genericPages()[3];
  const d = extractPage(documentOf(page.html), page.url);
  assert.ok(d.ok);
  await addCapture(area, d.draft, '2026-11-28T10:00:00.000Z');
  await addCapture(area, d.draft, '2026-11-28T11:00:00.000Z');
  for (let i = 0; i < 120; i++) await addCapture(area, { ...d.draft, url: `https://shop.example/p/${i}` }, '2026-11-28T12:00:00.000Z');
  const r = await load(area);
  assert.ok(r.ok);
  assert.equal(r.data.captures.length, 100);
  assert.equal(r.data.captures[0].draft.url, 'https://shop.example/p/119');
  assert.ok(!r.data.captures.some((c) => c.draft.url === page.url), 'the oldest fell off');
});

test('saveItems refuses an invalid item instead of storing it', async () => {
  const area = memoryArea();
  await assert.rejects(saveItems(area, [item({ origin: 'XX' })]));
  await assert.rejects(saveItems(area, [item({ arrival: '2026-02-30' })]));
  assert.equal(area.dump().items, undefined);
});

test('export then import restores everything; a bad file changes nothing', async () => {
  const area = memoryArea();
  await load(area);
  await saveItems(area, [item(), item({ id: 'i2', orderId: 'A-1' })]);
  const before = await load(area);
  assert.ok(before.ok);
  const text = exportBackup(before.data, '2026-11-28T12:00:00.000Z');
  await deleteAll(area);
  assert.deepEqual(area.dump(), {});
  const r = readBackup(text);
  assert.ok(r.ok);
  await replaceAll(area, r.data);
  const after = await load(area);
  assert.ok(after.ok);
  assert.deepEqual(after.data, before.data);
  for (const bad of ['{', '[]', '{"format":"other"}', JSON.stringify({ format: 's321-extension-backup', schemaVersion: 7 })]) {
    const x = readBackup(bad);
    assert.ok(!x.ok, bad);
  }
  assert.match((readBackup('{') as { error: string }).error, /^not JSON/);
});

test('a backup that gives a key twice is refused, naming the key and where, as the command line refuses such JSON', async () => {
  const area = memoryArea();
  await load(area);
  await saveItems(area, [item(), item({ id: 'i2', orderId: 'A-1' })]);
  const stored = await load(area);
  assert.ok(stored.ok);
  const text = exportBackup(stored.data, '2026-11-28T12:00:00.000Z');
  // the second order's price given twice: JSON.parse would keep the last, silently
  const twice = text.replace(/("id": "i2",)/, '$1\n      "price": "1.00",');
  assert.notEqual(twice, text);
  const r = readBackup(twice);
  assert.ok(!r.ok);
  assert.match(r.error, /^the key "price" is given twice \(at items\[1\]\.price\)/);
  assert.match(r.error, /nothing was changed/);
  // the same key in two different objects is not a duplicate
  assert.ok(readBackup(text).ok);
  // a key that is only escaped differently is the same key
  const escaped = text.replace(/("id": "i2",)/, '$1\n      "pr\\u0069ce": "1.00",');
  assert.match((readBackup(escaped) as { error: string }).error, /the key "price" is given twice/);
});

test('addCapture reads only the captures when they are current and valid; otherwise it migrates and quarantines first', async () => {
  const page = genericPages()[3];
  const d = extractPage(documentOf(page.html), page.url);
  assert.ok(d.ok);
  const area = memoryArea({ schemaVersion: 1, captures: [{ id: 'bad', at: 'x', draft: { title: 'broken' } }] });
  await addCapture(area, d.draft, '2026-11-30T10:00:00.000Z');
  const after = area.dump();
  assert.equal((after.captures as unknown[]).length, 1);
  assert.equal((after.quarantine as Array<{ key: string }>)[0].key, 'captures', 'the invalid capture is kept in quarantine, not lost');
  const newer = memoryArea({ schemaVersion: 99, captures: [] });
  await assert.rejects(addCapture(newer, d.draft, '2026-11-30T10:00:00.000Z'), /newer version/);
  assert.deepEqual(newer.dump(), { schemaVersion: 99, captures: [] });
});

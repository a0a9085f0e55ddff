// Hostile input, CSV (formula injection): what a buyer types into a ship-to name reaches the
// seller's spreadsheet. Every CSV the project writes (the popup's seller export, `s321 export
// --format csv`, the rejected-rows file) must hold no cell a spreadsheet runs as a formula, and
// `s321 validate` must read the cells back to the values that were written.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { neutralizeCell, restoreCell, unflattenRecord } from '../../../core/records/index.ts';
import { ORDER_COLUMNS } from '../../../cli/records-orders.ts';
import { exportRecords } from '../../../extension/seller/export.ts';
import type { SellerRecordDraft } from '../../../extension/seller/records.ts';
import { csvOf, exportText, goodRows } from '../cli/export-helpers.ts';
import { FORMULAS } from './fixtures.ts';

const TRIGGER = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;
const NEGATIVE_DECIMAL = /^-\d+(\.\d+)?$/;

/** True when a spreadsheet would start a formula at this cell. */
function live(cell: string): boolean {
  return TRIGGER.test(cell) && !NEGATIVE_DECIMAL.test(cell);
}

const root = new URL('../../../', import.meta.url).pathname;
let dir = '';
before(() => (dir = mkdtempSync(join(tmpdir(), 's321-hostile-csv-'))));
after(() => rmSync(dir, { recursive: true, force: true }));
function s321(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'cli/s321.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, FORCE_COLOR: '0' },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('hostile CSV: one cell', () => {
  it('neutralises every formula payload and reads each back to the same text', () => {
    for (const f of FORMULAS) {
      const written = neutralizeCell(f);
      assert.ok(!live(written), JSON.stringify(written));
      assert.equal(written[0], "'");
      assert.equal(restoreCell(written), f);
    }
  });

  it('leaves plain negative numbers and ordinary text as they are; keeps the plus of a phone number as text', () => {
    assert.equal(neutralizeCell('-12.50'), '-12.50');
    assert.equal(neutralizeCell('Ana Lima'), 'Ana Lima');
    assert.equal(neutralizeCell("O'Brien"), "O'Brien");
    assert.equal(neutralizeCell("'quoted'"), "'quoted'");
    assert.equal(neutralizeCell('+1 415 555 0100'), "'+1 415 555 0100");
    assert.equal(restoreCell("'+1 415 555 0100"), '+1 415 555 0100');
    assert.equal(neutralizeCell('-1+1'), "'-1+1");
  });

  it('round-trips every string, and never writes a live formula (property)', () => {
    const text = fc.oneof(
      fc.string(),
      fc.constantFrom(...FORMULAS),
      fc.tuple(fc.constantFrom('=', '+', '-', '@', '\t', '\r', "'", "''"), fc.string()).map(([a, b]) => a + b),
    );
    fc.assert(
      fc.property(text, (s) => {
        const w = neutralizeCell(s);
        assert.equal(restoreCell(w), s);
        assert.ok(!live(w));
      }),
      { numRuns: 5000 },
    );
  });
});

/** The cells of a CSV text, without the header. */
function cells(csv: string): string[][] {
  return (parse(csv, { relax_column_count: true }) as string[][]).slice(1);
}

describe('hostile CSV: s321 export and validate', () => {
  it('export --format csv writes no live formula, and its cells read back to the NDJSON records', async () => {
    const rows = goodRows(FORMULAS.length);
    const at = ORDER_COLUMNS.indexOf('buyer_name');
    const address = ORDER_COLUMNS.indexOf('ship_to_address');
    rows.forEach((r, i) => {
      r[at] = FORMULAS[i];
      r[address] = FORMULAS[(i + 1) % FORMULAS.length];
    });
    const input = csvOf(rows);
    const nd = await exportText(input, { format: 'ndjson' });
    const csv = await exportText(input, { format: 'csv' });
    assert.equal(nd.counts.written, FORMULAS.length, JSON.stringify(nd.rejections.slice(0, 2)));
    const body = cells(csv.out);
    assert.equal(body.length, FORMULAS.length);
    for (const row of body) for (const c of row) assert.ok(!live(c), `live formula in the export: ${JSON.stringify(c)}`);
    const header = (parse(csv.out, { to: 1 }) as string[][])[0];
    const back = body.map((r) => unflattenRecord('data-pilot', [Object.fromEntries(header.map((h, i) => [h, r[i]]))]));
    assert.deepEqual(
      back,
      nd.records.map((r) => r.record),
    );
    assert.deepEqual(
      back.map((r) => (r.finalDeliverTo as { name: string }).name),
      FORMULAS,
    );
  });

  it('s321 validate reads the neutralised CSV to the same records as the NDJSON (same issues, same exit code)', () => {
    const rows = goodRows(FORMULAS.length, 5);
    const at = ORDER_COLUMNS.indexOf('buyer_name');
    rows.forEach((r, i) => (r[at] = FORMULAS[i]));
    writeFileSync(join(dir, 'orders.csv'), csvOf(rows));
    const common = [
      'export',
      '--profile',
      'data-pilot',
      '--participant',
      'ONLINE_MARKETPLACE',
      '--originator',
      'MKTPLC01',
      '--in',
      join(dir, 'orders.csv'),
      '--rates',
      'examples/rates-orders.json',
    ];
    assert.equal(s321(...common, '--out', join(dir, 'out.csv'), '--format', 'csv').code, 0);
    assert.equal(s321(...common, '--out', join(dir, 'out.ndjson'), '--format', 'ndjson').code, 0);
    for (const row of cells(readFileSync(join(dir, 'out.csv'), 'utf8'))) for (const c of row) assert.ok(!live(c), JSON.stringify(c));
    const fromCsv = s321('validate', '--profile', 'data-pilot', join(dir, 'out.csv'));
    const fromNd = s321('validate', '--profile', 'data-pilot', join(dir, 'out.ndjson'));
    assert.equal(fromCsv.code, fromNd.code, fromCsv.out + fromCsv.err);
    assert.equal(fromCsv.out, fromNd.out);
    assert.equal(fromCsv.err, fromNd.err);
  });

  it('the rejected-rows file neutralises what the input put in it (a hostile key of a JSON order)', () => {
    const hostileKey = '=HYPERLINK("https://evil.example","x")';
    const orders = goodRows(2, 9).map((r) => ({ ...Object.fromEntries(ORDER_COLUMNS.map((c, i) => [c, r[i]])), [hostileKey]: 'x' }));
    writeFileSync(join(dir, 'bad.ndjson'), orders.map((o) => JSON.stringify(o)).join('\n') + '\n');
    const r = s321(
      'export',
      '--profile',
      'data-pilot',
      '--participant',
      'ONLINE_MARKETPLACE',
      '--originator',
      'MKTPLC01',
      '--in',
      join(dir, 'bad.ndjson'),
      '--rates',
      'examples/rates-orders.json',
      '--out',
      join(dir, 'bad-out.ndjson'),
      '--errors',
      join(dir, 'rejected.csv'),
    );
    const rejected = readFileSync(join(dir, 'rejected.csv'), 'utf8');
    const body = cells(rejected);
    assert.equal(r.code, 1, r.err);
    assert.equal(body.length, 2, rejected.slice(0, 300));
    for (const row of body) for (const c of row) assert.ok(!live(c), JSON.stringify(c.slice(0, 80)));
    assert.ok(
      body.some((row) => row.some((c) => c.includes('HYPERLINK'))),
      `the hostile key is named in the report: ${rejected.slice(0, 300)}`,
    );
  });

  it('a hostile column name stops the export before anything is written (unknown column, exit 2)', () => {
    const hostileColumn = '=HYPERLINK("https://evil.example","x")';
    writeFileSync(join(dir, 'bad-column.csv'), stringify([[...ORDER_COLUMNS, hostileColumn], ...goodRows(1, 9).map((r) => [...r, 'x'])]));
    const r = s321(
      'export',
      '--profile',
      'data-pilot',
      '--participant',
      'ONLINE_MARKETPLACE',
      '--originator',
      'MKTPLC01',
      '--in',
      join(dir, 'bad-column.csv'),
      '--rates',
      'examples/rates-orders.json',
      '--out',
      join(dir, 'bad-column.ndjson'),
    );
    assert.equal(r.code, 2, r.err);
    assert.match(r.err, /unknown column/);
  });
});

describe('hostile CSV: the extension seller export', () => {
  it('neutralises a buyer name a page put into a seller order', () => {
    const record = { finalDeliverTo: { name: FORMULAS[0], address: { line1: FORMULAS[1], country: 'US' } }, sellerOrderNumber: '-12.50' };
    const csv = exportRecords([{ record } as unknown as SellerRecordDraft], 'csv');
    const body = cells(csv);
    for (const c of body[0]) assert.ok(!live(c), JSON.stringify(c));
    const header = (parse(csv, { to: 1 }) as string[][])[0];
    const back = unflattenRecord('data-pilot', [Object.fromEntries(header.map((h, i) => [h, body[0][i]]))]);
    assert.deepEqual((back.finalDeliverTo as { name: string }).name, FORMULAS[0]);
    assert.deepEqual(back.finalDeliverTo, record.finalDeliverTo);
  });
});

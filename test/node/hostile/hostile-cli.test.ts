// Hostile input to the command line (issue 22): a line too long to hold, a column or key given
// twice, bytes that are not UTF-8, control characters in record text, and escape sequences
// meant for the terminal. Nothing may be altered silently, and nothing may reach the terminal raw.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { MAX_LINE_BYTES, readCsv, readJson, readNdjson, type InputRow } from '../../../cli/records-io.ts';
import { decisionsTable } from '../../../cli/table.ts';
import { termSafe } from '../../../cli/terminal.ts';
import { gzipSync } from 'node:zlib';
import type { UsageError } from '../../../cli/io.ts';
import { MAX_SCHEDULE_BYTES, readMaybeGzip } from '../../../cli/schedule-file.ts';
import { bundledRules } from '../../../core/prepare.ts';
import { decideRequest } from '../../../core/pipeline.ts';
import { col, csvOf, exportText, goodRows } from '../cli/export-helpers.ts';
import { ORDER_COLUMNS } from '../../../cli/records-orders.ts';

const CLI = join(import.meta.dirname, '../../../cli/s321.ts');
const s321 = (args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', CLI, ...args], { encoding: 'utf8' });
const dir = mkdtempSync(join(tmpdir(), 's321-hostile-'));
const file = (name: string, body: string | Buffer) => {
  const p = join(dir, name);
  writeFileSync(p, body);
  return p;
};
async function all(rows: AsyncIterable<InputRow>): Promise<InputRow[]> {
  const out: InputRow[] = [];
  for await (const r of rows) out.push(r);
  return out;
}
const ndjsonRecord = () => {
  const [h, r] = [ORDER_COLUMNS, goodRows(1)[0]];
  return JSON.stringify(Object.fromEntries(h.map((k, i) => [k, r[i]])));
};

describe('hostile CLI: limits', () => {
  it('an NDJSON line over the limit is a rejected row with its line number; the next rows are read; memory does not grow with the line', async () => {
    const lineBytes = 64 * 1024 * 1024;
    const chunk = Buffer.alloc(1 << 16, 0x61);
    function* source() {
      yield Buffer.from(`${ndjsonRecord()}\n{"order_id":"`);
      for (let n = 0; n < lineBytes; n += chunk.length) yield chunk;
      yield Buffer.from(`"}\n${ndjsonRecord()}\n`);
    }
    const before = process.memoryUsage();
    let peak = 0;
    const rows: InputRow[] = [];
    for await (const r of readNdjson(Readable.from(source()))) {
      rows.push(r);
      const m = process.memoryUsage();
      peak = Math.max(peak, m.heapUsed + m.arrayBuffers - before.heapUsed - before.arrayBuffers);
    }
    assert.deepEqual(
      rows.map((r) => [r.row, r.line, r.problems?.[0].code ?? 'ok']),
      [
        [1, 1, 'ok'],
        [2, 2, 'LINE_TOO_LONG'],
        [3, 3, 'ok'],
      ],
    );
    assert.match(rows[1].problems![0].message, /over 1,048,576 bytes/);
    assert.ok(MAX_LINE_BYTES === 1 << 20);
    assert.ok(peak < 24 * 1024 * 1024, `grew ${(peak / 1e6).toFixed(1)} MB for a ${lineBytes / 1e6} MB line`);
  });

  it('a CSV with two price columns is refused, naming the column', async () => {
    const csv = csvOf(goodRows(2)).replace(/^([^\n]*)\n/, (_, h: string) => `${h.replace('currency', 'price')}\n`);
    await assert.rejects(exportText(csv), /the CSV header names the column `price` twice \(columns 29 and 30\)/);
  });

  it('NDJSON with price twice is a rejected row naming the key', async () => {
    const rec = ndjsonRecord().replace(/}$/, ',"price":"1.00"}');
    const r = await exportText(`${rec}\n${ndjsonRecord()}\n`, { inputFormat: 'ndjson' });
    assert.equal(r.counts.rejected, 1);
    assert.equal(r.rejections[0].reasons[0].code, 'DUPLICATE_KEY');
    assert.match(r.rejections[0].reasons[0].message, /"price" is given twice/);
  });

  it('JSON with a key twice is refused, naming it and where', async () => {
    await assert.rejects(
      all(readJson(Readable.from([Buffer.from('[{"a":1},{"b":{"c":1,"c":2}}]')]), 'in.json', 'records')),
      /in\.json: the key "c" is given twice \(at \[1\]\.b\.c\)/,
    );
  });
});

describe('hostile CLI: schedule files', () => {
  it('a gzip schedule that inflates past the limit is refused as soon as it passes it (a small file, never gigabytes in memory)', async () => {
    // 1 MiB of zeros compresses to about 1 KB; the limit is lowered here to keep the test small
    const bomb = file('bomb.json.gz', gzipSync(Buffer.alloc(1 << 20)));
    await assert.rejects(readMaybeGzip(bomb, 64 * 1024), (e: UsageError) => /larger than 0\.0625 MiB as text/.test(e.message) && e.exitCode === 2);
    // the real limit, through the command
    const big = file('big.json.gz', gzipSync(Buffer.alloc(MAX_SCHEDULE_BYTES + 1, 0x20)));
    const r = s321([
      'evaluate',
      file(
        'req.json',
        JSON.stringify({ arrival: '2026-12-15', mode: 'express', shipFrom: 'CN', items: [{ price: { amount: '5', currency: 'USD' }, origin: 'CN' }] }),
      ),
      '--schedule',
      big,
    ]);
    assert.equal(r.status, 2, r.stderr);
    assert.match(r.stderr, /big\.json\.gz: larger than 128 MiB as text/);
    assert.doesNotMatch(r.stderr, /\n\s+at /);
  });
  it('a schedule file that is not UTF-8 is refused with its byte offset (not read as U+FFFD), plain or gzip', async () => {
    const bytes = Buffer.concat([Buffer.from('{"format":1,"edition":"E'), Buffer.from([0xff]), Buffer.from('"}')]);
    await assert.rejects(readMaybeGzip(file('bad.json', bytes)), /bad\.json: not valid UTF-8 \(byte offset 24\)/);
    await assert.rejects(readMaybeGzip(file('bad.json.gz', gzipSync(bytes))), /bad\.json\.gz: not valid UTF-8 \(byte offset 24 once uncompressed\)/);
  });
});

describe('hostile CLI: encoding and control characters', () => {
  const bad = Buffer.from([0xff, 0xfe]);
  it('invalid UTF-8 is refused in JSON, NDJSON and CSV, with its byte offset', async () => {
    const json = Buffer.concat([Buffer.from('[{"id":"'), bad, Buffer.from('"}]')]);
    await assert.rejects(all(readJson(Readable.from([json]), 'in.json', 'records')), /in\.json: not valid UTF-8 \(byte offset 8\)/);
    const nd = Buffer.concat([Buffer.from('{"a":1}\n{"id":"'), bad, Buffer.from('"}\n')]);
    const rows = await all(readNdjson(Readable.from([nd])));
    assert.equal(rows[1].problems?.[0].code, 'INVALID_ENCODING');
    assert.match(rows[1].problems![0].message, /byte offset 15 in the file/);
    const csv = Buffer.concat([Buffer.from('a,b\nx,'), bad, Buffer.from('\n')]);
    const crow = await all(readCsv(Readable.from([csv])));
    assert.equal(crow[0].problems?.[0].code, 'INVALID_ENCODING');
    assert.match(crow[0].problems![0].message, /offset 6 in the file/);
    const evaluate = s321(['evaluate', file('req.json', json)]);
    assert.equal(evaluate.status, 2);
    assert.match(evaluate.stderr, /not valid UTF-8 \(byte offset 8\)/);
  });

  it('NUL and other C0 controls in record text are refused in CSV and NDJSON (tab and line breaks are text)', async () => {
    const rows = goodRows(3);
    rows[1][col('description')] = 'Mug\u0000with NUL';
    rows[2][col('description')] = 'Mug\twith tab';
    const r = await exportText(csvOf(rows));
    assert.deepEqual(
      r.rejections.map((x) => [x.row, x.reasons[0].code, x.reasons[0].column]),
      [[2, 'CONTROL_CHARACTER', 'description']],
    );
    assert.match(r.rejections[0].reasons[0].message, /U\+0000/);
    const nd = await exportText(`${ndjsonRecord().replace('"description":"', '"description":"\\u001b[2J')}\n`, { inputFormat: 'ndjson' });
    assert.equal(nd.rejections[0]?.reasons[0].code, 'CONTROL_CHARACTER');
    assert.equal(nd.rejections[0]?.reasons[0].path, 'description');
  });
});

describe('hostile CLI: the terminal', () => {
  const ESC = '\u001b';
  it('termSafe writes every control character as a visible escape', () => {
    assert.equal(termSafe(`a${ESC}]0;owned\u0007b\nc\u202e`), 'a\\x1b]0;owned\\x07b\\x0ac\\u202e');
  });

  it('error lines never carry raw control characters (a column name with ESC sequences)', () => {
    const csv = csvOf(goodRows(1)).replace('order_id', `order_id${ESC}[2J${ESC}]0;all rows valid\u0007`);
    const r = s321(['validate', '--profile', 'data-pilot', file('esc.csv', csv)]);
    assert.equal(r.status, 2);
    assert.ok(!/[\u0000-\u0008\u000b-\u001f\u007f]/.test(r.stderr), JSON.stringify(r.stderr));
    assert.match(r.stderr, /\\x1b\[2J/);
  });

  it('--format table escapes ids and texts from the input', () => {
    const r = decideRequest(
      {
        id: `x${ESC}[2Jy`,
        arrival: '2024-06-01',
        mode: 'express',
        shipFrom: 'DE',
        items: [{ description: 'Mug', quantity: 1, price: { amount: '10.00', currency: 'USD' }, origin: 'DE' }],
      },
      bundledRules(),
    );
    assert.ok(r.ok, JSON.stringify(r));
    const table = decisionsTable(r.decisions);
    assert.ok(!table.includes(ESC));
    assert.match(table, /x\\x1b\[2Jy/);
  });
});

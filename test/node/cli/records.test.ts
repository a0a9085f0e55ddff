// End to end: the s321 command as a user runs it (node --import tsx cli/s321.ts ...).
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FILING_RULE_CODES } from '../../../core/records/index.ts';

const root = new URL('../../../', import.meta.url).pathname;
let dir = '';
before(() => (dir = mkdtempSync(join(tmpdir(), 's321-records-'))));
after(() => rmSync(dir, { recursive: true, force: true }));

function s321(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'cli/s321.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, FORCE_COLOR: '0' },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
const fixture = (f: string) => join(root, 'test/fixtures/records', f);

describe('s321 schema', () => {
  it('prints the JSON Schema of a profile for a participant type', () => {
    const r = s321('schema', 'data-pilot', '--participant', 'CARRIER');
    assert.equal(r.code, 0, r.err);
    const s = JSON.parse(r.out);
    assert.match(s.title, /CARRIER/);
    assert.ok(s.required.includes('knownCarrierCustomerFlag'));
    assert.equal(s.$schema, 'https://json-schema.org/draft/2020-12/schema');
  });
  it('prints the evaluate request schema generated from core/shipment/schema.ts', () => {
    const r = s321('schema', 'request', '--compact');
    assert.equal(r.code, 0, r.err);
    assert.equal(r.out.trim().split('\n').length, 1);
    assert.deepEqual(JSON.parse(r.out).required.sort(), ['arrival', 'items', 'mode', 'shipFrom']);
  });
  it('prints the rule-set schema, which the bundled set printed by `s321 rules --json` names as required', () => {
    const r = s321('schema', 'rules');
    assert.equal(r.code, 0, r.err);
    const schema = JSON.parse(r.out);
    assert.equal(schema.$id, 'urn:s321:schema:rules');
    const bundled = JSON.parse(s321('rules', '--json').out);
    for (const k of schema.required) assert.ok(k in bundled, `the bundled set has "${k}"`);
  });
  it('prints the rates-table schema generated from core/money/schema.ts, which accepts a table compileRates accepts and refuses a misspelt key', async () => {
    const r = s321('schema', 'rates', '--compact');
    assert.equal(r.code, 0, r.err);
    const schema = JSON.parse(r.out);
    assert.equal(schema.$id, 'urn:s321:schema:rates');
    const { Ajv2020 } = await import('ajv/dist/2020.js');
    const check = new Ajv2020({ strict: false }).compile(schema);
    assert.equal(check({ JPY: [{ date: '2024-01-02', kind: 'quarterly', unitsPerUsd: '148.00' }] }), true);
    assert.equal(check({ JPY: [{ date: '2024-01-02', kind: 'quarterly', unitsPerUSD: '148.00' }] }), false);
    assert.equal(check({ JPY: [{ date: '2024-01-02', kind: 'quarterly', unitsPerUsd: '0.00' }] }), false);
    assert.equal(check({ jpy: [] }), false);
  });
  it('refuses an unknown profile or a participant for type86 with exit code 2 and no stack trace', () => {
    for (const args of [
      ['schema', 'nope'],
      ['schema', 'type86', '--participant', 'CARRIER'],
      ['schema', 'data-pilot', '--participant', 'SELLER'],
      ['schema'],
    ]) {
      const r = s321(...args);
      assert.equal(r.code, 2, args.join(' '));
      assert.equal(r.out, '');
      assert.doesNotMatch(r.err, /\n\s+at /);
    }
  });
});

describe('s321 validate', () => {
  it('exits 0 for valid records (JSON array) and prints no issue', () => {
    const recs = JSON.parse(readFileSync(fixture('complete-records.json'), 'utf8'));
    const f = join(dir, 'valid.json');
    writeFileSync(f, JSON.stringify([recs.type86, recs.type86]));
    const r = s321('validate', '--profile', 'type86', f);
    assert.equal(r.code, 0, r.out + r.err);
    assert.equal(r.out, '');
    assert.match(r.err, /2 records: 2 valid, 0 invalid/);
  });
  it('exits 1 and prints one line per issue with record number, line, path, code and message', () => {
    const recs = JSON.parse(readFileSync(fixture('complete-records.json'), 'utf8'));
    const bad = { ...recs.type86, entryNumber: 'ABC12345670', portOfEntry: undefined };
    const f = join(dir, 'bad.ndjson');
    writeFileSync(f, [JSON.stringify(recs.type86), JSON.stringify(bad), '{not json'].join('\n') + '\n');
    const r = s321('validate', '--profile', 'type86', f);
    assert.equal(r.code, 1);
    const lines = r.out.trim().split('\n');
    assert.deepEqual(
      lines.map((l) => l.split(': ').slice(0, 3).join(': ')),
      ['record 2 (line 2): entryNumber: CHECK_DIGIT', 'record 2 (line 2): portOfEntry: MISSING_ELEMENT', 'record 3 (line 3): (input): INVALID_JSON'],
    );
  });
  it('uses the participant type of each record, or the one given', () => {
    const recs = JSON.parse(readFileSync(fixture('complete-records.json'), 'utf8'));
    const carrier = { ...recs['data-pilot'], participantFilerType: 'CARRIER' };
    delete carrier.knownCarrierCustomerFlag;
    const f = join(dir, 'carrier.json');
    writeFileSync(f, JSON.stringify(carrier));
    const r = s321('validate', '--profile', 'data-pilot', f);
    assert.equal(r.code, 1);
    assert.match(r.out, /record 1: knownCarrierCustomerFlag: MISSING_ELEMENT/);
  });
  it('exits 2 when the input cannot be read', () => {
    assert.equal(s321('validate', '--profile', 'type86', join(dir, 'missing.json')).code, 2);
    const f = join(dir, 'broken.json');
    writeFileSync(f, '[{"a": 1},');
    const r = s321('validate', '--profile', 'type86', f);
    assert.equal(r.code, 2);
    assert.match(r.err, /not valid JSON/);
  });
  it('exits 2 on an empty file or on one that holds no record, instead of "0 records: 0 valid"', () => {
    for (const [name, text, message] of [
      ['empty.json', '', /empty\.json is empty: there is no record to read/],
      ['blank.ndjson', '\n  \n', /blank\.ndjson is empty/],
      ['none.json', '[]', /none\.json holds no record/],
    ] as const) {
      const f = join(dir, name);
      writeFileSync(f, text);
      const r = s321('validate', '--profile', 'data-pilot', f);
      assert.equal(r.code, 2, `${name}: ${r.err}`);
      assert.match(r.err, message);
      assert.doesNotMatch(r.err, /0 valid/);
    }
  });
  it('reads a header-only CSV as zero records, with a warning line', () => {
    const f = join(dir, 'header-only.csv');
    writeFileSync(f, 'row,eligible,originatorCode\n');
    const r = s321('validate', '--profile', 'data-pilot', f);
    assert.equal(r.code, 0, r.err);
    assert.match(r.err, /warning: .*header-only\.csv has a header and no rows: 0 records/);
  });
  it('refuses a CSV column it does not know, naming the nearest column, exit 2', () => {
    const f = join(dir, 'misspelt.csv');
    writeFileSync(f, 'row,originatorCod\n1,X\n');
    const r = s321('validate', '--profile', 'data-pilot', f);
    assert.equal(r.code, 2);
    assert.match(r.err, /unknown column `originatorCod`: did you mean `originatorCode`\?/);
  });
});

describe('s321 export', () => {
  it('exports the small orders file: every row written, last line "read N, written W, rejected R", exit 0', () => {
    const out = join(dir, 'small.ndjson');
    const r = s321(
      'export',
      '--profile',
      'data-pilot',
      '--originator',
      'MKTPLC01',
      '--in',
      fixture('orders-small.csv'),
      '--out',
      out,
      '--rates',
      'examples/rates-orders.json',
    );
    assert.equal(r.code, 0, r.err);
    assert.equal(r.out.trim().split('\n').at(-1), 'read 3, written 3, rejected 0');
    const recs = readFileSync(out, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    // rows 1 and 2: one buyer, one day: 520 + 360 EUR, over $800 together
    assert.deepEqual(
      recs.map((x) => x.decision.reasonCodes[0]),
      ['OVER_LIMIT', 'OVER_LIMIT', 'SUSPENDED_CN_HK'],
    );
    assert.ok(recs[0].decision.reasonCodes.includes('SAME_DAY_AGGREGATE'));
    assert.equal(recs[2].eligible, false);
  });

  it('exports examples/orders.csv with an error report: N = W + R and every row in exactly one place', () => {
    const out = join(dir, 'orders.ndjson');
    const errs = join(dir, 'orders-errors.ndjson');
    const r = s321('export', '--profile', 'type86', '--in', 'examples/orders.csv', '--out', out, '--errors', errs, '--rates', 'examples/rates-orders.json');
    assert.equal(r.code, 1, 'some rows are rejected');
    const m = /^read (\d+), written (\d+), rejected (\d+)$/.exec(r.out.trim().split('\n').at(-1)!);
    assert.ok(m, r.out);
    const [n, w, rj] = m!.slice(1).map(Number);
    assert.equal(n, 1200);
    assert.equal(n, w + rj);
    const written = readFileSync(out, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l).row);
    const rejected = readFileSync(errs, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l).row);
    assert.equal(written.length, w);
    assert.equal(rejected.length, rj);
    assert.deepEqual(
      [...written, ...rejected].sort((a, b) => a - b),
      Array.from({ length: n }, (_, i) => i + 1),
    );
    assert.equal(r.err, '', 'no progress lines for a short run that is not on a terminal');
  });

  it('writes CSV that validate reads back to the same verdicts as the NDJSON', () => {
    const nd = join(dir, 'o.ndjson');
    const csv = join(dir, 'o.csv');
    const common = ['--profile', 'type86', '--in', 'examples/orders.csv', '--errors', join(dir, 'e.csv'), '--rates', 'examples/rates-orders.json'];
    s321('export', ...common, '--out', nd);
    s321('export', ...common, '--out', csv, '--format', 'csv');
    const a = s321('validate', '--profile', 'type86', nd);
    const b = s321('validate', '--profile', 'type86', csv);
    assert.equal(a.code, 1);
    const strip = (t: string) =>
      t
        .trim()
        .split('\n')
        .map((l) => l.replace(/^record \d+( \(line \d+\))?: /, ''));
    assert.deepEqual(strip(b.out), strip(a.out));
    // the records are well formed: only dated filing rules fail
    for (const l of strip(a.out)) assert.ok(FILING_RULE_CODES.has(l.split(': ')[1]), l);
    const errCsv = readFileSync(join(dir, 'e.csv'), 'utf8').split('\n');
    assert.equal(errCsv[0], 'row,line,column,path,code,message');
  });

  it('refuses bad options with exit code 2 and a clear message', () => {
    const cases: Array<[string[], RegExp]> = [
      [['export', '--profile', 'data-pilot', '--in', 'examples/orders.csv', '--out', join(dir, 'x')], /--originator CODE is required/],
      [['export', '--profile', 'pilot', '--in', 'examples/orders.csv', '--out', join(dir, 'x')], /--profile: expected data-pilot or type86/],
      [['export', '--profile', 'type86', '--in', join(dir, 'none.csv'), '--out', join(dir, 'x')], /no such file/],
      [['export', '--profile', 'type86', '--in', 'examples/orders.csv', '--out', join(dir, 'x'), '--window', '-1'], /--window/],
    ];
    for (const [args, re] of cases) {
      const r = s321(...args);
      assert.equal(r.code, 2, args.join(' '));
      assert.match(r.err, re);
      assert.doesNotMatch(r.err, /\n\s+at /);
    }
  });

  it('refuses an orders file whose header lacks a column every row needs', () => {
    const f = join(dir, 'nohead.csv');
    writeFileSync(f, 'order_id,price\nA,1.00\n');
    const r = s321('export', '--profile', 'type86', '--in', f, '--out', join(dir, 'y'));
    assert.equal(r.code, 2);
    assert.match(r.err, /lacks the column\(s\) arrival, mode, ship_from, currency, origin/);
  });
  it('refuses a misspelt optional column (flag for flags) instead of dropping it, exit 2', () => {
    const lines = readFileSync(fixture('orders-small.csv'), 'utf8').split('\n');
    const f = join(dir, 'flag.csv');
    writeFileSync(f, [lines[0].replace(/\bflags\b/, 'flag'), lines[1]].join('\n') + '\n');
    const out = join(dir, 'flag.ndjson');
    const r = s321('export', '--profile', 'type86', '--in', f, '--out', out);
    assert.equal(r.code, 2);
    assert.match(r.err, /unknown column `flag`: did you mean `flags`\?/);
  });
  it('rejects a JSON order with an unknown key, naming the nearest column', () => {
    const lines = readFileSync(fixture('orders-small.csv'), 'utf8').split('\n');
    const head = lines[0].split(',');
    const cells = lines[1].split(',');
    const order: Record<string, string> = Object.fromEntries(head.map((h, i) => [h, cells[i]]));
    order.flag = 'alcohol';
    const f = join(dir, 'order.ndjson');
    writeFileSync(f, JSON.stringify(order) + '\n');
    const errors = join(dir, 'order-errors.csv');
    const r = s321('export', '--profile', 'type86', '--in', f, '--out', join(dir, 'order-out.ndjson'), '--errors', errors);
    assert.equal(r.code, 1, r.err);
    assert.match(readFileSync(errors, 'utf8'), /unknown key `flag`: did you mean `flags`\?/);
  });
  it('exits 2 on an empty orders file or one that holds no order; a header-only CSV is zero orders with a warning', () => {
    const empty = join(dir, 'empty-orders.csv');
    writeFileSync(empty, '');
    let r = s321('export', '--profile', 'type86', '--in', empty, '--out', join(dir, 'e.ndjson'));
    assert.equal(r.code, 2);
    assert.match(r.err, /empty-orders\.csv is empty/);
    const none = join(dir, 'no-orders.json');
    writeFileSync(none, '[]');
    r = s321('export', '--profile', 'type86', '--in', none, '--out', join(dir, 'n.ndjson'));
    assert.equal(r.code, 2);
    assert.match(r.err, /no-orders\.json holds no order/);
    const header = join(dir, 'header-orders.csv');
    writeFileSync(header, readFileSync(fixture('orders-small.csv'), 'utf8').split('\n')[0] + '\n');
    r = s321('export', '--profile', 'type86', '--in', header, '--out', join(dir, 'h.ndjson'));
    assert.equal(r.code, 0, r.err);
    assert.match(r.err, /warning: .*header-orders\.csv has a header and no rows: 0 orders/);
    assert.match(r.out, /read 0, written 0, rejected 0/);
  });
});

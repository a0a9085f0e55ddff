// The schedule at the command line: `s321 evaluate` prices an item by its HTS number alone,
// `s321 tariffs NUMBER` prints its stack, `s321 tariffs --catalog` the set for the widget,
// `s321 schedule import` writes a schedule that --schedule reads, with clear errors on bad files,
// and the records export's CSV carries the charges columns.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { bundledSchedule, checkTariffs, evaluate, scheduleTariffs } from '../../../core/index.ts';

const CLI = new URL('../../../cli/s321.ts', import.meta.url).pathname;
const tmp = mkdtempSync(join(tmpdir(), 's321-schedule-'));
function s321(args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', CLI, ...args], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
function file(name: string, content: unknown): string {
  const p = join(tmp, name);
  writeFileSync(p, typeof content === 'string' ? content : JSON.stringify(content));
  return p;
}

const tee = {
  id: 'tee',
  arrival: '2026-12-15',
  mode: 'express' as const,
  shipFrom: 'CN',
  items: [{ description: 'Cotton T-shirt', price: { amount: '20.00', currency: 'USD' }, origin: 'CN', hts: '6109.10.0012' }],
};

describe('an HTS number is enough', () => {
  it('s321 evaluate: the MFN line from the schedule, the edition named, the same as the library with the bundled schedule', () => {
    const r = s321(['evaluate', file('tee.json', tee)]);
    assert.equal(r.code, 0, r.err);
    const got = JSON.parse(r.out);
    const want = evaluate(tee, { schedule: bundledSchedule(), tariffs: scheduleTariffs() });
    assert.ok(want.ok);
    assert.deepEqual(JSON.parse(r.out), want.output);
    assert.deepEqual([got.charges.duty, got.charges.complete, got.charges.tariffs.schedule], ['7.30', true, 'HTS 2026 Revision 10, effective 2026-06-08']);
    assert.deepEqual(
      got.charges.lines.map((l: { program: string; heading?: string; amount: string }) => `${l.program} ${l.heading ?? '-'} ${l.amount}`),
      ['mfn 6109.10.00 3.30', 'section-301-forced-labor - 2.50', 'section-301-china 9903.88.15 1.50', 'mpf - 0.00'],
    );
  });
  it('s321 tariffs NUMBER: every line with its heading, rate and citation', () => {
    const r = s321(['tariffs', '6109.10.0012', '--origin', 'CN', '--date', '2026-12-15']);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /HTS 6109\.10\.00\.12: Of cotton/);
    assert.match(r.out, /\| mfn \| 6109\.10\.00 \| 16\.5% \| 16\.50 \| HTSUS 6109\.10\.00 \(HTS 2026 Revision 10\) \[P\] \|/);
    assert.match(r.out, /\| section-301-forced-labor \| - \| 12\.5% \| 12\.50 \|/);
    assert.match(r.out, /\| section-301-china \| 9903\.88\.15 \| 7\.5% \| 7\.50 \|/);
    assert.match(r.out, /later changes to the schedule are not included/);
    const json = JSON.parse(s321(['tariffs', '6109100012', '--origin', 'CN', '--json']).out);
    assert.equal(json.line.general, '16.5%');
    const bad = s321(['tariffs', '61091000', '--origin', 'CN']);
    assert.equal(bad.code, 2);
    assert.match(bad.err, /NUMBER: expected a 10-digit HTS number/);
  });
  it('s321 tariffs --catalog: a valid tariff set with an mfn layer per number', () => {
    const r = s321([
      'tariffs',
      '--catalog',
      file('catalog.json', [
        { hts: '6109.10.0012', origin: 'CN' },
        { hts: '9610000000', origin: 'RU' },
      ]),
    ]);
    assert.equal(r.code, 0, r.err);
    const set = JSON.parse(r.out);
    assert.ok(checkTariffs(set).ok);
    const mfn = set.layers
      .filter((l: { program: string }) => l.program === 'mfn')
      .map((l: { id: string; rate?: string; heading: string }) => [l.id, l.rate, l.heading]);
    // 33 1/3% is not a decimal percent: the layer has no rate, and its note says why
    assert.deepEqual(mfn, [
      ['mfn-6109100012', '16.5', '6109.10.00'],
      ['mfn-9610000000-column-2', undefined, '9610.00.00.00'],
    ]);
    // priced without a schedule (as the widget does) the T-shirt is complete
    const priced = evaluate(tee, { tariffs: set });
    assert.ok(priced.ok && !('decisions' in priced.output));
    if (priced.ok && !('decisions' in priced.output)) assert.deepEqual([priced.output.charges!.duty, priced.output.charges!.complete], ['7.30', true]);
    const bad = s321(['tariffs', '--catalog', file('bad-catalog.json', [{ hts: '6109.10.0099' }])]);
    assert.equal(bad.code, 2);
    assert.match(bad.err, /\[0\]\.hts.*not in HTS 2026 Revision 10/);
  });
});

describe('s321 schedule import', () => {
  const rows = [
    { htsno: '6109.10.00', indent: '0', description: 'Of cotton', general: '20%', special: '', other: '90%', units: [] },
    { htsno: '6109.10.00.12', indent: '1', description: 'T-shirts', general: '', special: '', other: '', units: ['doz.'] },
  ];
  it('writes a schedule that --schedule reads, named in every estimate', () => {
    const out = join(tmp, 'rev11.json');
    const r = s321(['schedule', 'import', file('export.json', rows), '--edition', 'HTS 2026 Revision 11', '--effective', '2026-07-01', '--out', out]);
    assert.equal(r.code, 0, r.err);
    assert.match(r.err, /1 numbers under 1 rate lines/);
    const e = s321(['evaluate', file('tee2.json', tee), '--schedule', out]);
    assert.equal(e.code, 0, e.err);
    const got = JSON.parse(e.out);
    assert.equal(got.charges.lines[0].amount, '4.00');
    assert.equal(got.charges.tariffs.schedule, 'HTS 2026 Revision 11, effective 2026-07-01');
    assert.ok(JSON.parse(readFileSync(out, 'utf8')).lines.length > 10);
  });
  it('refuses a bad export and a bad schedule with a line per problem', () => {
    const notArray = s321(['schedule', 'import', file('obj.json', { rows }), '--edition', 'X', '--effective', '2026-07-01']);
    assert.equal(notArray.code, 2);
    assert.match(notArray.err, /expected the USITC JSON export: an array of rows/);
    const badDate = s321(['schedule', 'import', file('export2.json', rows), '--edition', 'X', '--effective', '2026-02-30']);
    assert.equal(badDate.code, 2);
    assert.match(badDate.err, /--effective: expected the edition's effective date/);
    const notJson = s321(['evaluate', file('tee3.json', tee), '--schedule', file('junk.json', 'nope')]);
    assert.equal(notJson.code, 2);
    assert.match(notJson.err, /junk\.json: not valid JSON/);
    const notSchedule = s321(['evaluate', file('tee4.json', tee), '--schedule', file('rules.json', { version: 'x' })]);
    assert.equal(notSchedule.code, 2);
    assert.match(notSchedule.err, /rules\.json: format: expected format 1/);
    assert.doesNotMatch(notSchedule.err + notJson.err, /at .*\.ts:\d+/);
  });
  it('--schedule once per edition: each entry priced by the edition in force on its date', () => {
    const at = (edition: string, effective: string, rate: string) => {
      const out = join(tmp, `${edition}.json`);
      const rows2 = rows.map((r) => (r.general ? { ...r, general: rate } : r));
      const r = s321(['schedule', 'import', file(`export-${effective}.json`, rows2), '--edition', edition, '--effective', effective, '--out', out]);
      assert.equal(r.code, 0, r.err);
      return out;
    };
    const r11 = at('HTS 2026 Revision 11', '2026-07-01', '20%');
    const r12 = at('HTS 2026 Revision 12', '2026-10-01', '10%');
    const batch = {
      shipments: [
        { ...tee, id: 'before', arrival: '2026-09-30' },
        { ...tee, id: 'after', arrival: '2026-10-01' },
      ],
    };
    const e = s321(['evaluate', file('two-dates.json', batch), '--schedule', r12, '--schedule', r11]);
    assert.equal(e.code, 0, e.err);
    const got = JSON.parse(e.out).decisions.map((d: { charges: { lines: { amount: string }[]; tariffs: { schedule: string } } }) => [
      d.charges.lines[0].amount,
      d.charges.tariffs.schedule,
    ]);
    assert.deepEqual(got, [
      ['4.00', 'HTS 2026 Revision 11, effective 2026-07-01'],
      ['2.00', 'HTS 2026 Revision 12, effective 2026-10-01'],
    ]);
    // the stack of one number on a date, with the line of the edition in force then
    const stack = JSON.parse(s321(['tariffs', '6109100012', '--origin', 'VN', '--date', '2026-08-01', '--schedule', r11, '--schedule', r12, '--json']).out);
    assert.deepEqual([stack.line.general, stack.schedule], ['20%', 'HTS 2026 Revision 11, effective 2026-07-01']);
    // two editions taking effect on one day: which applies would be left to chance
    const same = s321(['evaluate', file('tee5.json', tee), '--schedule', r11, '--schedule', at('HTS 2026 Revision 11b', '2026-07-01', '5%')]);
    assert.equal(same.code, 2);
    assert.match(same.err, /--schedule: editions "HTS 2026 Revision 11" and "HTS 2026 Revision 11b" both take effect on 2026-07-01/);
    assert.match(same.err, /give one edition per effective date/);
    assert.doesNotMatch(same.err, /at .*\.ts:\d+/);
  });
});

// The bundled schedule: up to date with the USITC export (skips when the export is absent), 30
// numbers across chapters checked against the export's text, and every distinct rate string of
// the edition either parsed or refused with a reason.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bundledSchedule, buildSchedule, loadSchedule, parseScheduleRate } from '../../../../core/schedule/index.ts';
import { bundledScheduleData } from '../../../../core/schedule/schedule.generated.ts';

test('the bundled schedule names its edition and holds every 10-digit number of chapters 01-97', () => {
  const s = bundledSchedule();
  assert.equal(s.edition, 'HTS 2026 Revision 10');
  assert.equal(s.effective, '2026-06-08');
  assert.equal(s.stamp, 'HTS 2026 Revision 10, effective 2026-06-08');
  assert.equal(s.size, 19738);
  assert.equal(s.lookup('9903881500'), null, 'chapter 99 is not a classification');
  assert.equal(s.lookup('6109100099'), null);
});

// [number, the line that carries its rates, general, column 2] as the export prints them (read
// from the export row by row, walking up by indent to the line with a rate)
const HAND: Array<[string, string, string, string]> = [
  ['0106.49.00.90', '0106.49.00', 'Free', '15%'],
  ['0406.30.05.00', '0406.30.05.00', '17%', '35%'],
  ['0713.39.21.30', '0713.39.21', '0.8¢/kg', '6.6¢/kg'],
  ['0806.10.40.45', '0806.10.40', 'Free', '$8.83/m3'],
  ['1702.90.52.00', '1702.90.52.00', '6%', '20%'],
  ['2106.90.91.00', '2106.90.91.00', '28.8¢/kg + 8.5%', '33.9¢/kg + 10%'],
  ['2620.21.00.50', '2620.21.00', 'Free', '8.8¢/kg on copper content + 3.3¢/kg on lead content + 3.7¢/kg on zinc content'],
  ['2846.90.80.75', '2846.90.80', '3.7%', '25%'],
  ['2933.39.61.10', '2933.39.61', '6.5%', '15.4¢/kg + 52%'],
  ['3004.90.92.06', '3004.90.92', 'Free', '30%'],
  ['3706.10.60.30', '3706.10.60', 'Free', '10¢/m'],
  ['3827.13.00.00', '3827.13.00.00', '6.5%', '114.5%'],
  ['3917.40.00.60', '3917.40.00', '5.3%', '80%'],
  ['4804.52.00.10', '4804.52.00', 'Free', '30%'],
  ['5212.15.60.60', '5212.15.60', '7.8%', '40%'],
  ['5515.12.00.90', '5515.12.00', '12%', '81%'],
  ['5603.93.00.10', '5603.93.00', 'Free', '74%'],
  ['6006.10.00.00', '6006.10.00.00', '10%', '65.5%'],
  ['6103.43.10.10', '6103.43.10', '58.5¢/kg + 15.2%', '77.2¢/kg + 54.5%'],
  ['6109.10.00.12', '6109.10.00', '16.5%', '90%'],
  ['6211.11.80.10', '6211.11.80', '7.5%', '37.5%'],
  ['6907.40.20.00', '6907.40.20.00', '10%', '55%'],
  ['7118.10.00.00', '7118.10.00.00', 'Free', 'Free'],
  ['7228.50.10.10', '7228.50.10', 'Free', '29%'],
  ['7307.91.50.70', '7307.91.50', '5.5%', '45%'],
  ['8424.90.90.40', '8424.90.90', 'Free', '35%'],
  ['8605.00.00.00', '8605.00.00.00', '14%', '45%'],
  ['9032.10.00.90', '9032.10.00', '1.7%', '40%'],
  ['9306.30.41.60', '9306.30.41', 'Free', '30%'],
  ['9403.82.00.01', '9403.82.00', 'Free', '60%'],
  ['9610.00.00.00', '9610.00.00.00', '3.5%', '33 1/3%'],
];

test('30 numbers across chapters: the rate line, general and column 2 rates of the export', () => {
  const s = bundledSchedule();
  for (const [dotted, line, general, other] of HAND) {
    const l = s.lookup(dotted.replace(/\./g, ''));
    assert.ok(l, `${dotted} is in the schedule`);
    assert.deepEqual([l.dotted, l.rateLine, l.general, l.other], [dotted, line, general, other], dotted);
  }
});

test('every distinct rate string of the edition is parsed or refused with a reason', () => {
  const d = bundledScheduleData;
  const seen = new Map<string, number>();
  for (const row of d.lines.split('\n')) {
    const f = row.split('\t');
    if (f.length === 5) for (const k of [1, 3]) seen.set(d.strings[+f[k]], (seen.get(d.strings[+f[k]]) ?? 0) + 1);
  }
  let parsedLines = 0,
    refusedLines = 0;
  const refusedForms = new Map<string, number>();
  for (const [text, n] of seen) {
    const r = parseScheduleRate(text);
    if (r.ok) {
      parsedLines += n;
      assert.ok(r.free || r.percent !== undefined || r.specific?.length, `"${text}" parsed to something`);
      if (r.ratio) assert.ok(r.ratio.num >= 0 && r.ratio.den > 0);
    } else {
      refusedLines += n;
      assert.ok(r.reason.length > 10, `"${text}" refused with a reason`);
      // the refused forms, by shape: none may cover more than a handful of lines, except the
      // rates that refer to another line (garment ensembles, sets), which no item alone decides
      const form = text.replace(/\d+(\.\d+)?/g, 'N');
      refusedForms.set(form, (refusedForms.get(form) ?? 0) + n);
    }
  }
  for (const [form, n] of refusedForms) if (!/^The rate/.test(form)) assert.ok(n <= 16, `refused form "${form}" covers ${n} lines`);
  assert.equal(seen.size, 1294);
  assert.ok(refusedLines < 250 && parsedLines > 22000, `${parsedLines} parsed, ${refusedLines} refused`);
});

test('rate forms: free, ad valorem, specific in cents and dollars, each, compound, thirds', () => {
  assert.deepEqual(parseScheduleRate('Free'), { ok: true, text: 'Free', free: true });
  const av = parseScheduleRate('16.5% ');
  assert.ok(av.ok && av.percent === '16.5' && av.ratio?.num === 165n && av.ratio.den === 1000n);
  assert.deepEqual(parseScheduleRate('4.4¢/kg'), { ok: true, text: '4.4¢/kg', free: false, specific: [{ cents: '4.4', unit: 'kg' }] });
  assert.deepEqual(parseScheduleRate('68¢/head'), { ok: true, text: '68¢/head', free: false, specific: [{ cents: '68', unit: 'head' }] });
  assert.deepEqual(parseScheduleRate('$1.35/doz.'), { ok: true, text: '$1.35/doz.', free: false, specific: [{ cents: '135', unit: 'doz.' }] });
  assert.deepEqual(parseScheduleRate('$1.32/pf. liter'), { ok: true, text: '$1.32/pf. liter', free: false, specific: [{ cents: '132', unit: 'pf.liters' }] });
  assert.deepEqual(parseScheduleRate('$0.055/kg').ok && parseScheduleRate('$0.055/kg'), {
    ok: true,
    text: '$0.055/kg',
    free: false,
    specific: [{ cents: '5.5', unit: 'kg' }],
  });
  const c = parseScheduleRate('37.5¢/kg + 14%');
  assert.ok(c.ok && c.percent === '14' && c.specific?.[0].cents === '37.5' && c.specific[0].unit === 'kg');
  const each = parseScheduleRate('5¢ each + 4.8%');
  assert.ok(each.ok && each.specific?.[0].unit === 'No.');
  const third = parseScheduleRate('33 1/3%');
  assert.ok(third.ok && third.ratio!.num * 3n === third.ratio!.den);
  const refused = parseScheduleRate('The rate applicable to each garment in the ensemble if separately entered');
  assert.ok(!refused.ok && /not computed/.test(refused.reason));
  assert.ok(!parseScheduleRate('').ok);
});

test('a schedule built from a small export inherits rates by indent, and bad files are refused with paths', () => {
  const rows = [
    { htsno: '6109', indent: '0', description: 'T-shirts', general: '', special: '', other: '', units: [] },
    { htsno: '6109.10.00', indent: '1', description: 'Of cotton', general: '16.5%', special: 'Free (AU)', other: '90%', units: [] },
    { htsno: '', indent: '2', description: "Men's or boys':", general: '', special: '', other: '', units: [] },
    { htsno: '6109.10.00.12', indent: '3', description: 'T-shirts, all white', general: '', special: '', other: '', units: ['doz.', 'kg'] },
    {
      htsno: '9903.88.15',
      indent: '0',
      description: 'list 4A',
      general: 'The duty provided in the applicable subheading + 7.5%',
      special: '',
      other: '',
      units: [],
    },
  ];
  const r = buildSchedule(rows, 'Test', '2026-01-01');
  assert.ok(r.ok);
  const l = loadSchedule(r.data);
  assert.ok(l.ok);
  assert.equal(l.schedule.size, 1);
  const line = l.schedule.lookup('6109100012')!;
  assert.deepEqual([line.rateLine, line.general, line.special, line.other, line.units], ['6109.10.00', '16.5%', 'Free (AU)', '90%', 'doz., kg']);
  const bad = buildSchedule({ rows }, 'Test', '2026-01-01');
  assert.ok(!bad.ok && /array of rows/.test(bad.issues[0].message));
  const badRow = buildSchedule([{ htsno: 'x1', indent: '0' }], 'Test', '2026-13-01');
  assert.ok(!badRow.ok);
  assert.deepEqual(
    badRow.issues.map((i) => i.path),
    ['effective', '[0].htsno'],
  );
  const notLoaded = loadSchedule({ format: 1, edition: 'X', effective: '2026-01-01', strings: [''], lines: '6109\t0' });
  assert.ok(!notLoaded.ok && notLoaded.issues[0].path === 'lines:1');
});

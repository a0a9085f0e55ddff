// Every dated rule of the two programmes: the day (or instant) before, of and after
// (the Data Pilot notices 84 FR 35405, 84 FR 67279 and 88 FR 10140; the Type 86 notices 84 FR 40079
// and 89 FR 2630; CSMS 66065494 for 2025-08-29).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { FILING_RULES, validateRecord } from '../../../../core/records/index.ts';

const fixtures = JSON.parse(readFileSync(new URL('../../../fixtures/records/complete-records.json', import.meta.url), 'utf8'));
const t86 = (patch: Record<string, unknown>) => ({ ...structuredClone(fixtures.type86), ...patch });
const pilot = (patch: Record<string, unknown>) => ({ ...structuredClone(fixtures['data-pilot']), ...patch });
const filing = (rec: unknown, profile: 'type86' | 'data-pilot') => {
  const r = validateRecord(rec, profile);
  assert.deepEqual(r.errors, [], 'the record is otherwise well formed');
  return r.filing.map((i) => i.code);
};

describe('Type 86 filing window: up to 15 days after arrival before 2024-02-15 (FR Doc 2019-17243)', () => {
  it('accepts a filing 15 days after an arrival on 2024-02-14', () => {
    assert.deepEqual(filing(t86({ arrivalDate: '2024-02-14', filedAt: '2024-02-29' }), 'type86'), []);
  });
  it('rejects a filing 16 days after an arrival on 2024-02-14 with FILED_AFTER_ARRIVAL', () => {
    assert.deepEqual(filing(t86({ arrivalDate: '2024-02-14', filedAt: '2024-03-01' }), 'type86'), ['FILED_AFTER_ARRIVAL']);
  });
  it('counts the 15 days in New York calendar days when the filing has a time', () => {
    assert.deepEqual(filing(t86({ arrivalDate: '2023-06-01', filedAt: '2023-06-16T23:30:00-04:00' }), 'type86'), []);
    assert.deepEqual(filing(t86({ arrivalDate: '2023-06-01', filedAt: '2023-06-17T00:30:00-04:00' }), 'type86'), ['FILED_AFTER_ARRIVAL']);
  });
});

describe('Type 86 filing upon or before arrival from 2024-02-15 (FR Doc 2024-00698)', () => {
  it('accepts a filing the day after arrival for an arrival on 2024-02-14 (day before the change)', () => {
    assert.deepEqual(filing(t86({ arrivalDate: '2024-02-14', filedAt: '2024-02-15' }), 'type86'), []);
  });
  it('rejects a filing the day after arrival for an arrival on 2024-02-15 (day of the change)', () => {
    assert.deepEqual(filing(t86({ arrivalDate: '2024-02-15', filedAt: '2024-02-16' }), 'type86'), ['FILED_AFTER_ARRIVAL']);
  });
  it('accepts a filing on the arrival day for an arrival on 2024-02-15', () => {
    assert.deepEqual(filing(t86({ arrivalDate: '2024-02-15', filedAt: '2024-02-15' }), 'type86'), []);
  });
  it('rejects a filing the day after arrival for an arrival on 2024-02-16 (day after)', () => {
    assert.deepEqual(filing(t86({ arrivalDate: '2024-02-16', filedAt: '2024-02-17' }), 'type86'), ['FILED_AFTER_ARRIVAL']);
  });
  it('compares instants when both carry a time', () => {
    assert.deepEqual(filing(t86({ arrivalDate: '2024-06-01T10:00:00-04:00', filedAt: '2024-06-01T09:59:00-04:00' }), 'type86'), []);
    assert.deepEqual(filing(t86({ arrivalDate: '2024-06-01T10:00:00-04:00', filedAt: '2024-06-01T10:01:00-04:00' }), 'type86'), ['FILED_AFTER_ARRIVAL']);
  });
  it('checks nothing when the filing time is not given', () => {
    const rec = t86({ arrivalDate: '2024-06-01' });
    delete rec.filedAt;
    assert.deepEqual(filing(rec, 'type86'), []);
  });
});

describe('no Type 86 or pilot record for arrivals from 2025-08-29 00:01 EDT (CSMS 66065494)', () => {
  for (const profile of ['type86', 'data-pilot'] as const) {
    const rec = (arrivalDate: string) =>
      profile === 'type86' ? t86({ arrivalDate, filedAt: arrivalDate.slice(0, 10) === '2025-08-29' ? '2025-08-28' : '2025-08-27' }) : pilot({ arrivalDate });
    it(`${profile}: accepts an arrival on 2025-08-28`, () => {
      assert.deepEqual(filing(rec('2025-08-28'), profile), []);
    });
    it(`${profile}: accepts an arrival at 2025-08-29 00:00:30 EDT`, () => {
      assert.deepEqual(filing(rec('2025-08-29T00:00:30-04:00'), profile), []);
    });
    it(`${profile}: rejects an arrival at 2025-08-29 00:01 EDT with NOT_ACCEPTED_AFTER_SUSPENSION`, () => {
      assert.deepEqual(filing(rec('2025-08-29T00:01:00-04:00'), profile), ['NOT_ACCEPTED_AFTER_SUSPENSION']);
    });
    it(`${profile}: rejects an arrival dated 2025-08-29 (a date counts as the whole day)`, () => {
      assert.deepEqual(filing(rec('2025-08-29'), profile), ['NOT_ACCEPTED_AFTER_SUSPENSION']);
    });
    it(`${profile}: rejects an arrival on 2025-08-30`, () => {
      assert.deepEqual(filing(rec('2025-08-30'), profile), ['NOT_ACCEPTED_AFTER_SUSPENSION']);
    });
  }
});

describe('programme start dates', () => {
  it('pilot: rejects an arrival on 2019-08-21, accepts 2019-08-22 and 2019-08-23 (FR Doc 2019-15625)', () => {
    assert.deepEqual(filing(pilot({ arrivalDate: '2019-08-21' }), 'data-pilot'), ['NOT_ACCEPTED_BEFORE_START']);
    assert.deepEqual(filing(pilot({ arrivalDate: '2019-08-22' }), 'data-pilot'), []);
    assert.deepEqual(filing(pilot({ arrivalDate: '2019-08-23' }), 'data-pilot'), []);
  });
  it('type86: rejects an arrival on 2019-09-27, accepts 2019-09-28 and 2019-09-29 (FR Doc 2019-17243)', () => {
    assert.deepEqual(filing(t86({ arrivalDate: '2019-09-27', filedAt: '2019-09-27' }), 'type86'), ['NOT_ACCEPTED_BEFORE_START']);
    assert.deepEqual(filing(t86({ arrivalDate: '2019-09-28', filedAt: '2019-09-28' }), 'type86'), []);
    assert.deepEqual(filing(t86({ arrivalDate: '2019-09-29', filedAt: '2019-09-28' }), 'type86'), []);
  });
  it('pilot: ocean and mail only from 2019-12-09 (FR Doc 2019-26445)', () => {
    for (const mode of ['OCEAN', 'MAIL']) {
      assert.deepEqual(filing(pilot({ arrivalDate: '2019-12-08', modeOfTransportation: mode }), 'data-pilot'), ['MODE_NOT_IN_PILOT'], mode);
      assert.deepEqual(filing(pilot({ arrivalDate: '2019-12-09', modeOfTransportation: mode }), 'data-pilot'), [], mode);
      assert.deepEqual(filing(pilot({ arrivalDate: '2019-12-10', modeOfTransportation: mode }), 'data-pilot'), [], mode);
    }
    assert.deepEqual(filing(pilot({ arrivalDate: '2019-12-08', modeOfTransportation: 'RAIL' }), 'data-pilot'), []);
  });
});

describe('Type 86 value and fee rules', () => {
  const lines = (a: string, b: string) => {
    const r = t86({});
    r.lines[0].fairRetailValue.amount = a;
    r.lines[1].fairRetailValue.amount = b;
    return r;
  };
  it('accepts an aggregate of exactly $800.00 and rejects $800.01 with VALUE_OVER_LIMIT', () => {
    assert.deepEqual(filing(lines('400.00', '400.00'), 'type86'), []);
    assert.deepEqual(filing(lines('400.00', '400.01'), 'type86'), ['VALUE_OVER_LIMIT']);
  });
  it('rejects a line with a PGA fee with PGA_FEE_NOT_ALLOWED at that line', () => {
    const r = t86({});
    r.lines[1].pgaFee = true;
    const v = validateRecord(r, 'type86');
    assert.deepEqual(
      v.filing.map((i) => [i.path, i.code]),
      [['lines[1].pgaFee', 'PGA_FEE_NOT_ALLOWED']],
    );
    assert.match(v.filing[0].message, /type 11 or 01/);
  });
  it('gives every filing rule a citation', () => {
    for (const rule of FILING_RULES) assert.ok(rule.citations.length > 0, rule.id);
    const r = validateRecord(t86({ arrivalDate: '2025-09-01', filedAt: '2025-08-30' }), 'type86');
    assert.match(r.filing[0].citation ?? '', /CSMS 66065494/);
  });
});

describe('the filing rules are dated law (core/law): one loader, one citation form', async () => {
  const { compileFilingRules } = await import('../../../../core/records/filing-rules.ts');
  it('the rules load clean: unique ids, real windows, no two of one kind in force together, no gap', () => {
    assert.ok(compileFilingRules(FILING_RULES).ok);
  });
  it('a missing or doubled window of one kind is refused', () => {
    const gap = compileFilingRules(FILING_RULES.map((r) => (r.id === 'type86-window-on-arrival' ? { ...r, from: '2024-03-01' } : r)));
    assert.ok(!gap.ok && gap.issues.map((i) => i.code).join() === 'GAP', JSON.stringify(gap));
    const twice = compileFilingRules(FILING_RULES.map((r) => (r.id === 'type86-window-on-arrival' ? { ...r, from: '2024-02-01' } : r)));
    assert.ok(
      !twice.ok && twice.issues.map((i) => i.code).join() === 'OVERLAP' && /type86-window-15-days/.test(twice.issues[0].message),
      JSON.stringify(twice),
    );
    const dup = compileFilingRules([...FILING_RULES, FILING_RULES[0]]);
    assert.ok(!dup.ok && dup.issues.some((i) => i.code === 'DUPLICATE_ID' && i.path === `[${FILING_RULES.length}].id`));
  });
  it('an issue cites each source with its tag', () => {
    const r = validateRecord(t86({ arrivalDate: '2025-09-01' }), 'type86');
    const end = r.filing.find((i) => i.code === 'NOT_ACCEPTED_AFTER_SUSPENSION');
    assert.equal(end?.citation, 'CSMS 66065494 [P]; EO 14324 (FR Doc 2025-14897) [P]');
  });
});

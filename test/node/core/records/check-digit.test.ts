import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { checkEntryNumber, entryCheckDigit, FILER_LETTER_DIGITS, formatEntryNumber } from '../../../../core/records/index.ts';

describe('entry number check digit (CATAIR Appendix E)', () => {
  it('gives 6 for filer ABC and transaction 1234567 (published vector)', () => {
    assert.equal(entryCheckDigit('ABC', '1234567'), 6);
  });
  it('gives 0 for filer 999 and transaction 9999999 (published vector)', () => {
    assert.equal(entryCheckDigit('999', '9999999'), 0);
  });
  it('accepts the vectors written plain or with dashes', () => {
    assert.equal(checkEntryNumber('ABC12345676').ok, true);
    assert.equal(checkEntryNumber('ABC-1234567-6').ok, true);
    assert.equal(checkEntryNumber('999-9999999-0').ok, true);
  });
  it('rejects every wrong check digit with CHECK_DIGIT and names the right one', () => {
    for (let d = 0; d <= 9; d++) {
      if (d === 6) continue;
      const r = checkEntryNumber(`ABC1234567${d}`);
      assert.equal(r.ok, false);
      assert.equal(!r.ok && r.code, 'CHECK_DIGIT');
      assert.match(!r.ok ? r.expected : '', /check digit 6/);
    }
  });
  it('rejects malformed numbers as INVALID_FORMAT, not CHECK_DIGIT', () => {
    for (const bad of ['AB12345676', 'ABC1234567', 'abc12345676', 'ABC-12345-676', 'ABC123456X6', '']) {
      const r = checkEntryNumber(bad);
      assert.equal(!r.ok && r.code, 'INVALID_FORMAT', bad);
    }
  });
  it('catches a single changed digit of the transaction number', () => {
    const good = formatEntryNumber('K7Q', '0012345')!;
    for (let i = 3; i < 10; i++) {
      const d = +good[i];
      const changed = good.slice(0, i) + String((d + 1) % 10) + good.slice(i + 1);
      assert.equal(checkEntryNumber(changed).ok, false, changed);
    }
  });
  it('keeps the letter table as data: A-I, J-R = 1-9 and S-Z = 2-9 ([M] convention)', () => {
    assert.equal(Object.keys(FILER_LETTER_DIGITS).length, 26);
    assert.deepEqual([FILER_LETTER_DIGITS.A, FILER_LETTER_DIGITS.B, FILER_LETTER_DIGITS.C], [1, 2, 3]);
    assert.equal(FILER_LETTER_DIGITS.J, 1);
    assert.equal(FILER_LETTER_DIGITS.S, 2);
    assert.equal(FILER_LETTER_DIGITS.Z, 9);
  });
  it('returns null for a filer code or transaction number of the wrong shape', () => {
    assert.equal(entryCheckDigit('AB', '1234567'), null);
    assert.equal(entryCheckDigit('ABC', '123456'), null);
    assert.equal(formatEntryNumber('ab1', '1234567'), null);
  });
});

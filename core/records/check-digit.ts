// The entry number check digit (ACE CATAIR Appendix E "Valid Entry Numbers"): XXX-NNNNNNN-C, a 3-character filer code, a 7-digit transaction number and a check digit
// over the first 10 characters. Letters of the filer code become digits, then a mod-10
// (Luhn-style) sum doubles every second digit counting from the right end of the 10 digits
// (digits of products added), and the check digit is (10 - sum mod 10) mod 10.
// Published vectors: ABC + 1234567 -> 6 (ABC -> 1,2,3); 999 + 9999999 -> 0.

/**
 * Letter -> digit for filer codes. [M] The sources confirm only A, B, C -> 1, 2, 3 (from the
 * published vector); the rest follows "a common convention" (A-I = 1-9, J-R = 1-9, S-Z = 2-9)
 * that no primary text showed. Kept as data in this one table so it can be corrected alone.
 */
export const FILER_LETTER_DIGITS: Readonly<Record<string, number>> = {
  A: 1,
  B: 2,
  C: 3,
  D: 4,
  E: 5,
  F: 6,
  G: 7,
  H: 8,
  I: 9,
  J: 1,
  K: 2,
  L: 3,
  M: 4,
  N: 5,
  O: 6,
  P: 7,
  Q: 8,
  R: 9,
  S: 2,
  T: 3,
  U: 4,
  V: 5,
  W: 6,
  X: 7,
  Y: 8,
  Z: 9,
};

/** Filer code formats CATAIR allows (N = digit, A = letter): NNN, ANN, AAN, AAA, ANA, NAN, NNA, NAA. */
export const FILER_CODE_RE = /^[A-Z0-9]{3}$/;
export const ENTRY_NUMBER_RE = /^([A-Z0-9]{3})-?(\d{7})-?(\d)$/;

/** The check digit for a filer code and a 7-digit transaction number; null when malformed. */
export function entryCheckDigit(filerCode: string, transactionNumber: string): number | null {
  if (!FILER_CODE_RE.test(filerCode) || !/^\d{7}$/.test(transactionNumber)) return null;
  const chars = filerCode + transactionNumber;
  let sum = 0;
  for (let i = 0; i < 10; i++) {
    const c = chars[i];
    let d = c >= '0' && c <= '9' ? c.charCodeAt(0) - 48 : FILER_LETTER_DIGITS[c];
    // positions 9, 7, 5, 3, 1 (0-based) are the 1st, 3rd, ... digits from the right: doubled
    if ((9 - i) % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9; // the digits of a product 10..18 add up to product - 9
    }
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}

/** "ABC12345676" from a filer code and a transaction number (the check digit appended). */
export function formatEntryNumber(filerCode: string, transactionNumber: string): string | null {
  const c = entryCheckDigit(filerCode, transactionNumber);
  return c === null ? null : `${filerCode}${transactionNumber}${c}`;
}

export type EntryNumberCheck =
  | { ok: true; filerCode: string; transactionNumber: string; checkDigit: number }
  | { ok: false; code: 'INVALID_FORMAT' | 'CHECK_DIGIT'; expected: string };

/** Checks an entry number written "ABC12345676" or "ABC-1234567-6". */
export function checkEntryNumber(text: string): EntryNumberCheck {
  const m = ENTRY_NUMBER_RE.exec(text);
  if (!m) return { ok: false, code: 'INVALID_FORMAT', expected: 'a 3-character filer code, 7 digits and a check digit, such as "ABC-1234567-6"' };
  const want = entryCheckDigit(m[1], m[2])!;
  if (want !== +m[3]) return { ok: false, code: 'CHECK_DIGIT', expected: `check digit ${want} for ${m[1]}-${m[2]}` };
  return { ok: true, filerCode: m[1], transactionNumber: m[2], checkDigit: want };
}

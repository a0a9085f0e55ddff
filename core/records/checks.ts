// The record profiles' checks that JSON Schema cannot state, written once: zod runs them as
// refinements (parts.ts, profiles.ts) and the generated checker (contract.generated.ts) by name.
import type { CheckFailure } from '../contract/checker.ts';
import { currencyDecimals } from '../money/currencies.ts';
import { REQUEST_CHECKS } from '../shipment/checks.ts';
import { parseDateOrInstant } from '../time/new-york.ts';
import { checkEntryNumber } from './check-digit.ts';
import type { RequirementTable } from './requirements.ts';

/** A bill of lading, air waybill or tracking number. */
export const BILL_RE = /^[A-Za-z0-9][A-Za-z0-9-]{0,49}$/;

// IOR number formats: IRS (EIN, optionally with CBP's 2-character suffix) "12-3456789" or
// "12-3456789AB", SSN "123-45-6789"; CBP-assigned numbers "YYDDPP-NNNNN" (a convention; the
// ACE Type 86 notice gives the EIN pattern).
const IOR_FORMATS: Record<string, RegExp> = {
  IRS: /^\d{2}-\d{7}([A-Z0-9]{2})?$/,
  SSN: /^\d{3}-\d{2}-\d{4}$/,
  CBP: /^\d{6}-\d{5}$/,
};

type AnyObj = Record<string, unknown>;

function valueAt(rec: AnyObj, when: string): unknown[] {
  const m = /^(\w+)\[\*\]\.(\w+)$/.exec(when);
  if (!m) return [rec[when]];
  const arr = rec[m[1]];
  return Array.isArray(arr) ? arr.map((x) => (x && typeof x === 'object' ? (x as AnyObj)[m[2]] : undefined)) : [];
}

/** The table's "one of" groups and conditional requirements on a record object. */
export function missingElements(table: RequirementTable, rec: AnyObj): Array<{ element: string; message: string }> {
  const out: Array<{ element: string; message: string }> = [];
  for (const g of table.oneOf) {
    if (!g.elements.some((e) => rec[e] !== undefined))
      out.push({ element: g.elements[0], message: `required: at least one of ${g.elements.join(', ')} (${g.because})` });
  }
  for (const r of table.requiredWhen) {
    if (rec[r.element] !== undefined) continue;
    if (valueAt(rec, r.when).some((v) => v === r.equals))
      out.push({
        element: r.element,
        message: `required element ${r.element} is missing: required when ${r.when} is ${JSON.stringify(r.equals)} (${r.because})`,
      });
  }
  return out;
}

export const RECORD_CHECKS = {
  // the same country and currency checks as the request's, with the same messages
  country: REQUEST_CHECKS.country,
  currency: REQUEST_CHECKS.currency,
  realDate: (v: string): CheckFailure | undefined => (parseDateOrInstant(v).ok ? undefined : 'expected a real calendar date and time'),
  /** one bill; several numbers in one field are MULTIPLE_BILLS */
  bill: (v: string, what: string): CheckFailure | undefined => {
    if (BILL_RE.test(v)) return undefined;
    const parts = v.split(/[\s,;]+/).filter(Boolean);
    if (parts.length > 1 && parts.every((p) => BILL_RE.test(p)))
      return { message: `expected one ${what}, got ${parts.length} (${parts.join(', ')})`, code: 'MULTIPLE_BILLS' };
    return `expected a ${what}: 1-50 letters, digits or dashes`;
  },
  /** the entry number's check digit (CATAIR Appendix E), once its form is right */
  entryCheckDigit: (v: string): CheckFailure | undefined => {
    const r = checkEntryNumber(v);
    return !r.ok && r.code === 'CHECK_DIGIT' ? { message: `expected ${r.expected}, got ${JSON.stringify(v)}`, code: 'CHECK_DIGIT' } : undefined;
  },
  /** an amount has at most the decimals its currency allows */
  decimals: (m: { amount: unknown; currency: unknown }): CheckFailure | undefined => {
    if (typeof m.amount !== 'string' || typeof m.currency !== 'string') return undefined;
    const dec = currencyDecimals(m.currency);
    if (dec === undefined) return undefined;
    const frac = m.amount.split('.')[1] ?? '';
    return frac.length > dec
      ? { path: ['amount'], message: `expected at most ${dec} decimals for ${m.currency}, got "${m.amount}"`, code: 'INVALID_FORMAT' }
      : undefined;
  },
  /** the importer number has the form of its identifier type */
  iorFormat: (v: { number: unknown; identifierType: string }): CheckFailure | undefined => {
    const re = IOR_FORMATS[v.identifierType];
    return re && typeof v.number === 'string' && !re.test(v.number)
      ? { path: ['number'], message: `expected a ${v.identifierType} number of the form ${re.source}, got ${JSON.stringify(v.number)}`, code: 'INVALID_FORMAT' }
      : undefined;
  },
  /** the requirement table's groups and conditions (reported one issue per element by profiles.ts) */
  groups: (rec: AnyObj, table: RequirementTable): CheckFailure | undefined => {
    const missing = missingElements(table, rec);
    return missing.length ? { path: [missing[0].element], message: missing[0].message, code: 'MISSING_ELEMENT' } : undefined;
  },
};

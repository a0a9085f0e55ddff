// Small zod/mini parts the record profiles are built from: text, codes, party with address,
// money, HTS number, identifiers (issue 3: "profiles as zod schemas built from shared parts").
// zod/mini, not zod: the extension's seller export may bundle these (stack notes, section 4).
// Each part carries its format in the JSON Schema (pattern, enum) where JSON Schema can say it;
// checks it cannot say (ISO code lists, decimals per currency, the entry number check digit)
// are refinements whose issues carry an s321 code in `params`.
import * as z from 'zod/mini';
import { isCountry } from '../geo/countries.ts';
import { currencyDecimals, isCurrency } from '../money/currencies.ts';
import { parseDateOrInstant } from '../time/new-york.ts';
import { checkEntryNumber, ENTRY_NUMBER_RE } from './check-digit.ts';

export const text = (max: number, description?: string) => {
  const s = z.string().check(z.minLength(1, 'expected a non-empty text'), z.maxLength(max, `expected at most ${max} characters`));
  return description ? s.check(z.meta({ description })) : s;
};

export const countryCode = z
  .string()
  .check(
    z.regex(/^[A-Z]{2}$/, 'expected an ISO 3166-1 alpha-2 country code such as "VN"'),
    z.refine(isCountry, 'expected an ISO 3166-1 alpha-2 country code such as "VN"'),
    z.meta({ description: 'ISO 3166-1 alpha-2 country code' }),
  );

/** A date (YYYY-MM-DD, a day in New York) or an ISO 8601 instant, as the core reads them. */
export const dateOrInstant = z
  .string()
  .check(
    z.regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})?)?$/, 'expected a date YYYY-MM-DD or an ISO 8601 date-time such as 2024-02-15T09:30:00-05:00'),
    z.refine((t) => parseDateOrInstant(t).ok, 'expected a real calendar date and time'),
  );

export const url = z
  .string()
  .check(z.maxLength(2000, 'expected at most 2000 characters'), z.regex(/^https?:\/\/[^\s/$.?#][^\s]*$/i, 'expected an http(s) URL'), z.meta({ format: 'uri' }));

export const hts10 = z.string().check(z.regex(/^\d{10}$/, 'expected a 10-digit HTSUS number such as "6109100012" (no dots)'));

/** CBP Schedule D port code: 4 characters, digits in practice (reference 3.2 row 4, 3.4). */
export const portCode = z.string().check(z.regex(/^\d{4}$/, 'expected a 4-digit CBP Schedule D port code such as "2720"'));

/** A bill of lading, air waybill or tracking number. Several numbers in one field (separated
 * by commas, semicolons or spaces) are reported as MULTIPLE_BILLS where only one is allowed. */
export const BILL_RE = /^[A-Za-z0-9][A-Za-z0-9-]{0,49}$/;
export const billNumber = (what: string) =>
  z.string().check(
    z.superRefine((v: string, ctx) => {
      if (BILL_RE.test(v)) return;
      const parts = v.split(/[\s,;]+/).filter(Boolean);
      if (parts.length > 1 && parts.every((p) => BILL_RE.test(p))) {
        ctx.addIssue({ code: 'custom', input: v, message: `expected one ${what}, got ${parts.length} (${parts.join(', ')})`, params: { s321: 'MULTIPLE_BILLS' } });
      } else {
        ctx.addIssue({ code: 'custom', input: v, message: `expected a ${what}: 1-50 letters, digits or dashes` });
      }
    }),
    z.meta({ pattern: BILL_RE.source }),
  );

export const entryNumber = z.string().check(
  z.regex(ENTRY_NUMBER_RE, 'expected a 3-character filer code, 7 digits and a check digit, such as "ABC-1234567-6"'),
  z.superRefine((v: string, ctx) => {
    const r = checkEntryNumber(v);
    if (!r.ok && r.code === 'CHECK_DIGIT') ctx.addIssue({ code: 'custom', input: v, message: `expected ${r.expected}, got ${JSON.stringify(v)}`, params: { s321: 'CHECK_DIGIT' } });
  }),
);

const AMOUNT_RE = /^\d{1,12}(\.\d{1,3})?$/;

/** An amount in a currency, as a decimal string ("12.50"); the decimals the currency allows. */
export const money = z
  .strictObject({
    amount: z.string().check(z.regex(AMOUNT_RE, 'expected a non-negative decimal amount such as "12.50"')),
    currency: z.string().check(z.regex(/^[A-Z]{3}$/, 'expected an ISO 4217 currency code such as "EUR"'), z.refine(isCurrency, 'expected an ISO 4217 currency code such as "EUR"')),
  })
  .check(
    z.superRefine((m, ctx) => {
      if (typeof m.amount !== 'string' || typeof m.currency !== 'string') return;
      const dec = currencyDecimals(m.currency);
      if (dec === undefined) return;
      const frac = m.amount.split('.')[1] ?? '';
      if (frac.length > dec) ctx.addIssue({ code: 'custom', input: m.amount, path: ['amount'], message: `expected at most ${dec} decimals for ${m.currency}, got "${m.amount}"` });
    }),
  );

/** Fair retail value: USD only (reference 3.4), cents. */
export const usd = z.strictObject({
  amount: z.string().check(z.regex(/^\d{1,12}(\.\d{1,2})?$/, 'expected a USD amount such as "49.99"')),
  currency: z.literal('USD'),
});

export interface PartyRule {
  /** the party's name is required */
  name: boolean;
  /** the street line (address.line1) is required */
  street: boolean;
  /** the address country is required */
  country: boolean;
}

/** Name and address. What a party must carry differs per element (reference 2.4 "Required
 * there" column: "name + street + country", "street + country", ...): given as a PartyRule. */
export function party(rule: PartyRule) {
  const opt = <T extends z.ZodMiniType>(s: T, required: boolean) => (required ? s : z.optional(s));
  const address = z.strictObject({
    line1: opt(text(200, 'street line'), rule.street),
    line2: z.optional(text(200)),
    city: z.optional(text(100)),
    region: z.optional(text(100, 'state, province or region')),
    postalCode: z.optional(text(20)),
    country: opt(countryCode, rule.country),
  });
  return z.strictObject({
    name: opt(text(200), rule.name),
    address: rule.street || rule.country ? address : z.optional(address),
  });
}

export type PartyValue = {
  name?: string;
  address?: { line1?: string; line2?: string; city?: string; region?: string; postalCode?: string; country?: string };
};

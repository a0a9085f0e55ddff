// Small zod/mini parts the record profiles are built from: text, codes, party with address,
// money, HTS number, identifiers ("profiles as zod schemas built from shared parts").
// zod/mini, not zod: the extension's seller export may bundle these (stack notes, section 4).
// Each part carries its format in the JSON Schema (pattern, enum) where JSON Schema can say it;
// checks it cannot say (ISO code lists, decimals per currency, the entry number check digit)
// are refinements whose issues carry an s321 code in `params`.
import * as z from 'zod/mini';
import { checked, named } from '../contract/zod.ts';
import { ENTRY_NUMBER_RE } from './check-digit.ts';
import { BILL_RE, RECORD_CHECKS } from './checks.ts';

export const text = (max: number, description?: string) => {
  const s = z.string().check(z.minLength(1, 'expected a non-empty text'), z.maxLength(max, `expected at most ${max} characters`));
  return description ? s.check(z.meta({ description })) : s;
};

export const countryCode = checked(
  z.string().check(z.regex(/^[A-Z]{2}$/, 'expected an ISO 3166-1 alpha-2 country code such as "VN"')),
  named(RECORD_CHECKS, 'country'),
).check(z.meta({ description: 'ISO 3166-1 alpha-2 country code' }));

/** A date (YYYY-MM-DD, a day in New York) or an ISO 8601 instant, as the core reads them. */
export const dateOrInstant = checked(
  z
    .string()
    .check(
      z.regex(
        /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})?)?$/,
        'expected a date YYYY-MM-DD or an ISO 8601 date-time such as 2024-02-15T09:30:00-05:00',
      ),
    ),
  named(RECORD_CHECKS, 'realDate'),
);

export const url = z
  .string()
  .check(
    z.maxLength(2000, 'expected at most 2000 characters'),
    z.regex(/^https?:\/\/[^\s/$.?#][^\s]*$/i, 'expected an http(s) URL'),
    z.meta({ format: 'uri' }),
  );

export const hts10 = z.string().check(z.regex(/^\d{10}$/, 'expected a 10-digit HTSUS number such as "6109100012" (no dots)'));

/** CBP Schedule D port code: 4 characters, digits in practice (CBP's Type 86 FAQ; CBP Schedule D). */
export const portCode = z.string().check(z.regex(/^\d{4}$/, 'expected a 4-digit CBP Schedule D port code such as "2720"'));

/** A bill of lading, air waybill or tracking number. Several numbers in one field (separated
 * by commas, semicolons or spaces) are reported as MULTIPLE_BILLS where only one is allowed. */
export { BILL_RE };
export const billNumber = (what: string) => checked(z.string(), named(RECORD_CHECKS, 'bill', what)).check(z.meta({ pattern: BILL_RE.source }));

export const entryNumber = checked(
  z.string().check(z.regex(ENTRY_NUMBER_RE, 'expected a 3-character filer code, 7 digits and a check digit, such as "ABC-1234567-6"')),
  named(RECORD_CHECKS, 'entryCheckDigit'),
);

const AMOUNT_RE = /^\d{1,12}(\.\d{1,3})?$/;

/** An amount in a currency, as a decimal string ("12.50"); the decimals the currency allows. */
export const money = checked(
  z.strictObject({
    amount: z.string().check(z.regex(AMOUNT_RE, 'expected a non-negative decimal amount such as "12.50"')),
    currency: checked(z.string().check(z.regex(/^[A-Z]{3}$/, 'expected an ISO 4217 currency code such as "EUR"')), named(RECORD_CHECKS, 'currency')),
  }),
  named(RECORD_CHECKS, 'decimals'),
);

/** Fair retail value: USD only (CBP's Type 86 FAQ), cents. */
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

/** Name and address. What a party must carry differs per element (the pilot's element vocabulary, "Required
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

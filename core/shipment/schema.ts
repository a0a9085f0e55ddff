// The request contract of `s321 evaluate` (issue 2, "The contract"), as zod/mini schemas.
// Shape only: calendar validity, ISO codes, decimals per currency and rates are checked by
// normalize.ts, which reports them with the same path format.
import * as z from 'zod/mini';
import { isCountry } from '../geo/countries.ts';
import { isCurrency } from '../money/currencies.ts';
import { parseAmount } from '../money/money.ts';
import { ITEM_FLAGS, MODES } from '../rules/types.ts';
import { parseDateOrInstant } from '../time/new-york.ts';
import { DUTY_ONE_OF, DUTY_RATE_RE, isProgram, PER_UNIT_RE, plainNumber, PROGRAM_RE, USD_AMOUNT_RE } from './validate.ts';

const text = (max: number) => z.string().check(z.maxLength(max, `expected at most ${max} characters`));
const code2 = z.string().check(z.refine(isCountry, 'expected an ISO 3166-1 alpha-2 country code such as "VN"'));
const when = z.string().check(
  z.refine((t) => parseDateOrInstant(t).ok, 'expected a real date YYYY-MM-DD or an ISO 8601 date-time such as 2025-08-29T00:00:30-04:00'),
);


export const moneySchema = z
  .object({
    amount: z.union([z.string(), z.number()]),
    currency: z.string().check(z.refine(isCurrency, 'expected an ISO 4217 currency code such as "EUR"')),
  })
  .check(
    z.superRefine((m, ctx) => {
      if (!isCurrency(m.currency)) return;
      const t = typeof m.amount === 'string' ? m.amount : plainNumber(m.amount);
      const r = t === null ? { ok: false as const, expected: 'a finite non-negative amount' } : parseAmount(t, m.currency);
      if (!r.ok) ctx.addIssue({ code: 'custom', path: ['amount'], message: `expected ${r.expected}`, input: m.amount });
    }),
  );

export const addressSchema = z.object({
  line1: z.optional(text(200)),
  line2: z.optional(text(200)),
  city: z.optional(text(100)),
  region: z.optional(text(100)),
  postalCode: z.optional(text(20)),
  country: z.optional(code2),
});

export const partySchema = z.object({
  id: z.optional(text(100)),
  type: z.optional(z.enum(['person', 'business'])),
  name: z.optional(text(200)),
  country: z.optional(code2),
  address: z.optional(addressSchema),
});

// Duty layers the merchant knows from the item's classification (core/charges): a percent of
// the value or an amount per unit of quantity, one entry per program.
export const dutySchema = z
  .object({
    program: z.string().check(z.regex(PROGRAM_RE, 'expected a kebab-case program id such as "mfn" or "section-301-china"')),
    rate: z.optional(z.string().check(z.regex(DUTY_RATE_RE, 'expected a percent as a decimal string such as "6.5"'))),
    perUnit: z.optional(z.string().check(z.regex(PER_UNIT_RE, 'expected USD per unit as a decimal string such as "0.25"'))),
  })
  .check(
    z.superRefine((d, ctx) => {
      if ((d.rate === undefined) === (d.perUnit === undefined)) ctx.addIssue({ code: 'custom', path: [], message: DUTY_ONE_OF, input: d });
    }),
  );

export const dutiesSchema = z.array(dutySchema).check(
  z.superRefine((list, ctx) => {
    list.forEach((d, i) => {
      const p = d !== null && typeof d === 'object' ? (d as { program?: unknown }).program : undefined;
      if (typeof p === 'string' && list.findIndex((e) => isProgram(e, p)) < i) ctx.addIssue({ code: 'custom', path: [i, 'program'], message: `expected each program once; "${p}" is given twice`, input: p });
    });
  }),
);

export const carrierFeeSchema = z.object({
  amount: z.string().check(z.regex(USD_AMOUNT_RE, 'expected a USD amount such as "2.50"')),
  name: z.optional(text(100)),
});

export const itemSchema = z.object({
  description: z.optional(text(500)),
  quantity: z.optional(z.number().check(z.int('expected a whole number'), z.minimum(1, 'expected a quantity of at least 1'), z.maximum(1_000_000, 'expected a quantity of at most 1,000,000'))),
  price: moneySchema,
  origin: code2,
  hts: z.optional(z.string().check(z.regex(/^(\d{10}|\d{4}\.\d{2}\.\d{4})$/, 'expected a 10-digit HTS number such as "6109100012" or "6109.10.0012"'))),
  flags: z.optional(z.array(z.enum(ITEM_FLAGS))),
  duties: z.optional(dutiesSchema),
});

export const shipmentSchema = z.object({
  id: z.optional(text(100)),
  arrival: when,
  exportDate: z.optional(when),
  mode: z.enum(MODES),
  shipFrom: code2,
  kind: z.optional(z.enum(['purchase', 'gift'])),
  sender: z.optional(partySchema),
  recipient: z.optional(partySchema),
  orderId: z.optional(text(100)),
  items: z.array(itemSchema).check(z.minLength(1, 'expected at least one item')),
  carrierFee: z.optional(carrierFeeSchema),
});

export const batchSchema = z.object({
  shipments: z.array(z.unknown()).check(z.minLength(1, 'expected at least one shipment')),
});

/** A price as the request gives it: `{"amount": "12.50", "currency": "EUR"}`. */
export type MoneyInput = z.infer<typeof moneySchema>;
/** A postal address of a sender or recipient; every field optional. */
export type AddressInput = z.infer<typeof addressSchema>;
/** The sender or recipient; `id` (or name and address) groups shipments into one person-day. */
export type PartyInput = z.infer<typeof partySchema>;
/** One line of a shipment: price, country of origin, and optionally the HTS number and item flags. */
export type ItemInput = z.infer<typeof itemSchema>;
/** One shipment as a request gives it (the JSON `s321 evaluate` reads). */
export type ShipmentInput = z.infer<typeof shipmentSchema>;
/** A request: one shipment, or a batch `{"shipments": [...]}` decided together. */
export type EvaluateRequest = ShipmentInput | { shipments: ShipmentInput[] };

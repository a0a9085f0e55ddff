// The request contract of `s321 evaluate`, as zod/mini schemas: the one definition from which
// the TypeScript types (z.infer), the published JSON Schema (`s321 schema request`) and the
// engine's zod-free checker (contract.generated.ts, compiled by core/contract/checker.ts) are
// derived. Every object is strict: an unknown key is an error naming the nearest known key.
//
// Adding a field is one edit here: a member of the object, built from zod and, for what JSON
// Schema cannot state or for a message of our own, `checked(schema, rule...)` with the rules of
// core/contract/zod.ts or a named check of ./checks.ts. Then `npm run gen:contracts` rewrites
// contract.generated.ts (a test fails while it is stale).
//
// Shape only: rates and the exportation date's order are checked by normalize.ts, which reports
// them with the same path format.
import * as z from 'zod/mini';
import { checked, int, maximum, maxLength, minimum, minLength, named, regex } from '../contract/zod.ts';
import { ITEM_FLAGS, MODES } from '../rules/types.ts';
import { RATE_UNITS } from '../schedule/units.ts';
import { DUTY_RATE_RE, PER_UNIT_RE, PROGRAM_RE, REQUEST_CHECKS, USD_AMOUNT_RE } from './checks.ts';

const text = (max: number) => checked(z.string(), maxLength(max));
const country = checked(z.string(), named(REQUEST_CHECKS, 'country'));
const when = checked(z.string(), named(REQUEST_CHECKS, 'when'));

export const moneySchema = checked(
  z.strictObject({
    amount: z.union([z.string(), z.number()]),
    currency: checked(z.string(), named(REQUEST_CHECKS, 'currency')),
  }),
  named(REQUEST_CHECKS, 'amount'),
);

export const addressSchema = z.strictObject({
  line1: z.optional(text(200)),
  line2: z.optional(text(200)),
  city: z.optional(text(100)),
  region: z.optional(text(100)),
  postalCode: z.optional(text(20)),
  country: z.optional(country),
});

export const partySchema = z.strictObject({
  id: z.optional(text(100)),
  type: z.optional(z.enum(['person', 'business'])),
  name: z.optional(text(200)),
  country: z.optional(country),
  address: z.optional(addressSchema),
});

// Duty layers the merchant knows from the item's classification (core/charges): a percent of
// the value or an amount per unit of quantity, one entry per program.
export const dutySchema = checked(
  z.strictObject({
    program: checked(z.string(), regex(PROGRAM_RE, 'expected a kebab-case program id such as "mfn" or "section-301-china"')),
    rate: z.optional(checked(z.string(), regex(DUTY_RATE_RE, 'expected a percent as a decimal string such as "6.5"'))),
    perUnit: z.optional(checked(z.string(), regex(PER_UNIT_RE, 'expected USD per unit as a decimal string such as "0.25"'))),
  }),
  named(REQUEST_CHECKS, 'dutyOneOf'),
);

export const dutiesSchema = checked(z.array(dutySchema), named(REQUEST_CHECKS, 'programsOnce'));

export const carrierFeeSchema = z.strictObject({
  amount: checked(z.string(), regex(USD_AMOUNT_RE, 'expected a USD amount such as "2.50"')),
  name: z.optional(text(100)),
});

export const itemSchema = z.strictObject({
  description: z.optional(text(500)),
  quantity: z.optional(
    checked(z.number(), int('expected a whole number'), minimum(1, 'expected a quantity of at least 1'), maximum(1_000_000, 'expected a quantity of at most 1,000,000')),
  ),
  price: moneySchema,
  origin: country,
  hts: z.optional(checked(z.string(), regex(/^(\d{10}|\d{4}\.\d{2}\.\d{4})$/, 'expected a 10-digit HTS number such as "6109100012" or "6109.10.0012"'))),
  flags: z.optional(z.array(z.enum(ITEM_FLAGS))),
  duties: z.optional(dutiesSchema),
  // the item's net quantity in a unit of the schedule, for a specific rate ("4.4¢/kg")
  netQuantity: z.optional(
    z.strictObject({
      amount: checked(z.string(), regex(/^\d{1,9}(\.\d{1,6})?$/, 'expected a decimal string such as "2.5"')),
      unit: z.enum(RATE_UNITS),
    }),
  ),
  // USD value of the item's metal content (the base of a Section 232 layer on metal content)
  metalValue: z.optional(checked(z.string(), regex(USD_AMOUNT_RE, 'expected a USD amount such as "12.40"'))),
  // the price in US dollars as the shop showed it beside a foreign price ("Approximately US
  // $2.66"), for the whole line: evidence used, and marked approximate, when no certified rate is given
  usdShown: z.optional(checked(z.string(), regex(USD_AMOUNT_RE, 'expected a USD amount such as "2.66"'))),
});

export const shipmentSchema = z.strictObject({
  id: z.optional(text(100)),
  arrival: when,
  exportDate: z.optional(when),
  mode: z.enum(MODES),
  shipFrom: country,
  kind: z.optional(z.enum(['purchase', 'gift'])),
  sender: z.optional(partySchema),
  recipient: z.optional(partySchema),
  orderId: z.optional(text(100)),
  items: checked(z.array(itemSchema), minLength(1, 'expected at least one item')),
  carrierFee: z.optional(carrierFeeSchema),
});

/** A batch: {"shipments": [...]}, each checked against shipmentSchema by the engine. */
export const batchSchema = z.strictObject({
  shipments: checked(z.array(z.unknown()), minLength(1, 'expected at least one shipment')),
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
/** A batch request: shipments decided together, in order (same-day totals across them). */
export interface BatchRequest {
  shipments: ShipmentInput[];
}
/** A request: one shipment, or a batch `{"shipments": [...]}` decided together. */
export type EvaluateRequest = ShipmentInput | BatchRequest;

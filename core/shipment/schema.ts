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
import { REQUEST_CHECKS } from './checks.ts';

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

export const itemSchema = z.strictObject({
  description: z.optional(text(500)),
  quantity: z.optional(
    checked(z.number(), int('expected a whole number'), minimum(1, 'expected a quantity of at least 1'), maximum(1_000_000, 'expected a quantity of at most 1,000,000')),
  ),
  price: moneySchema,
  origin: country,
  hts: z.optional(checked(z.string(), regex(/^(\d{10}|\d{4}\.\d{2}\.\d{4})$/, 'expected a 10-digit HTS number such as "6109100012" or "6109.10.0012"'))),
  flags: z.optional(z.array(z.enum(ITEM_FLAGS))),
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
});

/** A batch: {"shipments": [...]}, each checked against shipmentSchema by the engine. */
export const batchSchema = z.strictObject({
  shipments: checked(z.array(z.unknown()), minLength(1, 'expected at least one shipment')),
});

export type MoneyInput = z.infer<typeof moneySchema>;
export type AddressInput = z.infer<typeof addressSchema>;
export type PartyInput = z.infer<typeof partySchema>;
export type ItemInput = z.infer<typeof itemSchema>;
export type ShipmentInput = z.infer<typeof shipmentSchema>;
export type EvaluateRequest = ShipmentInput | { shipments: ShipmentInput[] };

// The draft's contract, defined once: the zod/mini schema every context validates drafts with
// (content script before sending, background on receipt, storage on read), and the Draft types
// derived from it (extension/adapters/types.ts re-exports them), so the type adapters write and
// the check stored data passes cannot drift apart.
import * as z from 'zod/mini';
import { isCountry, isCurrency } from '../../core/page.ts';
import { moneySchema } from '../../core/index.ts';
import { AVAILABILITIES, DRAFT_FIELDS, PAGE_KINDS, SOURCES, type Availability, type DraftField, type PageKind, type Source } from './types.ts';

export const MAX_TITLE = 500; // core itemSchema.description allows 500 characters
export const MAX_SHORT = 200;
export const MAX_URL = 2048;
export const MAX_NOTES = 20;

const text = (max: number) => z.string().check(z.minLength(1), z.maxLength(max));
const nullableText = (max: number) => z.nullable(text(max));
/** a plain decimal string that core's parseAmount reads ("1234.56") */
const amount = z.string().check(z.regex(/^\d{1,15}(\.\d{1,6})?$/, 'expected a plain decimal amount'));
/** ISO 3166-1 alpha-2 */
const country = z.nullable(z.string().check(z.refine(isCountry, 'expected an ISO 3166-1 alpha-2 country code')));
const currency = z.nullable(z.string().check(z.refine(isCurrency, 'expected an ISO 4217 currency code')));
const draftField = z.enum(DRAFT_FIELDS as [DraftField, ...DraftField[]]);

/** One line of an order page (kind "order": the order-history adapters). */
export const draftLineSchema = z.object({
  title: nullableText(MAX_TITLE),
  quantity: z.nullable(z.number().check(z.int(), z.minimum(1), z.maximum(1_000_000))),
  price: z.nullable(amount),
  currency,
  origin: country,
  /** the marketplace's item number / SKU of the line, when the order page shows it */
  sku: z.optional(nullableText(MAX_SHORT)),
});

/** An amount as a page states it; currency null when the page does not say which. */
export const draftMoneySchema = z.object({ amount, currency });

/** A name and address as an order page shows it (seller and shopper order pages). */
export const draftPartySchema = z.object({
  name: nullableText(MAX_SHORT),
  line1: nullableText(MAX_SHORT),
  line2: nullableText(MAX_SHORT),
  city: nullableText(100),
  region: nullableText(100),
  postalCode: nullableText(20),
  /** ISO 3166-1 alpha-2 */
  country,
});

/** What an order page states about the order itself; every field null when not shown. */
export const draftOrderSchema = z.object({
  /** who looks at the page: the shopper (order 'order' pages) or the seller ('seller-order') */
  role: z.enum(['shopper', 'seller']),
  /** the order date as the page states it, YYYY-MM-DD */
  date: z.nullable(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD'))),
  total: z.nullable(draftMoneySchema),
  /** the account number the marketplace assigns to the seller, when the page shows it */
  sellerAccount: nullableText(MAX_SHORT),
  /** the party that placed and paid for the order */
  buyer: z.nullable(draftPartySchema),
  /** the final deliver-to party (ship-to name and address) */
  deliverTo: z.nullable(draftPartySchema),
  trackingNumber: nullableText(MAX_SHORT),
  carrier: nullableText(MAX_SHORT),
});

/** A separate import-charges line a marketplace shows (Temu "Import charges", eBay "Import
 * charges", Amazon "Import Fees Deposit"): not part of the listed price. */
export const draftChargeSchema = z.object({
  amount,
  currency,
  /** the page's own label, e.g. "Import Fees Deposit" */
  label: text(MAX_SHORT),
});

/** Why a field is null, or what a reader should know about its value. Codes are stable. */
export const draftNoteSchema = z.object({ field: draftField, code: z.string().check(z.regex(/^[A-Z0-9_]{1,40}$/)), message: text(300) });

/**
 * What a page shows, and nothing invented: every field the page does not state is null, and a
 * note says why. Amounts are plain decimal strings that core's parseAmount reads ("1234.56").
 */
export const draftSchema = z
  .object({
    /** id of the adapter that produced it */
    adapter: z.string().check(z.regex(/^[a-z0-9-]{1,40}$/)),
    url: z.string().check(z.maxLength(MAX_URL), z.regex(/^https?:\/\//, 'expected an http(s) URL')),
    kind: z.enum(PAGE_KINDS as [PageKind, ...PageKind[]]),
    title: nullableText(MAX_TITLE),
    /** the price of one unit as the page states it; null when absent, unreadable or a range */
    price: z.nullable(amount),
    currency,
    /** when the page shows a range of prices (variants) instead of one */
    priceRange: z.nullable(z.object({ min: amount, max: amount })),
    seller: nullableText(MAX_SHORT),
    /** ISO 3166-1 alpha-2 of the country the goods ship from, when the page states it */
    shipsFrom: country,
    /** ISO 3166-1 alpha-2 country of origin, when the page states it */
    origin: country,
    /** optional, absent unless a site adapter sets it: the country the page gives as the
     * seller's location (AliExpress's store country); not where the item ships from */
    sellerCountry: z.optional(country),
    sku: nullableText(MAX_SHORT),
    brand: nullableText(MAX_SHORT),
    /** schema.org availability of the offer, when the page states it (optional: drafts stored
     * before it existed lack it) */
    availability: z.optional(z.nullable(z.enum(AVAILABILITIES as [Availability, ...Availability[]]))),
    /** order pages only */
    orderId: nullableText(MAX_SHORT),
    lines: z.array(draftLineSchema).check(z.maxLength(200)),
    /** which layer each field came from */
    sources: z.partialRecord(draftField, z.enum(SOURCES as [Source, ...Source[]])),
    notes: z.array(draftNoteSchema).check(z.maxLength(MAX_NOTES)),
    /** optional, absent unless a site adapter sets it: the import-charges line shown next to
     * the price, null when the page shows none */
    importCharges: z.optional(z.nullable(draftChargeSchema)),
    /** the page's own words saying duties/tariffs are included in the price (Shein) */
    tariffsIncluded: z.optional(nullableText(MAX_SHORT)),
    /** order pages (kind 'order' or 'seller-order') */
    order: z.optional(draftOrderSchema),
  })
  .check(
    z.refine((d) => d.price === null || d.currency === null || moneySchema.safeParse({ amount: d.price, currency: d.currency }).success, {
      message: 'price is not a valid amount in its currency',
      path: ['price'],
    }),
    z.refine((d) => d.price !== null || d.kind !== 'product' || d.notes.some((n) => n.field === 'price'), {
      message: 'a product draft without a price must say why (a price note)',
      path: ['price'],
    }),
  );

export type Draft = z.infer<typeof draftSchema>;
export type DraftLine = z.infer<typeof draftLineSchema>;
export type DraftMoney = z.infer<typeof draftMoneySchema>;
export type DraftParty = z.infer<typeof draftPartySchema>;
export type DraftOrder = z.infer<typeof draftOrderSchema>;
export type DraftCharge = z.infer<typeof draftChargeSchema>;
export type DraftNote = z.infer<typeof draftNoteSchema>;

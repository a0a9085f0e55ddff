// The stored data: browser.storage.local, one key per part, all written by one writer, the
// background's queue (writer.ts): the popup and the options page send it operations, so no
// context overwrites another's change. `schemaVersion` names the layout; migrations.ts upgrades it.
import * as z from 'zod/mini';
import { isCountry, MODES, parseDay, type RatesTable } from '../../core/page.ts';
import { moneySchema } from '../../core/index.ts';
import { draftSchema } from '../adapters/draft-schema.ts';

export const SCHEMA_VERSION = 1;

// Limits (docs/extension.md, "Storage limits"). Everything stored is bounded, in count and in
// bytes, so the data always fits chrome.storage.local's quota without `unlimitedStorage`, a
// backup import obeys the same limits as normal use, and the popup stays fast.
/** product captures kept (newest first) */
export const MAX_CAPTURES = 100;
/** order-page captures (shopper orders, seller orders) kept; product captures never evict them */
export const MAX_ORDER_CAPTURES = 100;
/** automatic product captures kept per site (host): one site cannot push every other site out */
export const MAX_AUTOMATIC_PER_SITE = 20;
/** automatic order-page captures kept per site (host): a seller's orders mostly come from one
 * marketplace, so the cap is half of MAX_ORDER_CAPTURES, not MAX_AUTOMATIC_PER_SITE; a page a
 * stranger opens again and again on one site leaves the other half to the other sites.
 * Order pages captured with the popup are not counted. */
export const MAX_AUTOMATIC_ORDERS_PER_SITE = 50;
export const MAX_ITEMS = 2000;
export const MAX_QUARANTINE = 100;
/** chrome.storage.local.QUOTA_BYTES: the quota without the `unlimitedStorage` permission */
export const STORAGE_QUOTA_BYTES = 10_485_760;
/** bytes per stored part, counted as Chrome counts them (key + JSON of the value, UTF-8); their
 * sum (7.8 MiB) leaves 2.2 MiB of the quota free, so a write that replaces a part never fails
 * for want of room */
export const PART_BUDGET_BYTES = {
  settings: 64 * 1024,
  items: 5 * 1024 * 1024,
  captures: 2 * 1024 * 1024,
  rates: 512 * 1024,
  quarantine: 256 * 1024,
} as const;

export const LANGUAGES = ['en', 'es', 'zh-Hans'] as const;
export type Language = (typeof LANGUAGES)[number];
export const ROLES = ['shopper', 'seller'] as const;

const text = (max: number) => z.string().check(z.maxLength(max, `expected at most ${max} characters`));
const optText = (max: number) => z.optional(text(max));
const country = z.string().check(z.refine(isCountry, 'expected an ISO 3166-1 alpha-2 country code such as "US"'));
const day = z.string().check(z.refine((s) => /^\d{4}-\d{2}-\d{2}$/.test(s) && parseDay(s) !== null, 'expected a real date YYYY-MM-DD'));

export const addressSchema = z.object({
  name: optText(200),
  line1: optText(200),
  line2: optText(200),
  city: optText(100),
  region: optText(100),
  postalCode: optText(20),
  country: z.optional(country),
});
export type Address = z.infer<typeof addressSchema>;

export const settingsSchema = z.object({
  role: z.enum(ROLES),
  language: z.enum(LANGUAGES),
  /** show a small badge on supported pages (off by default: the page is left untouched) */
  inlineBadge: z.boolean(),
  /** the shopper: one person for "one person on one day" (19 CFR 10.151) */
  shopper: z.object({ personId: text(100), shipTo: addressSchema }),
  /** the seller's identity for advance-data records (Data Pilot elements, 84 FR 35405 and 88 FR 10140; Type 86, 89 FR 2630) */
  seller: z.object({
    name: optText(200),
    /** Section 321 Data Pilot originator code */
    originatorCode: optText(50),
    marketplace: optText(100),
    /** the seller's account number at the marketplace */
    sellerAccount: optText(100),
    address: addressSchema,
    shipFromAddress: addressSchema,
  }),
  defaults: z.object({ mode: z.enum(MODES), shipFrom: z.optional(country) }),
});
export type Settings = z.infer<typeof settingsSchema>;

export function defaultSettings(personId: string): Settings {
  return {
    role: 'shopper',
    language: 'en',
    inlineBadge: false,
    shopper: { personId, shipTo: { country: 'US' } },
    seller: { address: {}, shipFromAddress: {} },
    defaults: { mode: 'express' },
  };
}

export const captureSchema = z.object({
  id: text(64),
  /** when it was captured (ISO instant) */
  at: text(40),
  /** captured on the page's own load or in-page navigation, not because the user asked; absent
   * on captures stored before this field existed (treated as automatic) */
  automatic: z.optional(z.boolean()),
  draft: draftSchema,
});
export type Capture = z.infer<typeof captureSchema>;

/** One thing the shopper bought or means to buy, with what the decision needs. */
export const itemSchema = z.object({
  id: text(64),
  addedAt: text(40),
  title: text(500),
  url: optText(2048),
  quantity: z.number().check(z.int(), z.minimum(1), z.maximum(1_000_000)),
  price: moneySchema,
  origin: country,
  shipFrom: country,
  mode: z.enum(MODES),
  kind: z.enum(['purchase', 'gift']),
  /** expected arrival date in the US (New York calendar day) */
  arrival: day,
  orderId: optText(100),
  seller: optText(200),
});
export type Item = z.infer<typeof itemSchema>;

export interface StoredData {
  schemaVersion: number;
  settings: Settings;
  captures: Capture[];
  items: Item[];
  /** the rates table as the options page accepted it (core's contract, core/money/schema.ts, and
   * compileRates' meaning checks: store.ts reads it back with compileRates) */
  rates: RatesTable | null;
  /** records that failed validation when read back: kept (and exported), never silently lost */
  quarantine: unknown[];
}
export const STORAGE_KEYS = ['schemaVersion', 'settings', 'captures', 'items', 'rates', 'quarantine'] as const;

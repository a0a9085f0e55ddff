// The record profiles as zod/mini schemas, assembled from the parts (parts.ts) and the
// requirement tables (requirements.ts): an element the table requires is a plain member, any
// other is optional; "at least one of" groups and conditional requirements are refinements
// here and anyOf / if-then in the generated JSON Schema (json-schema.ts). One source, so the
// zod schema and the JSON Schema cannot drift apart.
import * as z from 'zod/mini';
import { checked, named } from '../contract/zod.ts';
import { missingElements, RECORD_CHECKS } from './checks.ts';
import { countryCode, dateOrInstant, entryNumber, hts10, money, party, portCode, text, url, usd, billNumber } from './parts.ts';
import { DATA_PILOT_REQUIREMENTS, PARTICIPANTS, TYPE86_REQUIREMENTS, type Participant, type Profile, type RequirementTable } from './requirements.ts';

export const PILOT_MODES = ['AIR', 'TRUCK', 'RAIL', 'OCEAN', 'MAIL'] as const;
export type PilotMode = (typeof PILOT_MODES)[number];

const described = <T extends z.ZodMiniType>(s: T, description: string): T => s.check(z.meta({ description })) as T;

/** Every Data Pilot element with its part and meaning: the element names of the pilot notice (84 FR
 * 35405, FR Doc 2019-15625) as the W3C traceability vocabulary spells them; the 2023 optional
 * elements of 88 FR 10140 (FR Doc 2023-03279). In the descriptions, "pilot notice" and "2023
 * notice" name these two documents. */
export const DATA_PILOT_PARTS = {
  originatorCode: described(
    z.string().check(z.regex(/^[A-Za-z0-9-]{1,35}$/, 'expected the CBP-assigned originator code: 1-35 letters, digits or dashes')),
    'Originator code of the participant, assigned by CBP (pilot notice). Its format is not published [M]: 1-35 letters, digits or dashes.',
  ),
  participantFilerType: described(z.enum(PARTICIPANTS), 'Participant filer type (pilot notice).'),
  shipmentTrackingNumber: described(billNumber('tracking number'), 'Carrier tracking number (pilot notice; one shipment identifier at least).'),
  houseBillOfLadingNumber: described(billNumber('house bill number'), 'House bill of lading or house air waybill number (pilot notice).'),
  masterBillOfLadingNumber: described(billNumber('master bill number'), 'Master bill of lading or master air waybill number (pilot notice).'),
  modeOfTransportation: described(
    z.enum(PILOT_MODES),
    'Mode: AIR, TRUCK, RAIL from 2019-08-22; OCEAN and MAIL from 2019-12-09 (pilot notice; 84 FR 67279, FR Doc 2019-26445).',
  ),
  shipmentInitiator: described(
    party({ name: true, street: true, country: true }),
    'The entity that causes the shipment to move: a seller, shipper or manufacturer, not a foreign consolidator (pilot notice).',
  ),
  seller: described(party({ name: true, street: true, country: true }), 'The seller on the marketplace or website (pilot notice).'),
  buyer: described(party({ name: false, street: true, country: true }), 'The party placing the order or paying the invoice; optional (pilot notice).'),
  finalDeliverTo: described(
    party({ name: false, street: true, country: true }),
    'Final deliver-to party: the final purchaser or a warehouse, not a domestic deconsolidator (pilot notice).',
  ),
  enhancedProductDescription: described(
    text(500),
    "Product description more detailed than the manifest's; the marketplace listing description where there is one (pilot notice).",
  ),
  shipmentSecurityScan: described(z.boolean(), 'Air carriers: a foreign security scan (x-ray or other screening) was done (pilot notice).'),
  knownCarrierCustomerFlag: described(
    z.boolean(),
    'Carriers: the shipper is a repeat customer that paid all fees and has no known trade violations (pilot notice).',
  ),
  knownMarketplaceSellerFlag: described(z.boolean(), 'Marketplaces: the seller was vetted and has no known trade violations (pilot notice).'),
  marketplaceSellerAccountNumber: described(text(100), 'The identifier the marketplace assigns to the seller (pilot notice).'),
  productPicture: described(url, 'A picture of the product as presented on the marketplace, or a direct link to the listing (pilot notice).'),
  listedPriceOnMarketplace: described(
    money,
    'The price the seller lists on the marketplace (for auctions, the final sale price), amount and currency (pilot notice).',
  ),
  htsNumber: described(hts10, '10-digit HTS number; believed to be a 2023 optional element (2023 notice [M]).'),
  countryOfOrigin: described(countryCode, 'Country of origin (2023 notice [M]).'),
  marketplaceName: described(text(100), 'Marketplace name (2023 notice [M]).'),
  marketplaceWebsite: described(url, 'Marketplace website (2023 notice [M]).'),
  arrivalDate: described(dateOrInstant, "s321: the arrival date or instant, which the pilot's dated rules key on (not a pilot element)."),
} as const;

export const IOR_TYPES = ['IRS', 'SSN', 'CBP'] as const;

const importerOfRecord = checked(
  z.strictObject({
    number: z.string().check(z.regex(/^[0-9A-Z-]{9,15}$/, 'expected an importer number such as "12-3456789"')),
    identifierType: z.enum(IOR_TYPES),
  }),
  named(RECORD_CHECKS, 'iorFormat'),
);

/** UN/ECE Recommendation 20 unit code (the Type 86 element vocabulary): "H87" piece, "KGM" kilogram, ... */
const quantity = z.strictObject({
  value: z.number().check(z.int('expected a whole number'), z.minimum(1, 'expected at least 1'), z.maximum(1_000_000, 'expected at most 1,000,000')),
  unitCode: z.string().check(z.regex(/^[A-Z0-9]{2,3}$/, 'expected a UN/ECE Rec. 20 unit code such as "H87"')),
});

export const TYPE86_LINE_PARTS = {
  description: described(text(500), 'Description of the article (optional; the HTS number classifies it).'),
  htsusNumber: described(hts10, '10-digit HTSUS number (CBP Type 86 FAQ).'),
  countryOfOrigin: described(countryCode, 'Country of origin (CBP Type 86 FAQ).'),
  quantity: described(quantity, 'Quantity with a UN/ECE Rec. 20 unit code (CBP Type 86 FAQ; UN/ECE Rec. 20).'),
  fairRetailValue: described(usd, 'Fair retail value in the country of shipment, USD only (CBP Type 86 FAQ).'),
  pgaRequirement: described(z.boolean(), 'The line is subject to partner government agency requirements (CBP Type 86 FAQ).'),
  pgaFee: described(z.boolean(), 'The line owes a PGA fee; Type 86 is not allowed, file type 11 or 01 (CBP Type 86 FAQ).'),
} as const;

function lineSchema() {
  const shape: Record<string, z.ZodMiniType> = {};
  for (const [k, s] of Object.entries(TYPE86_LINE_PARTS)) shape[k] = TYPE86_REQUIREMENTS.lineRequired.includes(k) ? s : z.optional(s);
  return z.strictObject(shape);
}

export const TYPE86_PARTS = {
  entryType: described(z.literal('86'), 'Entry type "86" (CBP Type 86 FAQ).'),
  entryNumber: described(entryNumber, 'Entry number: 3-character filer code, 7-digit transaction number and check digit (CATAIR Appendix E).'),
  bolNumber: described(
    billNumber('bill of lading or air waybill number'),
    'The one bill of lading or air waybill (master or house) of this entry (CBP Type 86 FAQ).',
  ),
  portOfEntry: described(portCode, 'Planned port of entry, CBP Schedule D code (CBP Type 86 FAQ).'),
  shipper: described(party({ name: true, street: true, country: true }), 'Shipper name, address and country (CBP Type 86 FAQ).'),
  consignee: described(party({ name: true, street: true, country: false }), 'Consignee name and address (CBP Type 86 FAQ).'),
  importerOfRecord: described(
    importerOfRecord,
    'Importer of record number and type (IRS, SSN, CBP); required when a line has PGA requirements (CBP Type 86 FAQ).',
  ),
  arrivalDate: described(dateOrInstant, 's321: arrival date or instant; the filing-time rules of 84 FR 40079 and 89 FR 2630 key on it.'),
  filedAt: described(dateOrInstant, 's321: when the entry was (or will be) filed; checked against the filing window of the arrival date.'),
  lines: described(z.array(lineSchema()).check(z.minLength(1, 'expected at least one line')), 'One line per article (HTS number) on the bill.'),
} as const;

type AnyObj = Record<string, unknown>;

/** Checks the table's "one of" groups and conditional requirements on a record object. */
export function checkGroups(table: RequirementTable, rec: AnyObj, add: (path: string, message: string) => void): void {
  for (const m of missingElements(table, rec)) add(m.element, m.message);
}

function objectFor(parts: Record<string, z.ZodMiniType>, table: RequirementTable) {
  const shape: Record<string, z.ZodMiniType> = {};
  for (const [k, s] of Object.entries(parts)) shape[k] = table.required.includes(k) ? s : z.optional(s);
  // zod names every missing element in one issue each, in one pass, even when other elements
  // failed (`when`); the compiled predicate runs the same table as the named check "groups"
  const groups = z.superRefine(
    (rec: AnyObj, ctx) => {
      checkGroups(table, rec, (path, message) =>
        ctx.addIssue({ code: 'custom', input: undefined, path: [path], message, params: { s321: 'MISSING_ELEMENT' } }),
      );
    },
    { when: (payload) => payload.value !== null && typeof payload.value === 'object' && !Array.isArray(payload.value) },
  );
  return checked(z.strictObject(shape), { check: groups as never, named: ['groups', table] });
}

export type RecordSchema = ReturnType<typeof objectFor>;

const cache = new Map<string, RecordSchema>();

/** The zod/mini schema of a profile; data-pilot takes the participant type (default
 * ONLINE_MARKETPLACE), type86 has one filer set. Built once per key. */
export function recordSchema(profile: Profile, participant: Participant = 'ONLINE_MARKETPLACE'): RecordSchema {
  const key = profile === 'type86' ? profile : `${profile}:${participant}`;
  let s = cache.get(key);
  if (!s) {
    s = profile === 'type86' ? objectFor(TYPE86_PARTS, TYPE86_REQUIREMENTS) : objectFor(DATA_PILOT_PARTS, DATA_PILOT_REQUIREMENTS[participant]);
    cache.set(key, s);
  }
  return s;
}

export interface RecordParty {
  name?: string;
  address?: { line1?: string; line2?: string; city?: string; region?: string; postalCode?: string; country?: string };
}
export interface RecordMoney {
  amount: string;
  currency: string;
}

export interface DataPilotRecord {
  originatorCode?: string;
  participantFilerType?: Participant;
  shipmentTrackingNumber?: string;
  houseBillOfLadingNumber?: string;
  masterBillOfLadingNumber?: string;
  modeOfTransportation?: PilotMode;
  shipmentInitiator?: RecordParty;
  seller?: RecordParty;
  buyer?: RecordParty;
  finalDeliverTo?: RecordParty;
  enhancedProductDescription?: string;
  shipmentSecurityScan?: boolean;
  knownCarrierCustomerFlag?: boolean;
  knownMarketplaceSellerFlag?: boolean;
  marketplaceSellerAccountNumber?: string;
  productPicture?: string;
  listedPriceOnMarketplace?: RecordMoney;
  htsNumber?: string;
  countryOfOrigin?: string;
  marketplaceName?: string;
  marketplaceWebsite?: string;
  arrivalDate?: string;
}

export interface Type86Line {
  description?: string;
  htsusNumber?: string;
  countryOfOrigin?: string;
  quantity?: { value: number; unitCode: string };
  fairRetailValue?: RecordMoney;
  pgaRequirement?: boolean;
  pgaFee?: boolean;
}

export interface Type86Record {
  entryType?: '86';
  entryNumber?: string;
  bolNumber?: string;
  portOfEntry?: string;
  shipper?: RecordParty;
  consignee?: RecordParty;
  importerOfRecord?: { number: string; identifierType: (typeof IOR_TYPES)[number] };
  arrivalDate?: string;
  filedAt?: string;
  lines?: Type86Line[];
}

export type AnyRecord = DataPilotRecord | Type86Record;

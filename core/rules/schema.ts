// zod schema of a rule set: the contract of a replacement set (`--rules`, the widget's `rules`
// property), the one definition from which its TypeScript types (./types.ts, z.infer), its JSON
// Schema (`s321 schema rules`) and the checker every door runs (contract.generated.ts, used by
// load.ts) are derived, so no zod reaches the widget. Every object is strict: an unknown key is
// an error naming the nearest known key. Semantic checks (overlaps, dates, citations) live in
// compile.ts.
//
// Adding a field is one edit here (a member, with `checked(schema, rule...)` for a message of
// our own), then `npm run gen:contracts` (a test fails while the generated file is stale).
import * as z from 'zod/mini';
import { checked, minLength, regex } from '../contract/zod.ts';
import { CONFIDENCE, ITEM_FLAGS, MODES, PARTY_TYPES, STATUSES, TOPICS, type Citation } from './types.ts';

const usd = checked(z.string(), regex(/^\d{1,9}(\.\d{1,2})?$/, 'expected a USD amount such as "800.00"'));
const when = checked(z.string(), regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$/, 'expected a New York date "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM"'));
const country = checked(z.string(), regex(/^[A-Z]{2}$/, 'expected an ISO 3166-1 alpha-2 code'));
const nonEmpty = checked(z.string(), minLength(1, 'expected a non-empty string'));
const id = checked(z.string(), regex(/^[a-z0-9][a-z0-9-]*$/, 'expected a kebab-case identifier'));
const reasonCode = checked(z.string(), regex(/^[A-Z][A-Z0-9_]*$/, 'expected an UPPER_SNAKE reason code'));
const atLeastOne = <T extends z.ZodMiniType>(item: T, what: string) => checked(z.array(item), minLength(1, `expected at least one ${what}`));

export const citationSchema = z.strictObject({
  /** e.g. "EO 14324", "19 CFR 10.151", "CSMS 66065494" */
  document: nonEmpty,
  /** section or paragraph, e.g. "sec. 2", "(a)" */
  section: z.optional(z.string()),
  url: z.optional(checked(z.string(), regex(/^https:\/\//, 'expected an https URL'))),
  /** P = primary text checked; S = secondary source only; M = unconfirmed lead */
  confidence: z.enum(CONFIDENCE),
});

const citations = checked(z.array(citationSchema), minLength(1, 'every rule needs at least one citation'));

export const scopeSchema = z.strictObject({
  /** ISO 3166-1 alpha-2 countries of origin of any item (origin decides, not ship-from) */
  origins: z.optional(atLeastOne(country, 'country')),
  modes: z.optional(atLeastOne(z.enum(MODES), 'mode')),
});

export const unsettledReachSchema = z.strictObject({
  /** ISO 3166-1 codes of the places shipped from that the doubt concerns */
  countries: atLeastOne(country, 'country'),
  reasonCode,
  summary: nonEmpty,
  citations,
});

export const ruleVersionSchema = z.strictObject({
  /** stable identifier, kebab-case, e.g. "commercial-800" */
  id,
  topic: z.enum(TOPICS),
  title: nonEmpty,
  /** New York wall-clock start, inclusive: "2016-03-10" or "2025-08-29T00:01"; absent = always */
  from: z.optional(when),
  /** New York wall-clock end, exclusive; absent = open-ended */
  until: z.optional(when),
  scope: z.optional(scopeSchema),
  status: z.enum(STATUSES),
  /** the value limit in USD ("800.00"): the exemption's ceiling, the informal entry ceiling, ... */
  limitUsd: z.optional(usd),
  /** gift topic: a higher limit when sent from these places (19 CFR 10.152: VI, GU, AS $200) */
  limitUsdBySenderCountry: z.optional(z.record(country, usd)),
  /** suspended or repealed: item flags that keep the exemption when every item carries one
   *  (EO 14324: goods described in 50 U.S.C. 1702(b): informational materials, donations,
   *  personal communications) */
  exceptFlags: z.optional(z.array(z.enum(ITEM_FLAGS))),
  /** the instruments that carry the carve-out of exceptFlags, when they are not this version's
   *  own citations (a regulation that suspends, executive orders that carve out) */
  exceptCitations: z.optional(citations),
  /** why the carve-out is unconfirmed under this version; when present the carve-out's reason is
   *  a warning that says so */
  exceptUnconfirmed: z.optional(nonEmpty),
  /** postal topic: mail over limitUsd, or with an item carrying one of these flags, needs a
   *  formal entry (91 FR 37801: over $2,500, AD/CVD, quota, alcohol, tobacco) */
  formalEntryFlags: z.optional(z.array(z.enum(ITEM_FLAGS))),
  /** entry-ceiling topic: informal entries must be filed electronically (CSMS 66065494) */
  electronicEntry: z.optional(z.boolean()),
  /** gift topic: who may receive a gift (19 CFR 10.152: "a person in the United States"), by
   *  the recipient's stated type; absent = anyone */
  recipientTypes: z.optional(atLeastOne(z.enum(PARTY_TYPES), 'recipient type')),
  /** customs-territory topic: the countries (ISO 3166-1 codes) inside the customs territory of
   *  the United States; a parcel shipped from one of them is not an import, and a gift sent by
   *  someone in one of them is not from "a person in a foreign country" (19 CFR 10.152) */
  countries: z.optional(atLeastOne(country, 'country')),
  /** a doubt about the version's reach that the sources leave open for shipments from some
   *  places (whether the 2025 all-country suspension reaches goods shipped from the insular
   *  possessions): a warning-level reason with its own citations when the shipment comes from one */
  unsettledShipFrom: z.optional(unsettledReachSchema),
  /** reason code reported when this version decides against the shipment */
  reasonCode: z.optional(reasonCode),
  /** plain-language summary shown with the reason (postal duty options, etc.) */
  summary: nonEmpty,
  citations,
  /** doubts, conflicts between sources, what to re-check */
  note: z.optional(z.string()),
});

export const exclusionSchema = z.strictObject({
  id,
  flag: z.enum(ITEM_FLAGS),
  /** exemptions it bars */
  bars: atLeastOne(z.enum(['commercial', 'gift']), 'barred exemption'),
  /** only when the unit value is over this USD amount (alcoholic perfume over $5 for gifts) */
  unitValueOverUsd: z.optional(usd),
  reasonCode,
  summary: nonEmpty,
  citations,
  /** the exclusion needs a regular ACE entry even for mail (AD/CVD and quota goods, 4.4) */
  needsAceEntry: z.optional(z.boolean()),
});

/** What an HTS heading says about an item. effect "apply" sets the flag as if the caller had
 * given it (a heading that settles the fact: alcoholic beverages, tobacco, printed matter);
 * "suggest" only warns (a heading that leaves the fact open). */

export const htsHintSchema = z.strictObject({
  id,
  /** HTS prefixes (2 = chapter, 4 = heading, 6 = subheading) */
  prefixes: atLeastOne(checked(z.string(), regex(/^\d{2,10}$/, 'expected 2 to 10 HTS digits')), 'HTS prefix'),
  flag: z.enum(ITEM_FLAGS),
  effect: z.enum(['apply', 'suggest']),
  reasonCode,
  summary: nonEmpty,
  citations,
  /** an item flag stating the opposite fact: with it, the heading neither sets nor suggests flag */
  unlessFlag: z.optional(z.enum(ITEM_FLAGS)),
});

export const ruleSetSchema = z.strictObject({
  /** the rule set's version, reported in every decision ("2026-11-28") */
  version: nonEmpty,
  /** what this set is, who compiled it */
  description: z.optional(z.string()),
  versions: atLeastOne(ruleVersionSchema, 'rule version'),
  exclusions: z.array(exclusionSchema),
  htsHints: z.array(htsHintSchema),
});

// the citation form is dated law's (core/law/cite.ts, zod-free for the pages): this schema must
// describe exactly that type (a compile-time check both ways)
type SchemaCitation = z.infer<typeof citationSchema>;
const _citationAgrees: [SchemaCitation, Citation] extends [Citation, SchemaCitation] ? true : never = true;
void _citationAgrees;

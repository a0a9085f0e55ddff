// The shape of a rule set: dated versions with scope, status, limits and citations
// (openfisca-style: every legal parameter is data keyed by its effective date, with a reference).
// A rule set is plain JSON, so `--rules FILE` and the widget's `rules` property can replace it.

/** The transport modes a shipment can arrive by. */
export const MODES = ['express', 'air', 'ocean', 'truck', 'rail', 'postal'] as const;
/** A transport mode: one of {@link MODES}. */
export type Mode = (typeof MODES)[number];

/** Facts about an item that the law treats apart (AD/CVD, quota, alcohol, tobacco, fishing and archery products, PGA fees, informational materials, Section 301), stated by the caller or implied by the HTS heading. */
export const ITEM_FLAGS = [
  'adcvd',
  'quota',
  'alcohol',
  'tobacco',
  'alcoholic-perfume',
  'pga-fee',
  'informational-material',
  'donation',
  'personal-communication',
  'section-301',
  // fishing and archery products: an Internal Revenue Code excise collected by other agencies
  // bars them from 1321 treatment (CBP E-Commerce FAQ)
  'fishing-archery',
  // the item's own statement that a fact its HTS heading implies does not hold (an alcohol-free
  // perfume of heading 3303, a blank disc of heading 8523): it beats the heading (HtsHint.unlessFlag)
  'not-alcohol',
  'not-tobacco',
  'not-alcoholic-perfume',
  'not-informational-material',
  'not-fishing-archery',
  // exceptions named by the origin-wide duty layers and fees (core/charges): goods subject to a
  // Section 232 action, originating goods whose USMCA or other US free-trade preference is
  // claimed ('donation', above, is also an exception there)
  'section-232',
  'fta-claimed',
] as const;
/** An item flag: one of {@link ITEM_FLAGS}. */
export type ItemFlag = (typeof ITEM_FLAGS)[number];

// Citations and their confidence tags are dated law's (core/law/cite.ts), shared with the
// tariffs, the filing rules and the schedule's editions.
import type { Citation } from '../law/cite.ts';
export { CONFIDENCE, type Citation, type Confidence } from '../law/cite.ts';

/**
 * Topics a version can govern. For one topic, at any instant and for one shipment, the version
 * that applies is the one with the most specific matching scope (origins and/or modes) whose
 * [from, until) window contains the entry instant.
 * - commercial: 19 U.S.C. 1321(a)(2)(C), the "any other articles" de minimis ($200, $800)
 * - gift: 1321(a)(2)(A), 19 CFR 10.152 / 145.32
 * - entry-ceiling: informal entry ceiling, 19 CFR 143.21(a)
 * - chapter99-formal: 143.21(a) parenthetical: Chapter 99 subchapter III/IV articles over $250
 * - postal: the postal duty regime for mail that is not exempt
 * - customs-territory: where a parcel must come from to be an import at all (19 CFR 101.1)
 */
export const TOPICS = ['commercial', 'gift', 'entry-ceiling', 'chapter99-formal', 'postal', 'customs-territory'] as const;
export type Topic = (typeof TOPICS)[number];

/** A rule version's legal status during its window. */
export type Status = 'available' | 'suspended' | 'repealed' | 'in-force';

export const PARTY_TYPES = ['person', 'business'] as const;
export type PartyType = (typeof PARTY_TYPES)[number];

export interface Scope {
  /** ISO 3166-1 alpha-2 countries of origin of any item (origin decides, not ship-from) */
  origins?: string[];
  modes?: Mode[];
}

/** One dated version of one topic's rule: its window, scope, status, limit and citations. */
export interface RuleVersion {
  /** stable identifier, kebab-case, e.g. "commercial-800" */
  id: string;
  topic: Topic;
  title: string;
  /** New York wall-clock start, inclusive: "2016-03-10" or "2025-08-29T00:01"; absent = always */
  from?: string;
  /** New York wall-clock end, exclusive; absent = open-ended */
  until?: string;
  scope?: Scope;
  status: Status;
  /** the value limit in USD ("800.00"): the exemption's ceiling, the informal entry ceiling, ... */
  limitUsd?: string;
  /** gift topic: a higher limit when sent from these places (19 CFR 10.152: VI, GU, AS $200) */
  limitUsdBySenderCountry?: Record<string, string>;
  /** suspended or repealed: item flags that keep the exemption when every item carries one
   *  (EO 14324: goods described in 50 U.S.C. 1702(b): informational materials, donations,
   *  personal communications) */
  exceptFlags?: ItemFlag[];
  /** the instruments that carry the carve-out of exceptFlags, when they are not this version's
   *  own citations (a regulation that suspends, executive orders that carve out) */
  exceptCitations?: Citation[];
  /** why the carve-out is unconfirmed under this version; when present the carve-out's reason is
   *  a warning that says so */
  exceptUnconfirmed?: string;
  /** postal topic: mail over limitUsd, or with an item carrying one of these flags, needs a
   *  formal entry (91 FR 37801: over $2,500, AD/CVD, quota, alcohol, tobacco) */
  formalEntryFlags?: ItemFlag[];
  /** entry-ceiling topic: informal entries must be filed electronically (CSMS 66065494) */
  electronicEntry?: boolean;
  /** gift topic: who may receive a gift (19 CFR 10.152: "a person in the United States"), by
   *  the recipient's stated type; absent = anyone */
  recipientTypes?: PartyType[];
  /** customs-territory topic: the countries (ISO 3166-1 codes) inside the customs territory of
   *  the United States; a parcel shipped from one of them is not an import, and a gift sent by
   *  someone in one of them is not from "a person in a foreign country" (19 CFR 10.152) */
  countries?: string[];
  /** a doubt about the version's reach that the sources leave open for shipments from some
   *  places (whether the 2025 all-country suspension reaches goods shipped from the insular
   *  possessions): a warning-level reason with its own citations when the shipment comes from one */
  unsettledShipFrom?: UnsettledReach;
  /** reason code reported when this version decides against the shipment */
  reasonCode?: string;
  /** plain-language summary shown with the reason (postal duty options, etc.) */
  summary: string;
  citations: Citation[];
  /** doubts, conflicts between sources, what to re-check */
  note?: string;
}

/** An open question about a version's reach, said as a warning (see RuleVersion.unsettledShipFrom). */
export interface UnsettledReach {
  /** ISO 3166-1 codes of the places shipped from that the doubt concerns */
  countries: string[];
  reasonCode: string;
  summary: string;
  citations: Citation[];
}

/** Exclusions that beat any value (CBP E-Commerce FAQ; 19 CFR 10.153). */
export interface Exclusion {
  id: string;
  flag: ItemFlag;
  /** exemptions it bars */
  bars: Array<'commercial' | 'gift'>;
  /** only when the unit value is over this USD amount (alcoholic perfume over $5 for gifts) */
  unitValueOverUsd?: string;
  reasonCode: string;
  summary: string;
  citations: Citation[];
  /** the exclusion needs a regular ACE entry even for mail (AD/CVD and quota goods, 4.4) */
  needsAceEntry?: boolean;
}

/** What an HTS heading says about an item. effect "apply" sets the flag as if the caller had
 * given it (a heading that settles the fact: alcoholic beverages, tobacco, printed matter);
 * "suggest" only warns (a heading that leaves the fact open). */
export interface HtsHint {
  id: string;
  /** HTS prefixes (2 = chapter, 4 = heading, 6 = subheading) */
  prefixes: string[];
  flag: ItemFlag;
  effect: 'apply' | 'suggest';
  reasonCode: string;
  summary: string;
  citations: Citation[];
  /** an item flag stating the opposite fact: with it, the heading neither sets nor suggests flag */
  unlessFlag?: ItemFlag;
}

/** A whole rule set as JSON: the bundled {@link defaultRules}, or a replacement given as `rules`. */
export interface RuleSet {
  /** the rule set's version, reported in every decision ("2026-11-28") */
  version: string;
  /** what this set is, who compiled it */
  description?: string;
  versions: RuleVersion[];
  exclusions: Exclusion[];
  htsHints: HtsHint[];
}

// The vocabularies of a rule set (modes, item flags, confidence tags, topics, statuses, party
// types) and its types, derived from the zod contract (./schema.ts): dated versions with scope,
// status, limits and citations (openfisca-style: every legal parameter is data keyed by its
// effective date, with a reference). A rule set is plain JSON, so `--rules FILE` and the
// widget's `rules` property can replace it.
import type * as z from 'zod/mini';
import type { exclusionSchema, htsHintSchema, ruleSetSchema, ruleVersionSchema, scopeSchema, unsettledReachSchema } from './schema.ts';

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
export const STATUSES = ['available', 'suspended', 'repealed', 'in-force'] as const;
export type Status = (typeof STATUSES)[number];

export const PARTY_TYPES = ['person', 'business'] as const;
export type PartyType = (typeof PARTY_TYPES)[number];

/** The origins and modes a version applies to; absent = all. */
export type Scope = z.infer<typeof scopeSchema>;
/** One dated version of one topic's rule: its window, scope, status, limit and citations. */
export type RuleVersion = z.infer<typeof ruleVersionSchema>;
/** An open question about a version's reach, said as a warning (see RuleVersion.unsettledShipFrom). */
export type UnsettledReach = z.infer<typeof unsettledReachSchema>;
/** Exclusions that beat any value (CBP E-Commerce FAQ; 19 CFR 10.153). */
export type Exclusion = z.infer<typeof exclusionSchema>;
/** What an HTS heading says about an item: "apply" sets the flag, "suggest" only warns. */
export type HtsHint = z.infer<typeof htsHintSchema>;
/** A whole rule set as JSON: the bundled {@link defaultRules}, or a replacement given as `rules`. */
export type RuleSet = z.infer<typeof ruleSetSchema>;

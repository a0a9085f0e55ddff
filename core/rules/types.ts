// The shape of a rule set: dated versions with scope, status, limits and citations
// (openfisca-style: every legal parameter is data keyed by its effective date, with a reference).
// A rule set is plain JSON, so `--rules FILE` and the widget's `rules` property can replace it.

export const MODES = ['express', 'air', 'ocean', 'truck', 'rail', 'postal'] as const;
export type Mode = (typeof MODES)[number];

export const ITEM_FLAGS = [
  'adcvd',
  'quota',
  'alcohol',
  'tobacco',
  'alcoholic-perfume',
  'pga-fee',
  'informational-material',
  'section-301',
  // exceptions named by the origin-wide duty layers and fees (core/charges): goods subject to a
  // Section 232 action, originating goods whose USMCA or other US free-trade preference is
  // claimed, humanitarian donations
  'section-232',
  'fta-claimed',
  'donation',
] as const;
export type ItemFlag = (typeof ITEM_FLAGS)[number];

/** Confidence tags of rules-reference.md section 0. */
export const CONFIDENCE = ['P', 'P-summary', 'P-copy', 'P-title', 'S', 'M'] as const;
export type Confidence = (typeof CONFIDENCE)[number];

export interface Citation {
  /** e.g. "EO 14324", "19 CFR 10.151", "CSMS 66065494" */
  document: string;
  /** section or paragraph, e.g. "sec. 2", "(a)" */
  section?: string;
  url?: string;
  /** P = primary text checked; S = secondary source only; M = unconfirmed lead */
  confidence: Confidence;
}

/**
 * Topics a version can govern. For one topic, at any instant and for one shipment, the version
 * that applies is the one with the most specific matching scope (origins and/or modes) whose
 * [from, until) window contains the entry instant.
 * - commercial: 19 U.S.C. 1321(a)(2)(C), the "any other articles" de minimis ($200, $800)
 * - gift: 1321(a)(2)(A), 19 CFR 10.152 / 145.32
 * - entry-ceiling: informal entry ceiling, 19 CFR 143.21(a)
 * - chapter99-formal: 143.21(a) parenthetical: Chapter 99 subchapter III/IV articles over $250
 * - postal: the postal duty regime for mail that is not exempt
 */
export const TOPICS = ['commercial', 'gift', 'entry-ceiling', 'chapter99-formal', 'postal'] as const;
export type Topic = (typeof TOPICS)[number];

export type Status = 'available' | 'suspended' | 'repealed' | 'in-force';

export interface Scope {
  /** ISO 3166-1 alpha-2 countries of origin of any item (origin decides, not ship-from) */
  origins?: string[];
  modes?: Mode[];
}

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
   *  (EO 14324: goods described in 50 U.S.C. 1702(b), i.e. informational materials) */
  exceptFlags?: ItemFlag[];
  /** reason code reported when this version decides against the shipment */
  reasonCode?: string;
  /** plain-language summary shown with the reason (postal duty options, etc.) */
  summary: string;
  citations: Citation[];
  /** doubts, conflicts between sources, what to re-check */
  note?: string;
}

/** Exclusions that beat any value (rules-reference.md 1.2 table; 5, rule 5). */
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

/** HTS heading hints (rules-reference.md 3.5). effect "apply" sets the flag as if the caller had
 * given it (headings that are alcohol or tobacco by definition); "suggest" only warns. */
export interface HtsHint {
  id: string;
  /** HTS prefixes (2 = chapter, 4 = heading, 6 = subheading) */
  prefixes: string[];
  flag: ItemFlag;
  effect: 'apply' | 'suggest';
  reasonCode: string;
  summary: string;
  citations: Citation[];
}

export interface RuleSet {
  /** the rule set's version, reported in every decision ("2026-11-28") */
  version: string;
  /** what this set is, who compiled it */
  description?: string;
  versions: RuleVersion[];
  exclusions: Exclusion[];
  htsHints: HtsHint[];
}

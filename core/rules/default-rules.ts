// The bundled rule set. Every version names the legal instruments that decide it, and every
// citation carries how sure we are of the fact it supports (P = read in the primary text,
// S = secondary sources only, M = an unconfirmed lead); docs/sources.md says what each
// instrument decides and where to read it, docs/decisions.md the choices the sources leave open.
// To follow a change in the law, copy this set (`s321 rules --json > rules.json`), add a
// version with its citation, and pass it with `--rules` (docs/updating-rules.md).

import type { Citation, RuleSet, UnsettledReach } from './types.ts';

const cfr = (section: string, confidence: Citation['confidence'] = 'P', paragraph?: string): Citation => ({
  document: `19 CFR ${section}`,
  ...(paragraph ? { section: paragraph } : {}),
  url: `https://www.law.cornell.edu/cfr/text/19/${section}`,
  confidence,
});
const fr = (document: string, doc: string, confidence: Citation['confidence'], section?: string): Citation => ({
  document,
  ...(section ? { section } : {}),
  url: `https://www.federalregister.gov/d/${doc}`,
  confidence,
});

const STATUTE: Citation = { document: '19 U.S.C. 1321', section: '(a)(2)(C)', url: 'https://www.law.cornell.edu/uscode/text/19/1321', confidence: 'M' };
const CBP_FAQ: Citation = { document: 'CBP E-Commerce FAQ', section: 'Section 321 exclusions', confidence: 'P' };
const CBP_GIFT_GUIDANCE: Citation = { document: 'CBP gift guidance (as quoted by third parties)', confidence: 'S' };
const EO_14324: Citation = fr('EO 14324 (90 FR 37775, FR Doc 2025-14897)', '2025-14897', 'P');
const EO_14388: Citation = { document: 'EO 14388 "Continuing the Suspension of Duty-Free De Minimis Treatment for All Countries"', confidence: 'S' };
const CSMS_66065494: Citation = { document: 'CSMS 66065494', confidence: 'P' };
const CSMS_67845486: Citation = { document: 'CSMS 67845486', confidence: 'P' };
const IEEPA_1702B: Citation = { document: '50 U.S.C. 1702(b)', url: 'https://www.law.cornell.edu/uscode/text/50/1702', confidence: 'P' };
const CBP_DEC_12_19: Citation = { document: 'CBP Dec. 12-19 (77 FR 72720)', confidence: 'M' };
const POSTAL_IFR: Citation = fr('91 FR 37801 (FR Doc 2026-12669)', '2026-12669', 'S', '19 CFR 145.31');
const HTSUS = (chapters: string, headings: string): Citation => ({
  document: `HTSUS ${chapters}`,
  section: headings,
  url: 'https://hts.usitc.gov/',
  confidence: 'P',
});

/** The goods EO 14324 and EO 14388 leave out of the suspension: those described in 50 U.S.C.
 * 1702(b) that a parcel can carry (accompanied baggage, 1702(b)(4), is never a shipped parcel). */
const CARVE_OUT_1702B = ['informational-material', 'donation', 'personal-communication'] as const;
const SUSPENDED_SUMMARY = 'De minimis has been suspended for goods from all countries since Aug 29, 2025: duties apply.';
/** Goods shipped from the insular possessions are imported (outside the customs territory, 19 CFR
 * 101.1); whether the 2025 all-country suspension reaches them is not settled in the sources. */
const INSULAR_POSSESSIONS: UnsettledReach = {
  countries: ['VI', 'GU', 'AS', 'MP', 'UM'],
  reasonCode: 'SUSPENSION_REACH_UNSETTLED',
  summary: 'Whether the all-country suspension reaches goods shipped from a US insular possession is not settled [M]; treated as suspended.',
  citations: [
    { document: '19 CFR 101.1', url: 'https://www.law.cornell.edu/cfr/text/19/101.1', confidence: 'P' },
    { document: 'HTSUS General Note 3(a)(iv)', confidence: 'P' },
    { document: 'reach to the possessions unsettled', confidence: 'M' },
  ],
};
const REGULATION_CARVE_OUT_UNCONFIRMED = "Unconfirmed: CBP's June 2026 regulation may not keep this carve-out, which rests on EO 14324 and EO 14388.";

/** The bundled rule set: every dated version of the de minimis, gift, entry and postal rules, each with its citations (docs/rules.md lists them). */
export const defaultRules: RuleSet = {
  version: '2026-11-30',
  description:
    'US Section 321 (de minimis) rules: the commercial exemption and its suspensions, gifts, the customs territory, informal and formal entry ceilings, postal regimes, exclusions and HTS headings, each with its legal instruments (docs/sources.md).',
  versions: [
    // ---- the customs territory: a parcel that never crosses its border is not an import
    {
      id: 'customs-territory',
      topic: 'customs-territory',
      status: 'in-force',
      countries: ['US', 'PR'],
      reasonCode: 'NOT_AN_IMPORT',
      summary: 'Not an import: shipped from inside the US customs territory (the States, DC, Puerto Rico), so no entry and no duty.',
      citations: [
        {
          document: '19 CFR 101.1',
          section: '"Customs territory of the United States"',
          url: 'https://www.law.cornell.edu/cfr/text/19/101.1',
          confidence: 'P',
        },
        { document: '19 U.S.C. 1484', section: '(a)', url: 'https://www.law.cornell.edu/uscode/text/19/1484', confidence: 'P' },
      ],
      title: 'Not an import: shipped from inside the customs territory',
      note: 'The definitions are primary text; that a parcel moving inside the territory needs no entry is our reading of them (docs/decisions.md). The insular possessions (VI, GU, AS, MP, UM) are outside the territory: parcels from them are imports.',
    },

    // ---- commercial de minimis, 19 U.S.C. 1321(a)(2)(C)
    {
      id: 'commercial-200',
      topic: 'commercial',
      until: '2016-03-10',
      status: 'available',
      limitUsd: '200.00',
      summary: 'Shipments imported by one person on one day worth up to $200 enter free of duty and tax.',
      citations: [STATUTE, { document: '19 U.S.C. 1321 (before TFTEA)', confidence: 'M' }],
      title: 'De minimis $200 (before TFTEA)',
      note: "The $200 figure before TFTEA is an unconfirmed lead [M]: the statute's earlier text was not read.",
    },
    {
      id: 'commercial-800',
      topic: 'commercial',
      from: '2016-03-10',
      until: '2025-08-29T00:01',
      status: 'available',
      limitUsd: '800.00',
      summary: 'Shipments imported by one person on one day worth up to $800 enter free of duty and tax.',
      citations: [
        { document: 'TFTEA, Pub. L. 114-125', section: 'sec. 901', url: 'https://www.congress.gov/bill/114th-congress/house-bill/644', confidence: 'S' },
        fr('CBP Dec. 16-13 (81 FR 58831)', '2016-20581', 'P-summary'),
        cfr('10.151'),
      ],
      title: 'De minimis $800 (TFTEA)',
      note: 'The start date 2016-03-10 (15 days after enactment on 2016-02-24) is an unconfirmed lead [M]; CBP Dec. 16-13 conformed the regulations from 2016-08-26.',
    },
    {
      id: 'commercial-suspended-cn-hk-feb-2025',
      topic: 'commercial',
      from: '2025-02-04T00:01',
      until: '2025-02-07',
      scope: { origins: ['CN', 'HK'] },
      status: 'suspended',
      reasonCode: 'SUSPENDED_CN_HK',
      summary: 'De minimis was suspended for products of China and Hong Kong from Feb 4 to Feb 6, 2025 (no refunds afterwards).',
      citations: [
        { document: 'EO 14195 (90 FR 9121)', section: 'sec. 2', confidence: 'P' },
        { document: 'CSMS 63992482', confidence: 'S' },
        { document: 'EO 14200', confidence: 'P' },
        { document: 'CSMS 64082249', confidence: 'P' },
      ],
      title: 'China/Hong Kong suspension (February 2025)',
      note: 'Origin decides, not ship-from; Macau (MO) is not covered by the orders.',
    },
    {
      id: 'commercial-suspended-cn-hk',
      topic: 'commercial',
      from: '2025-05-02T00:01',
      until: '2025-08-29T00:01',
      scope: { origins: ['CN', 'HK'] },
      status: 'suspended',
      reasonCode: 'SUSPENDED_CN_HK',
      summary: 'De minimis ended for products of China and Hong Kong on May 2, 2025: duties apply.',
      citations: [
        { document: 'EO 14256', confidence: 'P' },
        { document: 'CSMS 64861116', confidence: 'P' },
      ],
      title: 'China/Hong Kong suspension (from May 2, 2025)',
      note: 'Origin decides, not ship-from; Macau (MO) is not covered. Merged into the all-country suspension on 2025-08-29.',
    },
    {
      id: 'commercial-suspended-all-eo14324',
      topic: 'commercial',
      from: '2025-08-29T00:01',
      until: '2026-02-24T00:01',
      status: 'suspended',
      limitUsd: '800.00',
      exceptFlags: [...CARVE_OUT_1702B],
      exceptCitations: [EO_14324, IEEPA_1702B],
      unsettledShipFrom: INSULAR_POSSESSIONS,
      reasonCode: 'SUSPENDED_ALL_COUNTRIES',
      summary: SUSPENDED_SUMMARY,
      citations: [EO_14324, CSMS_66065494, fr('CBP notice 2025-16802 (90 FR 42418)', '2025-16802', 'P-summary')],
      title: 'All-country suspension (EO 14324)',
      note: 'Goods described in 50 U.S.C. 1702(b) (informational materials, donations of food, clothing and medicine, personal communications) keep de minimis under the order.',
    },
    {
      id: 'commercial-suspended-all-eo14388',
      topic: 'commercial',
      from: '2026-02-24T00:01',
      until: '2027-07-01',
      status: 'suspended',
      limitUsd: '800.00',
      exceptFlags: [...CARVE_OUT_1702B],
      exceptCitations: [EO_14388, CSMS_67845486, IEEPA_1702B],
      unsettledShipFrom: INSULAR_POSSESSIONS,
      reasonCode: 'SUSPENDED_ALL_COUNTRIES',
      summary: SUSPENDED_SUMMARY,
      citations: [EO_14388, CSMS_67845486],
      title: 'All-country suspension continued (EO of 2026-02-20)',
      note: "The order's number, 14388, comes from a single source [S].",
    },
    {
      id: 'commercial-suspended-regulation-non-postal',
      topic: 'commercial',
      from: '2026-06-24',
      until: '2027-07-01',
      scope: { modes: ['express', 'air', 'ocean', 'truck', 'rail'] },
      status: 'suspended',
      limitUsd: '800.00',
      exceptFlags: [...CARVE_OUT_1702B],
      exceptCitations: [EO_14324, EO_14388, IEEPA_1702B],
      exceptUnconfirmed: REGULATION_CARVE_OUT_UNCONFIRMED,
      unsettledShipFrom: INSULAR_POSSESSIONS,
      reasonCode: 'SUSPENDED_ALL_COUNTRIES',
      summary: SUSPENDED_SUMMARY,
      citations: [
        { document: '91 FR 37789', section: '19 CFR 10.151', confidence: 'S' },
        { document: '19 U.S.C. 1321(b)', confidence: 'S' },
      ],
      title: 'Regulatory suspension, non-postal (June 2026 interim final rule, 19 CFR 10.151)',
      note: 'Sources conflict on whether the June 2026 rules are interim final rules or proposed rules. The carve-out is kept with a warning (docs/decisions.md).',
    },
    {
      id: 'commercial-suspended-regulation-postal',
      topic: 'commercial',
      from: '2026-07-24',
      until: '2027-07-01',
      scope: { modes: ['postal'] },
      status: 'suspended',
      limitUsd: '800.00',
      exceptFlags: [...CARVE_OUT_1702B],
      exceptCitations: [EO_14324, EO_14388, IEEPA_1702B],
      exceptUnconfirmed: REGULATION_CARVE_OUT_UNCONFIRMED,
      unsettledShipFrom: INSULAR_POSSESSIONS,
      reasonCode: 'SUSPENDED_ALL_COUNTRIES',
      summary: SUSPENDED_SUMMARY,
      citations: [POSTAL_IFR],
      title: 'Regulatory suspension, postal (June 2026 interim final rule, 19 CFR 145.31)',
      note: 'The carve-out is kept with a warning, as for the non-postal rule.',
    },
    {
      id: 'commercial-repealed',
      topic: 'commercial',
      from: '2027-07-01',
      status: 'repealed',
      reasonCode: 'REPEALED',
      summary: 'The statute repealed the commercial de minimis exemption on July 1, 2027: duties apply.',
      citations: [
        { document: 'One Big Beautiful Bill Act, Pub. L. 119-21', url: 'https://www.congress.gov/bill/119th-congress/house-bill/1', confidence: 'S' },
      ],
      title: 'Statutory repeal (OBBBA)',
      note: 'One press summary said "June 2027"; statute-based summaries say 2027-07-01. The section number (70308) is unverified [M].',
    },

    // ---- gifts, 19 U.S.C. 1321(a)(2)(A): unchanged through every era
    {
      id: 'gift-100',
      topic: 'gift',
      status: 'available',
      limitUsd: '100.00',
      limitUsdBySenderCountry: { VI: '200.00', GU: '200.00', AS: '200.00' },
      recipientTypes: ['person'],
      summary:
        'Bona fide gifts sent by a person abroad and received by one person in the United States on one day worth up to $100 ($200 from the US Virgin Islands, Guam or American Samoa) enter free.',
      citations: [cfr('10.152'), cfr('145.32'), { document: '19 U.S.C. 1321', section: '(a)(2)(A)', confidence: 'M' }],
      title: 'Bona fide gift exemption',
      note: 'A business may send a gift to a person; a gift to a business is refused, following carrier guidance [S] (docs/decisions.md). A gift sent other than by mail is entered free under informal entry procedures (entry "informal", reason GIFT_INFORMAL_ENTRY; 19 CFR 10.152); a mail gift passes without an entry (19 CFR 145.32).',
    },

    // ---- informal entry ceiling, 19 CFR 143.21(a)
    {
      id: 'entry-ceiling-2000',
      topic: 'entry-ceiling',
      until: '2012-12-06',
      status: 'in-force',
      limitUsd: '2000.00',
      summary: 'Shipments up to $2,000 may be entered informally (type 11); above that a formal entry (type 01) is needed.',
      citations: [{ document: '19 CFR 143.21(a), text before CBP Dec. 12-19', confidence: 'M' }, CBP_DEC_12_19],
      title: 'Informal entry ceiling $2,000',
      note: 'Only the current $2,500 text of 19 CFR 143.21(a) was read. The earlier $2,000 figure and the date it changed (CBP Dec. 12-19, cited in the source note of 19 CFR 143.22) are unconfirmed leads [M].',
    },
    {
      id: 'entry-ceiling-2500',
      topic: 'entry-ceiling',
      from: '2012-12-06',
      until: '2025-08-29T00:01',
      status: 'in-force',
      limitUsd: '2500.00',
      summary: 'Shipments up to $2,500 may be entered informally (type 11); above that a formal entry (type 01) is needed.',
      citations: [cfr('143.21', 'P', '(a)'), CBP_DEC_12_19],
      title: 'Informal entry ceiling $2,500',
    },
    {
      id: 'entry-ceiling-2500-electronic',
      topic: 'entry-ceiling',
      from: '2025-08-29T00:01',
      status: 'in-force',
      limitUsd: '2500.00',
      electronicEntry: true,
      summary: 'Shipments up to $2,500 may be entered informally (type 11), filed electronically in ACE; above that a formal entry (type 01) is needed.',
      citations: [cfr('143.21', 'P', '(a)'), CSMS_66065494],
      title: 'Informal entry ceiling $2,500, electronic filing only',
      note: 'CSMS 66065494 requires entries of goods that lost de minimis to be filed electronically in ACE (no paper informal entries).',
    },
    {
      id: 'chapter99-formal-250',
      topic: 'chapter99-formal',
      until: '2025-04-28',
      status: 'in-force',
      limitUsd: '250.00',
      summary: 'Articles over $250 classified in HTSUS Chapter 99 subchapters III or IV (e.g. Section 301 goods) need a formal entry.',
      citations: [cfr('143.21', 'P', '(a)')],
      title: 'Formal entry for Chapter 99 subchapter III/IV articles over $250',
      note: 'The item flag "section-301" marks Chapter 99 subchapter III goods. The value tested is the article\'s entry line: all units of one article (one HTS number) in the shipment (docs/decisions.md).',
    },
    {
      id: 'chapter99-formal-suspended',
      topic: 'chapter99-formal',
      from: '2025-04-28',
      status: 'suspended',
      summary: 'CBP suspended the Chapter 99 $250 formal-entry rule for all modes and origins in late April 2025.',
      citations: [{ document: 'CSMS 64861116', confidence: 'P' }],
      title: 'Chapter 99 formal-entry rule suspended',
      note: 'The exact day is truncated in the copy of the CSMS message read; 2025-04-28 (the China low-value notice) is used [M]. Whether the suspension still holds in late 2026 is not confirmed.',
    },

    // ---- postal regimes for mail that is not exempt
    {
      id: 'postal-cn-hk-120pct',
      topic: 'postal',
      from: '2025-05-02T00:01',
      until: '2025-05-14T00:01',
      scope: { origins: ['CN', 'HK'] },
      status: 'in-force',
      reasonCode: 'POSTAL_DUTY',
      summary: 'Mail with products of China or Hong Kong owes 120% of its value or $100 per postal item, collected by the carrier.',
      citations: [
        { document: 'EO 14256 as amended by EO 14259 and EO 14266', confidence: 'S' },
        { document: 'CSMS 64861116', confidence: 'P' },
      ],
      title: 'China/Hong Kong mail: 120% or $100 per item',
    },
    {
      id: 'postal-cn-hk-54pct',
      topic: 'postal',
      from: '2025-05-14T00:01',
      until: '2025-08-29T00:01',
      scope: { origins: ['CN', 'HK'] },
      status: 'in-force',
      reasonCode: 'POSTAL_DUTY',
      summary: 'Mail with products of China or Hong Kong owes 54% of its value or $100 per postal item, collected by the carrier.',
      citations: [{ document: 'EO 14298', confidence: 'S' }],
      title: 'China/Hong Kong mail: 54% or $100 per item',
    },
    {
      id: 'postal-all-eo14324',
      topic: 'postal',
      from: '2025-08-29T00:01',
      until: '2026-02-24',
      status: 'in-force',
      reasonCode: 'POSTAL_DUTY',
      summary:
        'Mail owes duty at the IEEPA tariff rate of its country of origin, or (until Feb 28, 2026) $80, $160 or $200 per postal item, collected by the carrier.',
      citations: [
        EO_14324,
        fr('CBP notice 2025-16802', '2025-16802', 'P-summary'),
        { document: 'CSMS 67834313', section: 'IEEPA duties end 2026-02-24 00:00 EST', confidence: 'S' },
      ],
      title: 'All-country mail: IEEPA rate or $80/$160/$200 per item',
      note: 'IEEPA duties stop for goods entered from 2026-02-24 00:00 EST (CSMS 67834313), one minute before the Section 122 surcharge starts.',
    },
    {
      id: 'postal-all-between-ieepa-and-section122',
      topic: 'postal',
      from: '2026-02-24',
      until: '2026-02-24T00:01',
      status: 'in-force',
      reasonCode: 'POSTAL_DUTY',
      summary: 'Mail entered from 00:00 to 00:01 EST on Feb 24, 2026 owes no IEEPA duty; the Section 122 rate starts at 00:01.',
      citations: [
        { document: 'CSMS 67834313', confidence: 'S' },
        { document: 'CSMS 67844987', confidence: 'S' },
      ],
      title: 'All-country mail: the minute between the IEEPA and Section 122 duties',
      note: 'No source gives a postal rate for this minute; the version only keeps the two instants apart (docs/decisions.md).',
    },
    {
      id: 'postal-all-section122',
      topic: 'postal',
      from: '2026-02-24T00:01',
      until: '2026-07-24',
      status: 'in-force',
      reasonCode: 'POSTAL_DUTY',
      summary: 'Mail owes duty equal to the Section 122 surcharge rate (10%), collected by the carrier.',
      citations: [EO_14388, CSMS_67845486, { document: 'CSMS 67844987', confidence: 'S' }],
      title: 'All-country mail: Section 122 rate',
      note: 'The Section 122 surcharge ran from 2026-02-24 00:01 EST to 2026-07-24 00:01 EDT and was not extended [S]; from 2026-07-24 mail goes through the postal informal entry.',
    },
    {
      id: 'postal-informal-entry',
      topic: 'postal',
      from: '2026-07-24',
      status: 'in-force',
      reasonCode: 'POSTAL_DUTY',
      limitUsd: '2500.00',
      formalEntryFlags: ['adcvd', 'quota', 'alcohol', 'tobacco'],
      summary: "Mail up to $2,500 goes through CBP's postal informal entry with all duties, taxes and fees (10-digit HTS for every line).",
      citations: [POSTAL_IFR],
      title: 'Postal informal entry (June 2026 interim final rule)',
      note: 'Mail over $2,500, and mail with AD/CVD, quota, alcohol or tobacco goods, needs a formal entry (type 01).',
    },
  ],

  // ---- exclusions that beat any value
  exclusions: [
    {
      id: 'exclusion-adcvd',
      flag: 'adcvd',
      bars: ['commercial', 'gift'],
      reasonCode: 'EXCLUDED_ADCVD',
      needsAceEntry: true,
      summary: 'Goods subject to antidumping or countervailing duties are excluded from the Section 321 exemptions.',
      citations: [CBP_FAQ, cfr('10.153', 'M')],
    },
    {
      id: 'exclusion-quota',
      flag: 'quota',
      bars: ['commercial', 'gift'],
      reasonCode: 'EXCLUDED_QUOTA',
      needsAceEntry: true,
      summary: 'Goods subject to an absolute or tariff-rate quota are excluded from the Section 321 exemptions.',
      citations: [CBP_FAQ, cfr('10.153', 'M')],
    },
    {
      id: 'exclusion-alcohol',
      flag: 'alcohol',
      bars: ['commercial'],
      reasonCode: 'EXCLUDED_EXCISE',
      summary: 'Alcoholic beverages owe Internal Revenue Code excise tax, which excludes them from de minimis.',
      citations: [CBP_FAQ],
    },
    {
      id: 'exclusion-tobacco',
      flag: 'tobacco',
      bars: ['commercial'],
      reasonCode: 'EXCLUDED_EXCISE',
      summary: 'Tobacco products owe Internal Revenue Code excise tax, which excludes them from de minimis.',
      citations: [CBP_FAQ],
    },
    {
      id: 'exclusion-fishing-archery',
      flag: 'fishing-archery',
      bars: ['commercial'],
      reasonCode: 'EXCLUDED_EXCISE',
      summary: 'Fishing and archery products owe IRC excise tax, which excludes them from de minimis.',
      citations: [CBP_FAQ],
    },
    {
      id: 'exclusion-pga-fee',
      flag: 'pga-fee',
      bars: ['commercial', 'gift'],
      reasonCode: 'EXCLUDED_PGA_FEE',
      summary: 'Goods that owe a fee not waived by another government agency are excluded from the Section 321 exemptions; they need a type 11 or 01 entry.',
      citations: [CBP_FAQ, { document: 'CBP Entry Type 86 FAQ', confidence: 'P' }],
    },
    {
      id: 'exclusion-gift-alcohol',
      flag: 'alcohol',
      bars: ['gift'],
      reasonCode: 'GIFT_NOT_ELIGIBLE',
      summary: 'Alcoholic beverages are excluded from the gift exemption.',
      citations: [CBP_GIFT_GUIDANCE],
    },
    {
      id: 'exclusion-gift-tobacco',
      flag: 'tobacco',
      bars: ['gift'],
      reasonCode: 'GIFT_NOT_ELIGIBLE',
      summary: 'Tobacco products are excluded from the gift exemption.',
      citations: [CBP_GIFT_GUIDANCE],
    },
    {
      id: 'exclusion-gift-alcoholic-perfume',
      flag: 'alcoholic-perfume',
      bars: ['gift'],
      unitValueOverUsd: '5.00',
      reasonCode: 'GIFT_NOT_ELIGIBLE',
      summary: 'Perfume containing alcohol worth more than $5 retail is excluded from the gift exemption.',
      citations: [CBP_GIFT_GUIDANCE],
    },
  ],

  // ---- what an HTS heading says about an item
  htsHints: [
    {
      id: 'hts-alcohol',
      prefixes: ['2203', '2204', '2205', '2206', '2207', '2208'],
      flag: 'alcohol',
      effect: 'apply',
      unlessFlag: 'not-alcohol',
      reasonCode: 'HTS_HINT_ALCOHOL',
      summary: 'HTS headings 2203-2208 are alcoholic beverages or ethyl alcohol (IRC excise): treated as alcohol unless flagged "not-alcohol".',
      citations: [HTSUS('chapter 22', 'headings 2203-2208'), CBP_FAQ],
    },
    {
      id: 'hts-tobacco',
      prefixes: ['2401', '2402', '2403', '4813'],
      flag: 'tobacco',
      effect: 'apply',
      unlessFlag: 'not-tobacco',
      reasonCode: 'HTS_HINT_TOBACCO',
      summary: 'HTS headings 2401-2403 (tobacco) and 4813 (cigarette paper) owe IRC excise: treated as tobacco unless flagged "not-tobacco".',
      citations: [HTSUS('chapters 24 and 48', 'headings 2401-2403, 4813'), CBP_FAQ],
    },
    {
      id: 'hts-perfume',
      prefixes: ['3303'],
      flag: 'alcoholic-perfume',
      effect: 'apply',
      unlessFlag: 'not-alcoholic-perfume',
      reasonCode: 'HTS_HINT_PERFUME',
      summary: 'HTS heading 3303 is perfume and toilet water: treated as containing alcohol (flag "not-alcoholic-perfume" if not).',
      citations: [HTSUS('chapter 33', 'heading 3303'), CBP_GIFT_GUIDANCE],
    },
    {
      id: 'hts-informational-material',
      prefixes: ['49', '3705', '3706', '9701', '9702', '9703'],
      flag: 'informational-material',
      effect: 'apply',
      unlessFlag: 'not-informational-material',
      reasonCode: 'HTS_HINT_INFORMATIONAL',
      summary:
        'HTS chapter 49 (printed matter), 3705-3706 (developed film) and 9701-9703 (artworks) are informational materials (50 U.S.C. 1702(b)(3)) unless flagged "not-informational-material".',
      citations: [HTSUS('chapters 37, 49 and 97', 'chapter 49, headings 3705-3706, 9701-9703'), IEEPA_1702B],
    },
    {
      id: 'hts-recorded-media',
      prefixes: ['8523'],
      flag: 'informational-material',
      effect: 'suggest',
      unlessFlag: 'not-informational-material',
      reasonCode: 'HTS_HINT_INFORMATIONAL',
      summary: 'HTS heading 8523 holds recorded and blank media: if recorded, add the flag "informational-material" (50 U.S.C. 1702(b)(3)).',
      citations: [HTSUS('chapter 85', 'heading 8523'), IEEPA_1702B],
    },
    {
      id: 'hts-fishing-archery',
      prefixes: ['9507', '95069905'],
      flag: 'fishing-archery',
      effect: 'apply',
      unlessFlag: 'not-fishing-archery',
      reasonCode: 'HTS_HINT_FISHING_ARCHERY',
      summary: 'HTS 9507 and 9506.99.05 are fishing and archery products (IRC excise) unless flagged "not-fishing-archery".',
      citations: [HTSUS('chapter 95', 'heading 9507, subheading 9506.99.05'), CBP_FAQ],
    },
  ],
};

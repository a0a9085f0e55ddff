// The bundled tariff set: the duty layers that apply by country of origin and the fees that are
// law, as dated versions with their citations and confidence tags (P = primary text checked,
// P-summary = only a summary of it, S = secondary sources only, M = unconfirmed lead). Layers
// that go by HTS list (Section 301 China lists, Section 232, the MFN rate itself) are not here:
// the merchant supplies them on the item (`duties`), and a merchant's layer with the same program
// id replaces a bundled one. To follow a change, copy this set (`s321 tariffs --json`), add a
// version with its citation and pass the file with `--tariffs` (docs/charges.md).

import { EU_MEMBERS } from '../geo/groups.ts';
import type { Citation } from '../rules/types.ts';
import type { LayerException, TariffSet } from './types.ts';
import { section122ExemptHts } from '../schedule/section122-exempt.generated.ts';

const EU = EU_MEMBERS;
// goods described in 50 U.S.C. 1702(b) that a parcel can carry, which IEEPA does not reach
const IEEPA_1702B: LayerException[] = [{ flag: 'informational-material' }, { flag: 'donation' }, { flag: 'personal-communication' }];
// the informal entry MPF: every mode but an express carrier's own facility (mail on a type 11
// entry, AD/CVD or quota goods before the postal informal entry, pays it too)
const INFORMAL_MPF_MODES = ['air', 'ocean', 'truck', 'rail', 'postal'] as const;

const PROCLAMATION_11012: Citation = { document: 'Proclamation 11012 (Section 122, 19 U.S.C. 2132)', section: 'HTSUS 9903.03.01', confidence: 'S' };
const CSMS_67844987: Citation = { document: 'CSMS 67844987', confidence: 'S' };
const FORCED_LABOR: Citation = { document: 'USTR, FR Doc 2026-15181 (91 FR 47318)', url: 'https://www.federalregister.gov/d/2026-15181', confidence: 'S' };
const CSMS_69326983: Citation = { document: 'CSMS 69326983', confidence: 'S' };
const MPF_STATUTE: Citation = { document: '19 U.S.C. 58c', section: '(a)(10)', url: 'https://www.law.cornell.edu/uscode/text/19/58c', confidence: 'P' };
const MPF_RULE: Citation = { document: '19 CFR 24.23', section: '(b)(1)(i)', url: 'https://www.law.cornell.edu/cfr/text/19/24.23', confidence: 'P' };
const POSTAL_IFR: Citation = { document: '91 FR 37801 (FR Doc 2026-12669)', section: '19 CFR 145.31', confidence: 'S' };

const USMCA_GOODS: LayerException = { flag: 'fta-claimed', origins: ['CA', 'MX'] };

/** The Merchandise Processing Fee of each fiscal year (Oct 1 to Sep 30): the flat fee of an
 * electronic informal entry, and the formal entry's minimum and maximum. */
const MPF_YEARS = [
  {
    fy: 'FY2024',
    from: '2023-10-01',
    until: '2024-10-01',
    informal: '2.53',
    min: '31.67',
    max: '614.35',
    notice: { document: 'CBP Dec. 23-08 (88 FR 48900)', confidence: 'S' },
  },
  {
    fy: 'FY2025',
    from: '2024-10-01',
    until: '2025-10-01',
    informal: '2.62',
    min: '32.71',
    max: '634.62',
    notice: { document: '89 FR 59126', confidence: 'S' },
  },
  {
    fy: 'FY2026',
    from: '2025-10-01',
    until: '2026-10-01',
    informal: '2.69',
    min: '33.58',
    max: '651.50',
    notice: { document: 'CBP Dec. 25-10 (90 FR 34665)', confidence: 'S' },
  },
  {
    fy: 'FY2027',
    from: '2026-10-01',
    until: '2027-10-01',
    informal: '2.77',
    min: '34.58',
    max: '670.86',
    notice: { document: 'FR Doc 2026-15530 (91 FR 48398)', url: 'https://www.federalregister.gov/d/2026-15530', confidence: 'S' },
  },
] as const;
const MPF_FIRST = '2023-10-01';
const MPF_LAST = '2027-10-01';

export const defaultTariffs: TariffSet = {
  version: '2026-11-30',
  description:
    'Origin-wide US duty layers (Section 122, Section 301 forced-labor and Brazil actions, the 2025 IEEPA duties and the postal duties of 2025-2026) and the Merchandise Processing and Harbor Maintenance Fees, FY2024-FY2027.',
  layers: [
    // ---- IEEPA duties, 2025: by origin, rates not in this data set; never on 50 U.S.C. 1702(b)
    // goods. Mail the carrier cleared owed the postal duties below instead (compute.ts).
    {
      id: 'ieepa-2025-cn-hk',
      program: 'ieepa',
      title: 'IEEPA duties on products of China and Hong Kong (from February 2025)',
      from: '2025-02-04T00:01',
      until: '2025-04-05T00:01',
      scope: { origins: ['CN', 'HK'] },
      except: IEEPA_1702B,
      summary:
        'Duties under the International Emergency Economic Powers Act on products of China and Hong Kong from Feb 4, 2025 (EO 14195), except goods described in 50 U.S.C. 1702(b). Their rates are not in this data set: give them as a layer with program "ieepa".',
      citations: [
        { document: 'EO 14195 (90 FR 9121)', section: 'sec. 2', confidence: 'P' },
        { document: '50 U.S.C. 1702(b)', url: 'https://www.law.cornell.edu/uscode/text/50/1702', confidence: 'P' },
      ],
      note: 'Other origins had no IEEPA duty in this data before the April 2025 reciprocal duties; Canada\'s and Mexico\'s own IEEPA duties (EO 14193, EO 14194) are not in the sources read as dated layers [M]: give them as a layer with program "ieepa".',
    },
    {
      id: 'ieepa-2025',
      program: 'ieepa',
      title: 'IEEPA duties (2025, by origin)',
      from: '2025-04-05T00:01',
      until: '2026-02-24T00:00',
      except: IEEPA_1702B,
      summary:
        'Duties under the International Emergency Economic Powers Act applied by country of origin (the April 2025 reciprocal duties, and China\'s since February) until the Supreme Court held them unauthorized; CBP stopped collecting them for goods entered from Feb 24, 2026 00:00 ET. Goods described in 50 U.S.C. 1702(b) (informational materials, donations, personal communications) are outside IEEPA. The rates vary by origin and are not in this data set: give them as a layer with program "ieepa".',
      citations: [
        { document: 'EO 14257', section: 'from 2025-04-05 00:01', confidence: 'M' },
        { document: 'Learning Resources, Inc. v. Trump (2026-02-20)', confidence: 'S' },
        { document: 'CSMS 67834313', confidence: 'S' },
        { document: '50 U.S.C. 1702(b)', url: 'https://www.law.cornell.edu/uscode/text/50/1702', confidence: 'P' },
      ],
      note: 'The sources read date the reciprocal duties only as "April 2025" [M]; the start 2025-04-05 00:01 EDT is an unconfirmed lead. That IEEPA duties do not reach 1702(b) goods is our reading of the statute.',
    },
    // ---- Section 122 surcharge, 150 days, not extended
    {
      id: 'section-122-surcharge',
      program: 'section-122',
      title: 'Section 122 import surcharge (10%)',
      from: '2026-02-24T00:01',
      until: '2026-07-24T00:01',
      rate: '10',
      except: [{ flag: 'section-232' }, USMCA_GOODS, { flag: 'informational-material' }, { flag: 'donation' }, { hts: section122ExemptHts }],
      summary:
        'A 10% surcharge on goods of all countries (HTSUS 9903.03.01), except Section 232 goods, USMCA goods of Canada and Mexico, informational materials and donations.',
      citations: [PROCLAMATION_11012, CSMS_67844987],
      note: 'Exemptions are HTSUS 9903.03.02-.11; the ones the sources name are encoded as item flags, and the products exempt by number (9903.03.03-.04, as compiled by The Budget Lab at Yale) as HTS prefixes. No stacking on Section 232.',
    },
    // ---- Section 301 "forced labor" action, from 2026-07-24 00:01
    {
      id: 'section-301-forced-labor-12-5',
      program: 'section-301-forced-labor',
      title: 'Section 301 forced-labor action (12.5%)',
      from: '2026-07-24T00:01',
      scope: {
        origins: [
          'AE',
          'AO',
          'AU',
          'BH',
          'BR',
          'BS',
          'CL',
          'CN',
          'CO',
          'CR',
          'DO',
          'DZ',
          'EG',
          'GY',
          'HK',
          'IL',
          'IQ',
          'KW',
          'KZ',
          'LY',
          'MA',
          'NG',
          'NI',
          'NO',
          'NZ',
          'OM',
          'PE',
          'PH',
          'QA',
          'RU',
          'SA',
          'SG',
          'TH',
          'TR',
          'UY',
          'VE',
          'VN',
        ],
      },
      rate: '12.5',
      except: [{ flag: 'section-232' }, USMCA_GOODS],
      summary: 'A 12.5% duty on products of the listed countries, except Section 232 goods and USMCA goods.',
      citations: [FORCED_LABOR, CSMS_69326983],
      note: 'Other exceptions are listed in HTSUS 9903.05.85-9903.06.21 and are not encoded.',
    },
    {
      id: 'section-301-forced-labor-10',
      program: 'section-301-forced-labor',
      title: 'Section 301 forced-labor action (10%)',
      from: '2026-07-24T00:01',
      scope: { origins: ['AR', 'BD', 'CA', 'EC', 'GB', 'GT', 'HN', 'ID', 'IN', 'JO', 'KH', 'LK', 'MX', 'MY', 'PK', 'SV', 'TT'] },
      rate: '10',
      except: [{ flag: 'section-232' }, USMCA_GOODS],
      summary: 'A 10% duty on products of the listed countries, except Section 232 goods and USMCA goods.',
      citations: [FORCED_LABOR, CSMS_69326983],
      note: 'Other exceptions are listed in HTSUS 9903.05.85-9903.06.21 and are not encoded.',
    },
    {
      id: 'section-301-forced-labor-floor',
      program: 'section-301-forced-labor',
      title: 'Section 301 forced-labor action (floor net of MFN: EU, JP, KR, CH, TW)',
      from: '2026-07-24T00:01',
      scope: { origins: [...EU, 'JP', 'KR', 'CH', 'TW'] },
      method: 'floor',
      except: [{ flag: 'section-232' }],
      summary:
        'For goods of the EU, Japan, South Korea, Switzerland and Taiwan the action sets a floor net of the MFN rate instead of an add-on: the duty is max(0, floor - the item\'s MFN rate). The floor rate is not in the sources read: give it as a layer with program "section-301-forced-labor", which is applied as this floor (not added).',
      citations: [
        { ...FORCED_LABOR, confidence: 'M' },
        { ...CSMS_69326983, confidence: 'M' },
      ],
      note: 'Only secondary sources describe the floor, and none states its rate or the formula [M]: max(0, floor - MFN) on the ad valorem MFN rate is our reading of "a floor net of the MFN rate".',
    },
    // ---- Section 301 Brazil
    {
      id: 'section-301-brazil',
      program: 'section-301-brazil',
      title: 'Section 301 action on Brazil (25%)',
      from: '2026-07-22',
      scope: { origins: ['BR'] },
      rate: '25',
      summary: 'A 25% duty on all products of Brazil (HTSUS 9903.05.01).',
      citations: [
        { document: 'USTR, FR Doc 2026-14542', url: 'https://www.federalregister.gov/d/2026-14542', confidence: 'S' },
        { document: 'CSMS 69302472', confidence: 'S' },
      ],
    },
    // ---- postal duties in lieu of the other layers, 2025-2026 (carrier-collected)
    {
      id: 'postal-cn-hk-120pct',
      program: 'postal-duty',
      title: 'Postal duty on products of China and Hong Kong (120%)',
      from: '2025-05-02T00:01',
      until: '2025-05-14T00:01',
      scope: { origins: ['CN', 'HK'], modes: ['postal'] },
      method: 'in-lieu',
      rate: '120',
      summary:
        "Mail with products of China or Hong Kong owed 120% of its value (or $100 per postal item, at the carrier's election; the estimate uses the ad valorem option).",
      citations: [
        { document: 'EO 14256 as amended by EO 14259 and EO 14266', confidence: 'S' },
        { document: 'CSMS 64861116', confidence: 'P' },
      ],
    },
    {
      id: 'postal-cn-hk-54pct',
      program: 'postal-duty',
      title: 'Postal duty on products of China and Hong Kong (54%)',
      from: '2025-05-14T00:01',
      until: '2025-08-29T00:01',
      scope: { origins: ['CN', 'HK'], modes: ['postal'] },
      method: 'in-lieu',
      rate: '54',
      summary:
        "Mail with products of China or Hong Kong owed 54% of its value (or $100 per postal item, at the carrier's election; the estimate uses the ad valorem option).",
      citations: [{ document: 'EO 14298', confidence: 'S' }],
    },
    {
      id: 'postal-ieepa-rate',
      program: 'postal-duty',
      title: "Postal duty at the origin's IEEPA rate",
      from: '2025-08-29T00:01',
      until: '2026-02-24T00:00',
      scope: { modes: ['postal'] },
      method: 'in-lieu',
      summary:
        'Mail owed duty at its country of origin\'s IEEPA rate on the value of each package, or $80, $160 or $200 per item (carrier\'s election). The IEEPA rates by origin are not in this data set: give the rate as a layer with program "postal-duty".',
      citations: [
        { document: 'EO 14324 (90 FR 37775, FR Doc 2025-14897)', section: 'sec. 3', url: 'https://www.federalregister.gov/d/2025-14897', confidence: 'P' },
        { document: 'CSMS 65934463', confidence: 'S' },
      ],
    },
    {
      id: 'postal-section-122-rate',
      program: 'postal-duty',
      title: 'Postal duty at the Section 122 rate (10%)',
      from: '2026-02-24T00:01',
      until: '2026-07-24',
      scope: { modes: ['postal'] },
      method: 'in-lieu',
      rate: '10',
      summary: 'Mail owed a duty equal to the Section 122 surcharge rate, 10% of its value.',
      citations: [
        { document: 'CSMS 67845486', confidence: 'S' },
        { document: 'EO 14388', confidence: 'S' },
      ],
    },
  ],
  fees: [
    // ---- Merchandise Processing Fee by fiscal year
    {
      id: 'mpf-informal-before-fy2024',
      program: 'mpf',
      title: 'MPF, informal entry (before FY2024)',
      until: MPF_FIRST,
      scope: { entries: ['informal'], modes: [...INFORMAL_MPF_MODES] },
      exceptFlags: ['fta-claimed'],
      summary: 'The flat Merchandise Processing Fee of an informal entry before FY2024 is not in this data set.',
      citations: [MPF_STATUTE],
    },
    ...MPF_YEARS.map((y) => ({
      id: `mpf-informal-${y.fy.toLowerCase()}`,
      program: 'mpf',
      title: `MPF, informal entry (${y.fy})`,
      from: y.from,
      until: y.until,
      scope: { entries: ['informal' as const], modes: [...INFORMAL_MPF_MODES] },
      amount: y.informal,
      exceptFlags: ['fta-claimed' as const],
      summary: `The Merchandise Processing Fee of an electronic informal entry (type 11) in ${y.fy}: $${y.informal} per entry.`,
      citations: [MPF_STATUTE, y.notice],
    })),
    {
      id: 'mpf-informal-after-fy2027',
      program: 'mpf',
      title: 'MPF, informal entry (from FY2028)',
      from: MPF_LAST,
      scope: { entries: ['informal'], modes: [...INFORMAL_MPF_MODES] },
      exceptFlags: ['fta-claimed'],
      summary: 'The Merchandise Processing Fee of FY2028 and later is not published in this data set.',
      citations: [MPF_STATUTE],
    },
    {
      id: 'mpf-informal-express',
      program: 'mpf',
      title: 'MPF, informal entry at an express consignment facility',
      scope: { entries: ['informal'], modes: ['express'] },
      amount: '0.00',
      summary:
        "Informal entries cleared at an express carrier's own facility owe no per-entry fee: the carrier pays CBP a fee per air waybill and may pass on its own charge.",
      citations: [{ document: '19 U.S.C. 58c', section: '(a)(10), (b)(9)', url: 'https://www.law.cornell.edu/uscode/text/19/58c', confidence: 'P' }],
      note: 'Which facilities qualify is not confirmed [M]; mode "express" is read as the carrier\'s own facility.',
    },
    {
      id: 'mpf-formal-before-fy2024',
      program: 'mpf',
      title: 'MPF, formal entry (before FY2024)',
      until: MPF_FIRST,
      scope: { entries: ['formal'] },
      exceptFlags: ['fta-claimed'],
      summary: 'The formal entry MPF minimum and maximum before FY2024 are not in this data set.',
      citations: [MPF_RULE],
    },
    ...MPF_YEARS.map((y) => ({
      id: `mpf-formal-${y.fy.toLowerCase()}`,
      program: 'mpf',
      title: `MPF, formal entry (${y.fy})`,
      from: y.from,
      until: y.until,
      scope: { entries: ['formal' as const] },
      rate: '0.3464',
      minimum: y.min,
      maximum: y.max,
      exceptFlags: ['fta-claimed' as const],
      summary: `The Merchandise Processing Fee of a formal entry (type 01) in ${y.fy}: 0.3464% of the value, at least $${y.min} and at most $${y.max} per entry.`,
      citations: [MPF_RULE, y.notice],
    })),
    {
      id: 'mpf-formal-after-fy2027',
      program: 'mpf',
      title: 'MPF, formal entry (from FY2028)',
      from: MPF_LAST,
      scope: { entries: ['formal'] },
      exceptFlags: ['fta-claimed'],
      summary: 'The formal entry MPF minimum and maximum of FY2028 and later are not published in this data set.',
      citations: [MPF_RULE],
    },
    {
      id: 'mpf-postal-informal-entry',
      program: 'mpf',
      title: 'Fee on a postal informal entry',
      from: '2026-07-24',
      scope: { entries: ['postal'] },
      summary: 'The postal informal entry owes all duties, taxes and fees; its per-entry fee is not confirmed in the sources.',
      citations: [POSTAL_IFR],
    },
    // ---- Harbor Maintenance Fee
    {
      id: 'hmf',
      program: 'hmf',
      title: 'Harbor Maintenance Fee',
      scope: { entries: ['informal', 'formal'], modes: ['ocean'] },
      rate: '0.125',
      summary: 'The Harbor Maintenance Fee: 0.125% of the value of cargo unloaded from a commercial vessel.',
      citations: [{ document: '19 CFR 24.24', section: '(a)', url: 'https://www.law.cornell.edu/cfr/text/19/24.24', confidence: 'P' }],
    },
  ],
};

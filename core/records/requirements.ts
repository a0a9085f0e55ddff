// Which elements each record must carry, as DATA: the Data Pilot notice (84 FR 35405, FR Doc
// 2019-15625) and the Entry Type 86 notices (84 FR 40079, FR Doc 2019-17243; 89 FR 2630, FR Doc
// 2024-00698) with CBP's Type 86 FAQ. The notices do not list every element per participant
// type; the lists come partly from trade summaries of them [S], so required-ness is a table that can be tightened or corrected without touching
// the code that reads it. Everything a table does not require is optional: since the 2023
// notice (88 FR 10140, FR Doc 2023-03279) any participant may send the optional elements.

export const PARTICIPANTS = ['ONLINE_MARKETPLACE', 'CARRIER', 'BROKER', 'FREIGHT_FORWARDER'] as const;
export type Participant = (typeof PARTICIPANTS)[number];

export const PROFILES = ['data-pilot', 'type86'] as const;
export type Profile = (typeof PROFILES)[number];

export interface RequiredWhen {
  element: string;
  /** a top-level element, or "lines[*].name" for "any line has" */
  when: string;
  equals: string | boolean;
  because: string;
}

export interface RequirementTable {
  /** elements every record must carry */
  required: readonly string[];
  /** groups of which at least one element must be present */
  oneOf: ReadonlyArray<{ elements: readonly string[]; because: string }>;
  /** elements required only when another element has a value */
  requiredWhen: readonly RequiredWhen[];
  /** where the requirement comes from, with confidence tags ([P] primary, [S] secondary, [M] ours) */
  source: string;
}

/** Elements of the Section 321 Data Pilot record: the names of the pilot notice's vocabulary, plus
 * elements believed to be among the optional ones of 88 FR 10140 (marketplace name and website,
 * country of origin, HTS number: [M]) and
 * arrivalDate, which s321 needs to apply the pilot's dated rules (not a pilot element). */
export const DATA_PILOT_ELEMENTS = [
  'originatorCode',
  'participantFilerType',
  'shipmentTrackingNumber',
  'houseBillOfLadingNumber',
  'masterBillOfLadingNumber',
  'modeOfTransportation',
  'shipmentInitiator',
  'seller',
  'buyer',
  'finalDeliverTo',
  'enhancedProductDescription',
  'shipmentSecurityScan',
  'knownCarrierCustomerFlag',
  'knownMarketplaceSellerFlag',
  'marketplaceSellerAccountNumber',
  'productPicture',
  'listedPriceOnMarketplace',
  'htsNumber',
  'countryOfOrigin',
  'marketplaceName',
  'marketplaceWebsite',
  'arrivalDate',
] as const;
export type DataPilotElement = (typeof DATA_PILOT_ELEMENTS)[number];

const PILOT_COMMON = [
  // every participant, per the pilot notice's vocabulary and trade summaries of it [S]
  'originatorCode',
  'participantFilerType',
  'modeOfTransportation',
  'shipmentInitiator', // name + street + country
  'finalDeliverTo', // street + country
  'enhancedProductDescription',
] as const;

const SHIPMENT_ID = {
  elements: ['shipmentTrackingNumber', 'houseBillOfLadingNumber', 'masterBillOfLadingNumber'],
  because: 'the shipment identifier the participant holds: at least one (84 FR 35405)',
} as const;

export const DATA_PILOT_REQUIREMENTS: Readonly<Record<Participant, RequirementTable>> = {
  ONLINE_MARKETPLACE: {
    // marketplaces: the seller (name + street + country) and the listed price [S]
    required: [...PILOT_COMMON, 'seller', 'listedPriceOnMarketplace'],
    oneOf: [SHIPMENT_ID],
    requiredWhen: [],
    source:
      '84 FR 35405 (FR Doc 2019-15625), element names of the W3C traceability vocabulary citing it; per-participant requirements from trade summaries of the notice [S]',
  },
  CARRIER: {
    // carriers: the known customer flag [S]
    required: [...PILOT_COMMON, 'knownCarrierCustomerFlag'],
    oneOf: [SHIPMENT_ID],
    requiredWhen: [
      {
        element: 'shipmentSecurityScan',
        when: 'modeOfTransportation',
        equals: 'AIR',
        because: 'air carriers verify a foreign security scan (84 FR 35405; trade summaries [S])',
      },
    ],
    source: '84 FR 35405 (FR Doc 2019-15625); carrier elements from trade summaries of the notice [S]',
  },
  BROKER: {
    required: [...PILOT_COMMON],
    oneOf: [SHIPMENT_ID],
    requiredWhen: [],
    source: '84 FR 35405 (FR Doc 2019-15625) and trade summaries of it [S]; the split of shipper elements by type is [M]',
  },
  FREIGHT_FORWARDER: {
    required: [...PILOT_COMMON],
    oneOf: [SHIPMENT_ID],
    requiredWhen: [],
    source: '84 FR 35405 (FR Doc 2019-15625) and trade summaries of it [S]; the split of shipper elements by type is [M]',
  },
};

/** Elements of an Entry Type 86 record: the names of the W3C traceability vocabulary citing 84 FR
 * 40079 (one bill per entry, one or more lines), plus arrivalDate and filedAt, which s321 needs
 * to apply the filing-time rules of 84 FR 40079 and 89 FR 2630 (they are not in CBP's list). */
export const TYPE86_ELEMENTS = [
  'entryType',
  'entryNumber',
  'bolNumber',
  'portOfEntry',
  'shipper',
  'consignee',
  'importerOfRecord',
  'arrivalDate',
  'filedAt',
  'lines',
] as const;
export type Type86Element = (typeof TYPE86_ELEMENTS)[number];

export const TYPE86_LINE_ELEMENTS = ['description', 'htsusNumber', 'countryOfOrigin', 'quantity', 'fairRetailValue', 'pgaRequirement', 'pgaFee'] as const;

export const TYPE86_REQUIREMENTS: RequirementTable & { lineRequired: readonly string[] } = {
  // the entry-level elements of CBP's Type 86 FAQ; arrivalDate: s321 (the filing-time and acceptance rules key on it)
  required: ['entryType', 'entryNumber', 'bolNumber', 'portOfEntry', 'shipper', 'consignee', 'arrivalDate', 'lines'],
  // per line: country of origin, quantity, fair retail value, 10-digit HTS (CBP's Type 86 FAQ)
  lineRequired: ['htsusNumber', 'countryOfOrigin', 'quantity', 'fairRetailValue'],
  oneOf: [],
  requiredWhen: [
    {
      element: 'importerOfRecord',
      when: 'lines[*].pgaRequirement',
      equals: true,
      because: 'the importer of record number is conditional on PGA requirements (CBP Type 86 FAQ [P])',
    },
  ],
  source:
    '89 FR 2630 (FR Doc 2024-00698) and CBP Type 86 FAQ [P]; trade summaries [S]; element names of the W3C traceability vocabulary citing FR Doc 2019-17243',
};

export function requirementsFor(profile: Profile, participant?: Participant): RequirementTable {
  if (profile === 'type86') return TYPE86_REQUIREMENTS;
  return DATA_PILOT_REQUIREMENTS[participant ?? 'ONLINE_MARKETPLACE'];
}

export function isParticipant(x: string): x is Participant {
  return (PARTICIPANTS as readonly string[]).includes(x);
}
export function isProfile(x: string): x is Profile {
  return (PROFILES as readonly string[]).includes(x);
}

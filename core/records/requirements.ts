// Which elements each record must carry, as DATA (issue 3; rules-reference.md 2.2, 2.4, 3.2-3.4).
// The reference assembles the element lists from secondary summaries (section 0, "Known
// limitation"), so required-ness is a table that can be tightened or corrected without touching
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
  /** where the requirement comes from, with the reference's confidence tags */
  source: string;
}

/** Elements of the Section 321 Data Pilot record: the names of reference section 2.4, plus
 * elements believed to be among the 2023 optional ones (2.2 rows 11, 14, 15: [M]) and
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
  'originatorCode', // 2.4 "all: yes"; 2.2 row 1 [S]
  'participantFilerType', // 2.4 "all: yes"; 2.2 row 2 [S]
  'modeOfTransportation', // 2.4 "all: yes"; 2.2 row 4 [S]
  'shipmentInitiator', // 2.4 "all: name + street + country"; 2.2 rows 5-6 [S]
  'finalDeliverTo', // 2.4 "all: street + country"; 2.2 row 7 [S]
  'enhancedProductDescription', // 2.4 "all"; 2.2 row 8 "mandatory" [S]
] as const;

const SHIPMENT_ID = {
  elements: ['shipmentTrackingNumber', 'houseBillOfLadingNumber', 'masterBillOfLadingNumber'],
  because: 'the shipment identifier the participant holds: at least one (reference 2.4; 2.2 row 3)',
} as const;

export const DATA_PILOT_REQUIREMENTS: Readonly<Record<Participant, RequirementTable>> = {
  ONLINE_MARKETPLACE: {
    // seller: 2.4 "marketplaces: name + street + country"; listed price: 2.2 row 9 "mandatory" [S]
    required: [...PILOT_COMMON, 'seller', 'listedPriceOnMarketplace'],
    oneOf: [SHIPMENT_ID],
    requiredWhen: [],
    source: 'rules-reference.md 2.4 (W3C traceability schema citing FR Doc 2019-15625) and 2.2 rows 1-9 [S]',
  },
  CARRIER: {
    // known customer flag: 2.2 row 13 "mandatory for carriers" [S]
    required: [...PILOT_COMMON, 'knownCarrierCustomerFlag'],
    oneOf: [SHIPMENT_ID],
    requiredWhen: [
      {
        element: 'shipmentSecurityScan',
        when: 'modeOfTransportation',
        equals: 'AIR',
        because: 'air carriers verify a foreign security scan (reference 2.4; 2.2 row 12 [S])',
      },
    ],
    source: 'rules-reference.md 2.4 and 2.2 rows 1-8, 12-13 [S]',
  },
  BROKER: {
    required: [...PILOT_COMMON],
    oneOf: [SHIPMENT_ID],
    requiredWhen: [],
    source: 'rules-reference.md 2.4 and 2.2 rows 1-8 [S]; the split of shipper elements by type is [M]',
  },
  FREIGHT_FORWARDER: {
    required: [...PILOT_COMMON],
    oneOf: [SHIPMENT_ID],
    requiredWhen: [],
    source: 'rules-reference.md 2.4 and 2.2 rows 1-8 [S]; the split of shipper elements by type is [M]',
  },
};

/** Elements of an Entry Type 86 record: the names of reference section 3.4 (one bill per entry,
 * one or more lines), plus arrivalDate and filedAt, which s321 needs to apply the filing-time
 * rules of 3.1 (they are not in CBP's published list). */
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

export const TYPE86_LINE_ELEMENTS = [
  'description',
  'htsusNumber',
  'countryOfOrigin',
  'quantity',
  'fairRetailValue',
  'pgaRequirement',
  'pgaFee',
] as const;

export const TYPE86_REQUIREMENTS: RequirementTable & { lineRequired: readonly string[] } = {
  // 3.2 rows 1-6 and 3.4; arrivalDate: s321 (the filing-time and acceptance rules key on it)
  required: ['entryType', 'entryNumber', 'bolNumber', 'portOfEntry', 'shipper', 'consignee', 'arrivalDate', 'lines'],
  // 3.2 rows 7-10: country of origin, quantity, fair retail value, 10-digit HTS per line
  lineRequired: ['htsusNumber', 'countryOfOrigin', 'quantity', 'fairRetailValue'],
  oneOf: [],
  requiredWhen: [
    {
      element: 'importerOfRecord',
      when: 'lines[*].pgaRequirement',
      equals: true,
      because: 'the importer of record number is conditional on PGA requirements (reference 3.2 row 11: CBP Type 86 FAQ [P])',
    },
  ],
  source: 'rules-reference.md 3.2 and 3.4 (CBP Type 86 FAQ [P], FreightWaves [S], W3C traceability schema citing FR Doc 2019-17243)',
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

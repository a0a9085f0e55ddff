// Builders: from the core's shipment model (plus the party and identifier details a record
// needs and a shipment does not carry) to a Data Pilot or Type 86 record.
// - A builder never fills an element in: what the input lacks stays absent, and validation names
//   it (MISSING_ELEMENT at the record path, with the input field it comes from).
// - The core's decision for the record's date is attached. A shipment that is not eligible on
//   its date still gets its record, flagged with the decision's reason codes.
import type { Decision } from '../evaluate/evaluate.ts';
import { evaluateShipments } from '../evaluate/evaluate.ts';
import type { InputIssue } from '../issues.ts';
import { currencyDecimals } from '../money/currencies.ts';
import { formatMinor, formatUsd, parseAmount } from '../money/money.ts';
import { MISSING_RATE, NO_RATES, type CompiledRates } from '../money/rates.ts';
import type { ApproximateRates } from '../money/approximate.ts';
import type { CompiledRules } from '../rules/load.ts';
import { normalizeRequest, VALUE_CERTIFIED, type NormalizedShipment } from '../shipment/normalize.ts';
import type { PartyInput, ShipmentInput } from '../shipment/schema.ts';
import { plainNumber } from '../shipment/validate.ts';
import type { RecordIssue } from './codes.ts';
import { pilotModeOf } from './modes.ts';
import type { DataPilotRecord, PilotMode, RecordParty, Type86Line, Type86Record } from './profiles.ts';
import type { Participant, Profile } from './requirements.ts';
import { validateRecord } from './validate.ts';

/** What a record needs beyond the shipment. Every field is optional here; the profile's
 * requirement table decides what must be present. */
export interface RecordDetails {
  /** the participant's CBP-assigned originator code (Data Pilot) */
  originatorCode?: string;
  trackingNumber?: string;
  houseBill?: string;
  masterBill?: string;
  /** Data Pilot mode; needed when the shipment's mode is "express" (air or truck?) */
  transportMode?: PilotMode;
  /** who causes the shipment to move (Data Pilot shipmentInitiator, Type 86 shipper);
   * default: the shipment's sender */
  shipper?: RecordParty;
  seller?: RecordParty & { accountNumber?: string; vetted?: boolean };
  buyer?: RecordParty;
  marketplace?: { name?: string; website?: string };
  /** picture or listing URL */
  productPicture?: string;
  knownCarrierCustomer?: boolean;
  securityScan?: boolean;
  entryNumber?: string;
  portOfEntry?: string;
  importerOfRecord?: { number: string; identifierType: 'IRS' | 'SSN' | 'CBP' };
  filedAt?: string;
  /** per shipment item, in the same order */
  items?: Array<{ pgaRequirement?: boolean; unitCode?: string } | null | undefined>;
}

export interface RecordSource {
  shipment: unknown;
  details?: RecordDetails;
}

export interface Eligibility {
  /** exempt under Section 321 on the record's date, and no filing rule against the record */
  eligible: boolean;
  exempt: boolean;
  exemption: Decision['exemption'];
  entry: Decision['entry'];
  asOf: string;
  rulesVersion: string;
  /** every reason code of the decision, decisive first */
  reasonCodes: string[];
  decisive: { code: string; message: string; citation: string } | null;
  /** how the decision rests on the value in US dollars, when a price was in another currency */
  valueDependence?: Decision['valueDependence'];
}

export interface Prepared {
  ok: true;
  profile: Profile;
  record: DataPilotRecord | Type86Record;
  /** element issues: the record cannot be filed as it is */
  errors: RecordIssue[];
  /** dated filing-rule issues (well formed, not acceptable on its date) */
  filing: RecordIssue[];
  shipment: NormalizedShipment;
}

export type PrepareResult = Prepared | { ok: false; issues: RecordIssue[] };

export type BuildResult =
  | { ok: true; record: DataPilotRecord | Type86Record; eligibility: Eligibility; flags: RecordIssue[] }
  | { ok: false; issues: RecordIssue[]; record?: DataPilotRecord | Type86Record };

type Sources = Record<string, string>;

/** A copy without the undefined members, in the same key order. A copy, not `delete`: deleting
 * a property turns the object into a slow dictionary, and validation and JSON.stringify then
 * cost several times more per record (measured in `s321 export`). */
export function defined<T extends object>(o: T): T {
  const out = {} as T;
  for (const k in o) if (o[k] !== undefined) out[k] = o[k];
  return out;
}

/** A record party from a shipment's party or a detail's: name and address, nothing else. Built
 * member by member (the same keys, in the same order, as `defined` of the full literal would
 * give): no throwaway literal per party, three or four parties per record. */
export function recordParty(p: PartyInput | RecordParty | undefined): RecordParty | undefined {
  if (!p) return undefined;
  const a = p.address;
  const country = a?.country ?? (p as PartyInput).country;
  const out: RecordParty = {};
  if (p.name !== undefined) out.name = p.name;
  if (a || country) {
    const address: NonNullable<RecordParty['address']> = {};
    if (a) {
      if (a.line1 !== undefined) address.line1 = a.line1;
      if (a.line2 !== undefined) address.line2 = a.line2;
      if (a.city !== undefined) address.city = a.city;
      if (a.region !== undefined) address.region = a.region;
      if (a.postalCode !== undefined) address.postalCode = a.postalCode;
    }
    if (country !== undefined) address.country = country;
    out.address = address;
  }
  return out;
}

function amountText(a: string | number): string | null {
  return typeof a === 'string' ? a : plainNumber(a);
}

function description(s: ShipmentInput): string | undefined {
  if (s.items.some((it) => !it.description)) return undefined;
  if (s.items.length === 1) return s.items[0].description;
  return s.items.map((it) => `${it.quantity ?? 1} x ${it.description}`).join('; ');
}

const MIXED = Symbol('mixed');

/** The value f gives for every item, or MIXED when items differ (most shipments have one item:
 * no Set per element per record). */
function sameFor<T>(items: ShipmentInput['items'], f: (it: ShipmentInput['items'][number]) => T): T | typeof MIXED {
  const v = f(items[0]);
  for (let i = 1; i < items.length; i++) if (f(items[i]) !== v) return MIXED;
  return v;
}

/** Where each record element comes from, for issue messages: made only when there are issues
 * (most records have none, and this object would be made per row for nothing). */
type SourcesOf = () => Sources;

function buildDataPilot(s: ShipmentInput, d: RecordDetails, participant: Participant, issues: RecordIssue[]): { record: DataPilotRecord; sources: SourcesOf } {
  const hts = sameFor(s.items, (it) => (it.hts ? it.hts.replace(/\./g, '') : ''));
  const origin = sameFor(s.items, (it) => it.origin);
  let listed: DataPilotRecord['listedPriceOnMarketplace'];
  if (sameFor(s.items, (it) => it.price.currency) !== MIXED) {
    const cur = s.items[0].price.currency;
    let minor = 0;
    for (const it of s.items) {
      const r = parseAmount(amountText(it.price.amount) ?? '', cur);
      if (r.ok) minor += r.money.minor;
    }
    listed = { amount: formatMinor(minor, currencyDecimals(cur) ?? 2), currency: cur };
  } else {
    const currencies = new Set(s.items.map((it) => it.price.currency));
    issues.push({
      path: 'listedPriceOnMarketplace',
      code: 'MIXED_CURRENCIES',
      message: `the items are priced in ${[...currencies].join(', ')}: one listed price needs one currency (send one record per currency)`,
    });
  }
  const mode = d.transportMode ?? pilotModeOf(s.mode);
  // member by member, in the element order, each with a named store: an object given more
  // than 16 members by keyed stores (o[k] = x, as `defined` does) becomes a slow dictionary,
  // and validation and JSON.stringify then read it by hash lookups
  const record: DataPilotRecord = {};
  let x: unknown;
  if (d.originatorCode !== undefined) record.originatorCode = d.originatorCode;
  if (participant !== undefined) record.participantFilerType = participant;
  if (d.trackingNumber !== undefined) record.shipmentTrackingNumber = d.trackingNumber;
  if (d.houseBill !== undefined) record.houseBillOfLadingNumber = d.houseBill;
  if (d.masterBill !== undefined) record.masterBillOfLadingNumber = d.masterBill;
  if (mode !== undefined) record.modeOfTransportation = mode;
  if ((x = recordParty(d.shipper ?? s.sender)) !== undefined) record.shipmentInitiator = x as DataPilotRecord['shipmentInitiator'];
  if ((x = d.seller ? recordParty(d.seller) : undefined) !== undefined) record.seller = x as DataPilotRecord['seller'];
  if ((x = recordParty(d.buyer)) !== undefined) record.buyer = x as DataPilotRecord['buyer'];
  if ((x = recordParty(s.recipient)) !== undefined) record.finalDeliverTo = x as DataPilotRecord['finalDeliverTo'];
  const text = description(s);
  if (text !== undefined) record.enhancedProductDescription = text;
  if (d.securityScan !== undefined) record.shipmentSecurityScan = d.securityScan;
  if (d.knownCarrierCustomer !== undefined) record.knownCarrierCustomerFlag = d.knownCarrierCustomer;
  if (d.seller?.vetted !== undefined) record.knownMarketplaceSellerFlag = d.seller.vetted;
  if (d.seller?.accountNumber !== undefined) record.marketplaceSellerAccountNumber = d.seller.accountNumber;
  if (d.productPicture !== undefined) record.productPicture = d.productPicture;
  if (listed !== undefined) record.listedPriceOnMarketplace = listed;
  if (hts !== MIXED && hts !== '') record.htsNumber = hts;
  if (origin !== MIXED && origin !== undefined) record.countryOfOrigin = origin;
  if (d.marketplace?.name !== undefined) record.marketplaceName = d.marketplace.name;
  if (d.marketplace?.website !== undefined) record.marketplaceWebsite = d.marketplace.website;
  if (s.arrival !== undefined) record.arrivalDate = s.arrival;
  const sources = (): Sources => ({
    originatorCode: 'details.originatorCode',
    shipmentTrackingNumber: 'details.trackingNumber',
    houseBillOfLadingNumber: 'details.houseBill',
    masterBillOfLadingNumber: 'details.masterBill',
    modeOfTransportation: mode ? 'shipment.mode' : `details.transportMode (shipment mode "${s.mode}" does not say air or truck)`,
    shipmentInitiator: d.shipper ? 'details.shipper' : 'shipment.sender',
    seller: 'details.seller',
    buyer: 'details.buyer',
    finalDeliverTo: 'shipment.recipient',
    enhancedProductDescription: 'shipment.items[].description',
    shipmentSecurityScan: 'details.securityScan',
    knownCarrierCustomerFlag: 'details.knownCarrierCustomer',
    knownMarketplaceSellerFlag: 'details.seller.vetted',
    marketplaceSellerAccountNumber: 'details.seller.accountNumber',
    productPicture: 'details.productPicture',
    listedPriceOnMarketplace: 'shipment.items[].price',
    marketplaceName: 'details.marketplace.name',
    marketplaceWebsite: 'details.marketplace.website',
    arrivalDate: 'shipment.arrival',
  });
  return { record, sources };
}

/** Rec. 20 "H87" (piece): the core's quantity is a count of pieces. */
const PIECE = 'H87';

function buildType86(s: ShipmentInput, n: NormalizedShipment, d: RecordDetails): { record: Type86Record; sources: SourcesOf } {
  const lines: Type86Line[] = s.items.map((it, k) =>
    defined({
      description: it.description,
      htsusNumber: it.hts ? it.hts.replace(/\./g, '') : undefined,
      countryOfOrigin: it.origin,
      quantity: it.quantity === undefined ? undefined : { value: it.quantity, unitCode: d.items?.[k]?.unitCode ?? PIECE },
      // converted at the certified rate for the date of exportation (19 CFR 159.32-159.34)
      fairRetailValue: { amount: formatUsd(n.items[k].usd), currency: 'USD' },
      pgaRequirement: d.items?.[k]?.pgaRequirement,
      pgaFee: it.flags?.includes('pga-fee') ? true : undefined,
    }),
  );
  const record: Type86Record = defined({
    entryType: '86' as const,
    entryNumber: d.entryNumber,
    bolNumber: d.houseBill ?? d.masterBill,
    portOfEntry: d.portOfEntry,
    shipper: recordParty(d.shipper ?? s.sender),
    consignee: recordParty(s.recipient),
    importerOfRecord: d.importerOfRecord,
    arrivalDate: s.arrival,
    filedAt: d.filedAt,
    lines,
  });
  const sources = (): Sources => ({
    entryNumber: 'details.entryNumber',
    bolNumber:
      d.houseBill !== undefined
        ? 'details.houseBill'
        : s.mode === 'postal'
          ? 'details.houseBill or details.masterBill; international mail has no bill and no Type 86 entry (19 CFR 145.31)'
          : 'details.houseBill or details.masterBill',
    portOfEntry: 'details.portOfEntry',
    shipper: d.shipper ? 'details.shipper' : 'shipment.sender',
    consignee: 'shipment.recipient',
    importerOfRecord: 'details.importerOfRecord',
    arrivalDate: 'shipment.arrival',
    filedAt: 'details.filedAt',
    'lines[].description': 'shipment.items[].description',
    'lines[].htsusNumber': 'shipment.items[].hts',
    'lines[].countryOfOrigin': 'shipment.items[].origin',
    'lines[].quantity': 'shipment.items[].quantity',
    'lines[].pgaRequirement': 'details.items[].pgaRequirement',
    'lines[].pgaFee': 'shipment.items[].flags',
  });
  return { record, sources };
}

/** The input field a record path comes from ("lines[2].htsusNumber" -> "shipment.items[2].hts"). */
function sourceFor(sources: Sources, path: string): string | undefined {
  const m = /^lines\[(\d+)\]\.(\w+)/.exec(path);
  if (m) return sources[`lines[].${m[2]}`]?.replace('[]', `[${m[1]}]`);
  const top = /^(\w+)/.exec(path)?.[1];
  if (!top) return undefined;
  const exact = sources[path];
  if (exact) return exact;
  const base = sources[top];
  return base && path !== top && !base.includes(' ') ? base + path.slice(top.length) : base;
}

function withSource(i: RecordIssue, sources: Sources): RecordIssue & { source?: string } {
  const src = sourceFor(sources, i.path);
  if (!src) return i;
  return { ...i, source: src, message: i.code === 'MISSING_ELEMENT' ? `${i.message} (from ${src})` : i.message };
}

function withSources(issues: RecordIssue[], sources: Sources): RecordIssue[] {
  return issues.map((i) => withSource(i, sources));
}

export interface BuildOptions {
  participant?: Participant;
  rates?: CompiledRates;
  /** approximate rates for the decision where `rates` has none (a Type 86 record's values still
   * need certified rates) */
  approximateRates?: ApproximateRates | null;
}

/** Checks the shipment with the core, builds the record and validates it; no decision yet
 * (`export` decides shipments together, by person and day). */
export function prepareRecord(profile: Profile, source: RecordSource, options: BuildOptions = {}): PrepareResult {
  const participant = options.participant ?? 'ONLINE_MARKETPLACE';
  const raw = source?.shipment;
  if (raw !== null && typeof raw === 'object' && 'shipments' in raw) {
    return {
      ok: false,
      issues: [{ path: 'shipment', code: 'INVALID_FORMAT', message: 'expected one shipment, got a batch {"shipments": [...]}: build one record per shipment' }],
    };
  }
  const n = normalizeRequest(raw, options.rates ?? NO_RATES, options.approximateRates ?? null);
  if (!n.ok) return { ok: false, issues: n.issues.map((i: InputIssue) => ({ ...i, path: i.path ? `shipment.${i.path}` : 'shipment' })) };
  // a record states what the shipment is worth: every price needs a rate, and a Type 86 line's
  // fair retail value in USD a certified one (19 CFR 159.31); an approximate rate only informs the decision
  const unconverted = recordRateIssues(profile, n.shipments[0]);
  if (unconverted.length) return { ok: false, issues: unconverted.map((i) => ({ ...i, path: `shipment.${i.path}` })) };
  const s = raw as ShipmentInput;
  const d: RecordDetails = source.details ?? {};
  const early: RecordIssue[] = [];
  const { record, sources } = profile === 'type86' ? buildType86(s, n.shipments[0], d) : buildDataPilot(s, d, participant, early);
  const v = validateRecord(record, profile, participant);
  return {
    ok: true,
    profile,
    record,
    // an element the builder already explained (MIXED_CURRENCIES) is not also "missing"
    errors:
      early.length === 0 && v.errors.length === 0 ? [] : withSources([...early, ...v.errors.filter((e) => !early.some((x) => x.path === e.path))], sources()),
    filing: v.filing,
    shipment: n.shipments[0],
  };
}

function recordRateIssues(profile: Profile, n: NormalizedShipment): InputIssue[] {
  if (n.missingRates.length) return [...n.missingRates];
  if (profile !== 'type86' || n.basis <= VALUE_CERTIFIED) return [];
  const out: InputIssue[] = [];
  n.items.forEach((it, k) => {
    if (it.basis > VALUE_CERTIFIED)
      out.push({
        path: `items[${k}].price.currency`,
        code: MISSING_RATE,
        message: `a Type 86 line states its fair retail value in USD at the certified rate: no certified rate for this price on ${n.conversionDay} in the rates table (an approximate rate is not enough for a record)`,
      });
  });
  return out;
}

/** The decision as a record flag: eligible only when exempt and no filing rule objects. */
export function eligibilityOf(decision: Decision, filing: readonly RecordIssue[]): Eligibility {
  const first = decision.reasons[0];
  const e: Eligibility = {
    eligible: decision.exempt && filing.length === 0,
    exempt: decision.exempt,
    exemption: decision.exemption,
    entry: decision.entry,
    asOf: decision.rules.asOf,
    rulesVersion: decision.rules.version,
    reasonCodes: decision.reasons.map((r) => r.code),
    decisive: first ? { code: first.code, message: first.message, citation: first.citation } : null,
  };
  if (decision.valueDependence) e.valueDependence = decision.valueDependence;
  return e;
}

/** Builds one record and attaches the core's decision for its date (the shipment evaluated on
 * its own; `s321 export` aggregates by person and day across rows). */
export function buildRecord(profile: Profile, source: RecordSource, rules: CompiledRules, options: BuildOptions = {}): BuildResult {
  const p = prepareRecord(profile, source, options);
  if (!p.ok) return p;
  if (p.errors.length) return { ok: false, issues: p.errors, record: p.record };
  const [decision] = evaluateShipments(rules, [p.shipment]);
  return { ok: true, record: p.record, eligibility: eligibilityOf(decision, p.filing), flags: p.filing };
}

// Seller capture: a seller's order page (a draft of kind 'seller-order') plus the
// seller's identity from the options -> a Section 321 Data Pilot record draft, with every
// missing element named. Pure: no browser API, no clock (the arrival date is an argument).
//
// This file turns the page and the options into core's shipment and record details; the record
// itself, complete or not, is core's (core/records/partial.ts prepareDataPilotDraft): it never
// fills an element in, and names what is missing. This file says where each missing element
// would come from. Nothing is guessed: an element the page and options do not give stays absent.
import {
  pilotModeOf,
  prepareDataPilotDraft,
  shipmentModeOf,
  type DataPilotRecord,
  type Participant,
  type RecordIssue,
  type RecordParty,
} from '../../core/records/index.ts';
import type { PilotMode } from '../../core/records/index.ts';
import { multiplyDecimal, type CompiledRates } from '../../core/page.ts';
import type { Draft, DraftParty } from '../adapters/types.ts';
import { adapterById } from '../adapters/registry.ts';
import { generic } from '../adapters/generic.ts';

/** The seller's identity as the options store it (extension/storage/schema.ts Settings.seller). */
export interface SellerIdentity {
  name?: string;
  originatorCode?: string;
  marketplace?: string;
  sellerAccount?: string;
  address: Address;
  shipFromAddress: Address;
}
interface Address {
  name?: string;
  line1?: string;
  line2?: string;
  city?: string;
  region?: string;
  postalCode?: string;
  country?: string;
}

export interface SellerRecordOptions {
  participant?: Participant;
  /** the shipment's mode in core terms (Settings.defaults.mode): air, ocean, truck, rail, postal, express */
  mode?: string;
  /** the Data Pilot mode, needed when `mode` is "express" (air or truck?) */
  transportMode?: PilotMode;
  /** expected arrival in the US, YYYY-MM-DD: the seller's to give; never taken from the order date */
  arrival?: string;
  /** country of origin of every line, when the seller states it (seller dashboards do not show it) */
  origin?: string;
  /** CBP rates (the options' rate table, compiled) for orders not in USD */
  rates?: CompiledRates;
}

/** unit price x quantity, exactly: the core's item price is the line's total
 * (core/shipment/normalize.ts), an order page's is one unit's */
const lineTotal = (unit: string, quantity: number | null): string => multiplyDecimal(unit, quantity ?? 1);

export interface MissingElement {
  /** the Data Pilot element ("finalDeliverTo", "listedPriceOnMarketplace") or shipment field */
  element: string;
  path: string;
  code: string;
  message: string;
  /** where the value would come from: "the order page", "options: seller identity", ... */
  from: string;
}

export interface SellerRecordDraft {
  orderId: string | null;
  url: string;
  adapter: string;
  /** the record as far as the page and options give it (possibly incomplete) */
  record: Partial<DataPilotRecord>;
  /** true when the record has every required element and validates */
  complete: boolean;
  missing: MissingElement[];
}

/** The marketplace's name as its adapter declares it; none for a page the generic adapter read,
 * which names a shop, not a marketplace. */
function marketplaceName(adapterId: string): string | undefined {
  return adapterId === generic.id ? undefined : adapterById(adapterId)?.name;
}

/** Where each element comes from, so the popup can say what to do about a missing one. */
const FROM: Record<string, string> = {
  originatorCode: 'options: seller identity (originator code)',
  participantFilerType: 'options',
  shipmentTrackingNumber: 'the order page (tracking number)',
  houseBillOfLadingNumber: 'the order page (tracking number)',
  masterBillOfLadingNumber: 'the order page (tracking number)',
  modeOfTransportation: 'options: default mode (air, truck, rail, ocean or mail)',
  shipmentInitiator: 'options: seller identity (name, ship-from address)',
  seller: 'options: seller identity (name, address)',
  buyer: 'the order page (buyer)',
  finalDeliverTo: 'the order page (ship-to address)',
  enhancedProductDescription: 'the order page (item titles)',
  marketplaceSellerAccountNumber: 'options: seller identity (marketplace account)',
  listedPriceOnMarketplace: 'the order page (item prices)',
  countryOfOrigin: 'the seller (country of origin of the goods)',
  marketplaceName: 'options: seller identity (marketplace)',
  marketplaceWebsite: 'the order page address',
  arrivalDate: 'the seller (expected arrival date)',
  exchangeRate: "options: CBP exchange rates for the order's currency",
  shipment: 'the order page',
};

function defined<T extends object>(o: T): T {
  for (const k of Object.keys(o) as Array<keyof T>) if (o[k] === undefined) delete o[k];
  return o;
}
const opt = (s: string | null | undefined) => (s === null || s === undefined || s === '' ? undefined : s);

function partyFromAddress(name: string | undefined, a: Address | undefined): RecordParty | undefined {
  const address = a
    ? defined({ line1: opt(a.line1), line2: opt(a.line2), city: opt(a.city), region: opt(a.region), postalCode: opt(a.postalCode), country: opt(a.country) })
    : undefined;
  const p = defined({ name: opt(name ?? a?.name), address: address && Object.keys(address).length ? address : undefined });
  return Object.keys(p).length ? p : undefined;
}

function partyFromDraft(p: DraftParty | null | undefined): RecordParty | undefined {
  if (!p) return undefined;
  return partyFromAddress(p.name ?? undefined, {
    line1: p.line1 ?? undefined,
    line2: p.line2 ?? undefined,
    city: p.city ?? undefined,
    region: p.region ?? undefined,
    postalCode: p.postalCode ?? undefined,
    country: p.country ?? undefined,
  });
}

/** "https://sellercentral.amazon.co.uk/..." -> "https://www.amazon.co.uk": the marketplace's
 * public site, not the seller dashboard. */
function marketplaceSite(url: string): string | undefined {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.hostname.replace(/^(sellercentral(?:-europe|-japan)?|order|seller)\./, 'www.')}`;
  } catch {
    return undefined;
  }
}

function elementOf(path: string): string {
  const m = /^shipment\.items\[\d+\]\.(\w+)/.exec(path);
  if (/^shipment\.items\[\d+\]\.price\.currency/.test(path)) return 'exchangeRate';
  if (m)
    return m[1] === 'origin'
      ? 'countryOfOrigin'
      : m[1] === 'price'
        ? 'listedPriceOnMarketplace'
        : m[1] === 'description'
          ? 'enhancedProductDescription'
          : `items.${m[1]}`;
  if (/^shipment\.arrival/.test(path)) return 'arrivalDate';
  if (/^shipment\.shipFrom/.test(path)) return 'shipFrom';
  if (/^shipment\.mode/.test(path)) return 'modeOfTransportation';
  if (/^shipment\.recipient/.test(path)) return 'finalDeliverTo';
  return path.split(/[.[]/)[0] || 'record';
}

function missingOf(issues: readonly RecordIssue[]): MissingElement[] {
  const out: MissingElement[] = [];
  for (const i of issues) {
    const element = elementOf(i.path);
    if (out.some((o) => o.path === i.path && o.code === i.code)) continue;
    out.push({
      element,
      path: i.path,
      code: i.code,
      message: i.message,
      from: FROM[element] ?? (element === 'shipFrom' ? 'options: seller identity (ship-from country)' : 'the order page'),
    });
  }
  return out;
}

/** Builds the Data Pilot record draft of one seller order page. */
export function sellerRecordDraft(draft: Draft, identity: SellerIdentity, options: SellerRecordOptions = {}): SellerRecordDraft {
  const participant = options.participant ?? 'ONLINE_MARKETPLACE';
  const order = draft.order;
  const lines = draft.lines.filter((l) => l.title || l.price);
  const seller = partyFromAddress(identity.name, identity.address);
  const initiator = partyFromAddress(identity.name, identity.shipFromAddress?.line1 ? identity.shipFromAddress : identity.address);
  const tracking = opt(order?.trackingNumber?.replace(/\s+/g, ''));
  const pilotMode = options.transportMode ?? pilotModeOf(options.mode);
  const details = {
    originatorCode: opt(identity.originatorCode),
    trackingNumber: tracking,
    transportMode: pilotMode,
    shipper: initiator,
    seller: seller ? { ...seller, accountNumber: opt(identity.sellerAccount ?? order?.sellerAccount ?? undefined) } : undefined,
    // the Data Pilot buyer needs a street and country when given: a bare name is left out
    buyer: order?.buyer?.line1 && order.buyer.country ? partyFromDraft(order.buyer) : undefined,
    marketplace: { name: opt(identity.marketplace) ?? marketplaceName(draft.adapter), website: marketplaceSite(draft.url) },
  };
  const shipment = {
    id: opt(draft.orderId),
    orderId: opt(draft.orderId),
    arrival: options.arrival,
    mode: options.mode ?? shipmentModeOf(pilotMode),
    shipFrom: opt(identity.shipFromAddress?.country) ?? opt(identity.address?.country),
    sender: initiator,
    recipient: partyFromDraft(order?.deliverTo),
    items: lines.map((l) =>
      defined({
        description: opt(l.title),
        quantity: l.quantity ?? undefined,
        price: l.price !== null && l.currency !== null ? { amount: lineTotal(l.price, l.quantity), currency: l.currency } : undefined,
        origin: opt(l.origin) ?? options.origin,
      }),
    ),
  };
  const base = { orderId: draft.orderId, url: draft.url, adapter: draft.adapter };
  if (draft.kind !== 'seller-order') {
    return {
      ...base,
      record: {},
      complete: false,
      missing: [
        { element: 'record', path: '', code: 'NOT_A_SELLER_ORDER', message: `a ${draft.kind} page is not a seller order page`, from: 'the order page' },
      ],
    };
  }
  const built = prepareDataPilotDraft({ shipment, details }, { participant, rates: options.rates });
  return { ...base, record: built.record, complete: built.complete, missing: missingOf(built.issues) };
}

/** The names of the missing elements, one per element, for the popup's list. */
export function missingNames(d: SellerRecordDraft): string[] {
  return [...new Set(d.missing.map((m) => m.element))];
}

// A Data Pilot record draft from whatever a shipment gives, complete or not: for a door that
// gathers a record element by element (the extension's seller page: a dashboard shows no
// country of origin, and the arrival date is the seller's to give). When the shipment is whole,
// the draft is prepareRecord's record; when it is not, the builder cannot run, so the elements
// the shipment and details do give are set (never guessed) and validation names the rest.
import { sumDecimals } from '../money/money.ts';
import { defined, prepareRecord, recordParty, type BuildOptions, type RecordSource } from './build.ts';
import type { RecordIssue } from './codes.ts';
import { pilotModeOf } from './modes.ts';
import type { DataPilotRecord, RecordParty } from './profiles.ts';
import type { Participant } from './requirements.ts';
import { validateRecord } from './validate.ts';

/** A Data Pilot record as far as its inputs go, and what it still lacks. */
export interface DataPilotDraft {
  /** the record as far as the shipment and details give it */
  record: Partial<DataPilotRecord>;
  /** every required element present and valid */
  complete: boolean;
  /** what is missing or wrong: the shipment's issues (paths "shipment....") when it is not
   * whole, then the record's element and filing-rule issues */
  issues: RecordIssue[];
}

interface LooseItem {
  description?: unknown;
  quantity?: unknown;
  price?: { amount?: unknown; currency?: unknown };
  origin?: unknown;
}
interface LooseShipment {
  mode?: unknown;
  arrival?: unknown;
  sender?: RecordParty;
  recipient?: RecordParty;
  items?: unknown;
}

const text = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

/** The elements an incomplete shipment does give, in the record's element order. */
function partialRecord(shipment: unknown, source: RecordSource, participant: Participant): Partial<DataPilotRecord> {
  const s: LooseShipment = shipment !== null && typeof shipment === 'object' ? (shipment as LooseShipment) : {};
  const d = source.details ?? {};
  const items: LooseItem[] = Array.isArray(s.items) ? s.items.map((it) => (it !== null && typeof it === 'object' ? (it as LooseItem) : {})) : [];
  const titles = items.map((it) => text(it.description));
  const priced = items.filter((it) => typeof it.price?.amount === 'string' && typeof it.price.currency === 'string');
  const currencies = new Set(priced.map((it) => it.price!.currency as string));
  let listed: DataPilotRecord['listedPriceOnMarketplace'] | undefined;
  if (items.length > 0 && priced.length === items.length && currencies.size === 1) {
    // exact decimal sums, so 3 x 19.99 is 59.97
    listed = { amount: sumDecimals(priced.map((it) => it.price!.amount as string)), currency: [...currencies][0] };
  }
  const origins = new Set(items.map((it) => it.origin));
  const [origin] = origins;
  return defined({
    originatorCode: d.originatorCode,
    participantFilerType: participant,
    shipmentTrackingNumber: d.trackingNumber,
    modeOfTransportation: d.transportMode ?? pilotModeOf(text(s.mode)),
    shipmentInitiator: recordParty(d.shipper ?? s.sender),
    seller: recordParty(d.seller),
    buyer: recordParty(d.buyer),
    finalDeliverTo: recordParty(s.recipient),
    enhancedProductDescription:
      titles.length === 0 || titles.some((t) => !t)
        ? undefined
        : titles.length === 1
          ? titles[0]
          : // a draft shows what a long order would say, cut where the element ends
            items
              .map((it, k) => `${typeof it.quantity === 'number' ? it.quantity : 1} x ${titles[k]}`)
              .join('; ')
              .slice(0, 500),
    marketplaceSellerAccountNumber: d.seller?.accountNumber,
    listedPriceOnMarketplace: listed,
    countryOfOrigin: origins.size === 1 ? text(origin) : undefined,
    marketplaceName: d.marketplace?.name,
    marketplaceWebsite: d.marketplace?.website,
    arrivalDate: text(s.arrival),
  }) as Partial<DataPilotRecord>;
}

/** The Data Pilot record of a shipment as far as it goes, with everything it lacks named. */
export function prepareDataPilotDraft(source: RecordSource, options: BuildOptions = {}): DataPilotDraft {
  const participant = options.participant ?? 'ONLINE_MARKETPLACE';
  const p = prepareRecord('data-pilot', source, options);
  if (p.ok) return { record: p.record as DataPilotRecord, complete: p.errors.length === 0, issues: [...p.errors, ...p.filing] };
  const record = partialRecord(source?.shipment, source, participant);
  const v = validateRecord(record, 'data-pilot', participant);
  return { record, complete: false, issues: [...p.issues, ...v.errors, ...v.filing] };
}

// The orders file of `s321 export` (docs/orders-csv.md): one row = one parcel with one product
// line, as marketplaces export them. This file maps a row to the core's shipment model plus the
// record details, and maps issue paths back to the column a person has to fix.
import type { RecordDetails, RecordSource } from '../core/records/index.ts';

/** The columns, in the order the generator writes them. Only the core's own required inputs
 * must be in the header; any other missing column shows up as missing elements per row. */
export const ORDER_COLUMNS = [
  'order_id',
  'marketplace',
  'marketplace_url',
  'seller_id',
  'seller_name',
  'seller_address',
  'seller_city',
  'seller_postal_code',
  'seller_country',
  'seller_vetted',
  'buyer_id',
  'buyer_name',
  'ship_to_address',
  'ship_to_city',
  'ship_to_region',
  'ship_to_postal_code',
  'ship_to_country',
  'tracking_number',
  'house_bill',
  'master_bill',
  'mode',
  'transport',
  'ship_from',
  'export_date',
  'arrival',
  'kind',
  'description',
  'quantity',
  'price',
  'currency',
  'origin',
  'hts',
  'flags',
  'pga',
  'listing_url',
  'port_of_entry',
  'entry_number',
  'importer_number',
  'importer_type',
  'filed_at',
] as const;
export type OrderColumn = (typeof ORDER_COLUMNS)[number];

/** Columns without which no row could be evaluated: checked once, on the header. */
export const REQUIRED_ORDER_COLUMNS: readonly OrderColumn[] = ['arrival', 'mode', 'ship_from', 'price', 'currency', 'origin'];

export type OrderRow = Partial<Record<string, string>>;

const v = (row: OrderRow, c: OrderColumn): string | undefined => {
  const t = row[c];
  return t === undefined || t === '' ? undefined : t;
};

/** "yes"/"no", "true"/"false", "1"/"0"; anything else is passed on as text, so validation
 * reports it instead of a guess. */
function yesNo(t: string | undefined): boolean | string | undefined {
  if (t === undefined) return undefined;
  const l = t.trim().toLowerCase();
  if (l === 'yes' || l === 'true' || l === '1' || l === 'y') return true;
  if (l === 'no' || l === 'false' || l === '0' || l === 'n') return false;
  return t;
}

function address(row: OrderRow, prefix: 'seller' | 'ship_to') {
  return prefix === 'ship_to'
    ? clean({ line1: v(row, 'ship_to_address'), city: v(row, 'ship_to_city'), region: v(row, 'ship_to_region'), postalCode: v(row, 'ship_to_postal_code'), country: v(row, 'ship_to_country') })
    : clean({ line1: v(row, 'seller_address'), city: v(row, 'seller_city'), postalCode: v(row, 'seller_postal_code'), country: v(row, 'seller_country') });
}

/** A copy without the undefined members (same key order), or undefined when none is left. A
 * copy, not `delete`, which would leave a slow dictionary object for every later step. */
function clean<T extends object>(o: T): T | undefined {
  let out: T | undefined;
  for (const k in o) if (o[k] !== undefined) (out ??= {} as T)[k] = o[k];
  return out;
}

/** One orders row -> the core's shipment and the record details. Nothing is defaulted here:
 * an empty cell is an absent field. The seller columns describe the seller, who also causes the
 * shipment to move (the shipment's sender: Data Pilot shipmentInitiator, Type 86 shipper). */
export function orderToSource(row: OrderRow, originatorCode: string | undefined): RecordSource {
  const q = v(row, 'quantity');
  const flags = v(row, 'flags');
  const pga = yesNo(v(row, 'pga'));
  const sellerAddress = address(row, 'seller');
  const shipment = clean({
    id: v(row, 'tracking_number') ?? v(row, 'order_id'),
    arrival: v(row, 'arrival'),
    exportDate: v(row, 'export_date'),
    mode: v(row, 'mode'),
    shipFrom: v(row, 'ship_from'),
    kind: v(row, 'kind'),
    sender: clean({ name: v(row, 'seller_name'), country: v(row, 'seller_country'), address: sellerAddress }),
    recipient: clean({ id: v(row, 'buyer_id'), name: v(row, 'buyer_name'), address: address(row, 'ship_to') }),
    orderId: v(row, 'order_id'),
    items: [
      clean({
        description: v(row, 'description'),
        // a whole number becomes a number; anything else stays text for the core to report
        quantity: q === undefined ? undefined : /^\d{1,9}$/.test(q) ? Number(q) : q,
        price: clean({ amount: v(row, 'price'), currency: v(row, 'currency') }),
        origin: v(row, 'origin'),
        hts: v(row, 'hts'),
        flags: flags === undefined ? undefined : flags.split(/[\s;,|]+/).filter(Boolean),
      }),
    ],
  });
  const importer = v(row, 'importer_number');
  const details: RecordDetails = clean({
    originatorCode,
    trackingNumber: v(row, 'tracking_number'),
    houseBill: v(row, 'house_bill'),
    masterBill: v(row, 'master_bill'),
    transportMode: v(row, 'transport') as RecordDetails['transportMode'],
    seller: clean({
      name: v(row, 'seller_name'),
      address: sellerAddress,
      accountNumber: v(row, 'seller_id'),
      vetted: yesNo(v(row, 'seller_vetted')) as boolean | undefined,
    }),
    marketplace: clean({ name: v(row, 'marketplace'), website: v(row, 'marketplace_url') }),
    productPicture: v(row, 'listing_url'),
    entryNumber: v(row, 'entry_number'),
    portOfEntry: v(row, 'port_of_entry'),
    importerOfRecord: importer === undefined ? undefined : ({ number: importer, identifierType: v(row, 'importer_type') } as RecordDetails['importerOfRecord']),
    filedAt: v(row, 'filed_at'),
    items: pga === undefined ? undefined : [{ pgaRequirement: pga as boolean }],
  }) ?? {};
  return { shipment: shipment ?? {}, details };
}

const PARTY_FIELDS: Record<string, string> = { name: 'name', 'address.line1': 'address', 'address.city': 'city', 'address.region': 'region', 'address.postalCode': 'postal_code', 'address.country': 'country' };

const INPUT_COLUMNS: Record<string, string> = {
  'shipment.id': 'tracking_number',
  'shipment.arrival': 'arrival',
  'shipment.exportDate': 'export_date',
  'shipment.mode': 'mode',
  'shipment.shipFrom': 'ship_from',
  'shipment.kind': 'kind',
  'shipment.sender.country': 'seller_country',
  'shipment.orderId': 'order_id',
  'shipment.recipient.id': 'buyer_id',
  'shipment.items': 'description',
  'shipment.items[0].description': 'description',
  'shipment.items[0].quantity': 'quantity',
  'shipment.items[0].price': 'price',
  'shipment.items[0].price.amount': 'price',
  'shipment.items[0].price.currency': 'currency',
  'shipment.items[0].origin': 'origin',
  'shipment.items[0].hts': 'hts',
  'shipment.items[0].flags': 'flags',
  originatorCode: '--originator',
  participantFilerType: '--participant',
  shipmentTrackingNumber: 'tracking_number',
  houseBillOfLadingNumber: 'house_bill',
  masterBillOfLadingNumber: 'master_bill',
  modeOfTransportation: 'transport',
  enhancedProductDescription: 'description',
  knownMarketplaceSellerFlag: 'seller_vetted',
  marketplaceSellerAccountNumber: 'seller_id',
  productPicture: 'listing_url',
  listedPriceOnMarketplace: 'price',
  'listedPriceOnMarketplace.amount': 'price',
  'listedPriceOnMarketplace.currency': 'currency',
  htsNumber: 'hts',
  countryOfOrigin: 'origin',
  marketplaceName: 'marketplace',
  marketplaceWebsite: 'marketplace_url',
  arrivalDate: 'arrival',
  entryNumber: 'entry_number',
  bolNumber: 'house_bill',
  portOfEntry: 'port_of_entry',
  importerOfRecord: 'importer_number',
  'importerOfRecord.number': 'importer_number',
  'importerOfRecord.identifierType': 'importer_type',
  filedAt: 'filed_at',
  lines: 'price',
  'lines[0].description': 'description',
  'lines[0].htsusNumber': 'hts',
  'lines[0].countryOfOrigin': 'origin',
  'lines[0].quantity': 'quantity',
  'lines[0].fairRetailValue': 'price',
  'lines[0].pgaRequirement': 'pga',
  'lines[0].pgaFee': 'flags',
};

const PARTY_PREFIXES: Record<string, string> = {
  'shipment.sender': 'seller',
  'shipment.recipient': 'ship_to',
  shipmentInitiator: 'seller',
  seller: 'seller',
  shipper: 'seller',
  finalDeliverTo: 'ship_to',
  consignee: 'ship_to',
};

/** The orders column an issue path points at ("lines[0].htsusNumber" -> "hts"), if any. */
export function columnOf(path: string): string | undefined {
  const direct = INPUT_COLUMNS[path] ?? INPUT_COLUMNS[path.replace(/\[\d+\]$/, '')];
  if (direct) return direct;
  for (const [prefix, col] of Object.entries(PARTY_PREFIXES)) {
    if (path === prefix) return col === 'ship_to' ? 'ship_to_address' : 'seller_name';
    if (path.startsWith(prefix + '.')) {
      const rest = path.slice(prefix.length + 1);
      if (rest === 'name') return col === 'ship_to' ? 'buyer_name' : 'seller_name';
      if (rest === 'address') return `${col}_address`;
      const f = PARTY_FIELDS[rest];
      if (f) return `${col}_${f}`;
    }
  }
  const top = /^[\w.]+?(?=\.|\[|$)/.exec(path)?.[0];
  return top && top !== path ? INPUT_COLUMNS[top] : undefined;
}

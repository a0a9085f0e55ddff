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

type Bag = Record<string, unknown>;

/** `o` with `k` set to `x`, or `o` as it was when `x` is undefined (an absent field); creates
 * the object on its first member, so an object with no member stays undefined. Members keep
 * the order of the calls. Built member by member: no literal full of undefined to copy. */
function put(o: Bag | undefined, k: string, x: unknown): Bag | undefined {
  if (x === undefined) return o;
  (o ??= {})[k] = x;
  return o;
}

function address(row: OrderRow, prefix: 'seller' | 'ship_to'): Bag | undefined {
  let a: Bag | undefined;
  if (prefix === 'ship_to') {
    a = put(a, 'line1', v(row, 'ship_to_address'));
    a = put(a, 'city', v(row, 'ship_to_city'));
    a = put(a, 'region', v(row, 'ship_to_region'));
    a = put(a, 'postalCode', v(row, 'ship_to_postal_code'));
    return put(a, 'country', v(row, 'ship_to_country'));
  }
  a = put(a, 'line1', v(row, 'seller_address'));
  a = put(a, 'city', v(row, 'seller_city'));
  a = put(a, 'postalCode', v(row, 'seller_postal_code'));
  return put(a, 'country', v(row, 'seller_country'));
}

const WHOLE = /^\d{1,9}$/;
const FLAG_SEPARATORS = /[\s;,|]+/;

/** One orders row -> the core's shipment and the record details. Nothing is defaulted here:
 * an empty cell is an absent field. The seller columns describe the seller, who also causes the
 * shipment to move (the shipment's sender: Data Pilot shipmentInitiator, Type 86 shipper). */
export function orderToSource(row: OrderRow, originatorCode: string | undefined): RecordSource {
  const q = v(row, 'quantity');
  const flags = v(row, 'flags');
  const pga = yesNo(v(row, 'pga'));
  const sellerAddress = address(row, 'seller');
  let sender: Bag | undefined;
  sender = put(sender, 'name', v(row, 'seller_name'));
  sender = put(sender, 'country', v(row, 'seller_country'));
  sender = put(sender, 'address', sellerAddress);
  let recipient: Bag | undefined;
  recipient = put(recipient, 'id', v(row, 'buyer_id'));
  recipient = put(recipient, 'name', v(row, 'buyer_name'));
  recipient = put(recipient, 'address', address(row, 'ship_to'));
  let price: Bag | undefined;
  price = put(price, 'amount', v(row, 'price'));
  price = put(price, 'currency', v(row, 'currency'));
  let item: Bag | undefined;
  item = put(item, 'description', v(row, 'description'));
  // a whole number becomes a number; anything else stays text for the core to report
  item = put(item, 'quantity', q === undefined ? undefined : WHOLE.test(q) ? Number(q) : q);
  item = put(item, 'price', price);
  item = put(item, 'origin', v(row, 'origin'));
  item = put(item, 'hts', v(row, 'hts'));
  item = put(item, 'flags', flags === undefined ? undefined : flags.split(FLAG_SEPARATORS).filter(Boolean));
  let shipment: Bag | undefined;
  shipment = put(shipment, 'id', v(row, 'tracking_number') ?? v(row, 'order_id'));
  shipment = put(shipment, 'arrival', v(row, 'arrival'));
  shipment = put(shipment, 'exportDate', v(row, 'export_date'));
  shipment = put(shipment, 'mode', v(row, 'mode'));
  shipment = put(shipment, 'shipFrom', v(row, 'ship_from'));
  shipment = put(shipment, 'kind', v(row, 'kind'));
  shipment = put(shipment, 'sender', sender);
  shipment = put(shipment, 'recipient', recipient);
  shipment = put(shipment, 'orderId', v(row, 'order_id'));
  shipment = put(shipment, 'items', [item]);
  const importer = v(row, 'importer_number');
  let seller: Bag | undefined;
  seller = put(seller, 'name', v(row, 'seller_name'));
  seller = put(seller, 'address', sellerAddress);
  seller = put(seller, 'accountNumber', v(row, 'seller_id'));
  seller = put(seller, 'vetted', yesNo(v(row, 'seller_vetted')));
  let marketplace: Bag | undefined;
  marketplace = put(marketplace, 'name', v(row, 'marketplace'));
  marketplace = put(marketplace, 'website', v(row, 'marketplace_url'));
  let details: Bag | undefined;
  details = put(details, 'originatorCode', originatorCode);
  details = put(details, 'trackingNumber', v(row, 'tracking_number'));
  details = put(details, 'houseBill', v(row, 'house_bill'));
  details = put(details, 'masterBill', v(row, 'master_bill'));
  details = put(details, 'transportMode', v(row, 'transport'));
  details = put(details, 'seller', seller);
  details = put(details, 'marketplace', marketplace);
  details = put(details, 'productPicture', v(row, 'listing_url'));
  details = put(details, 'entryNumber', v(row, 'entry_number'));
  details = put(details, 'portOfEntry', v(row, 'port_of_entry'));
  details = put(details, 'importerOfRecord', importer === undefined ? undefined : { number: importer, identifierType: v(row, 'importer_type') });
  details = put(details, 'filedAt', v(row, 'filed_at'));
  details = put(details, 'items', pga === undefined ? undefined : [{ pgaRequirement: pga }]);
  return { shipment: shipment ?? {}, details: (details ?? {}) as RecordDetails };
}

const PARTY_FIELDS: Record<string, string> = {
  name: 'name',
  'address.line1': 'address',
  'address.city': 'city',
  'address.region': 'region',
  'address.postalCode': 'postal_code',
  'address.country': 'country',
};

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

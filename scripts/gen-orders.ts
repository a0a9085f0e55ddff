// Generates a realistic orders file for `s321 export` (docs/orders-csv.md): several
// marketplaces, currencies and eras (2019-2026), multi-parcel orders, PGA goods, Type 86
// identifiers with correct check digits, and, on request, a few deliberately bad rows.
// Deterministic for a seed. Used for examples/orders.csv and by bench/export.bench.ts.
//
//   node --import tsx scripts/gen-orders.ts --rows 1200 --seed 321 --bad 15 --out examples/orders.csv
//   node --import tsx scripts/gen-orders.ts --rates examples/rates-orders.json
//   npm run gen:orders    (--example) both of the above: examples/orders.csv and its rates (EXAMPLE)
// Without --out the CSV (header row first) goes to stdout. The prices are in EUR, GBP, JPY, CAD,
// MXN and USD at illustrative rates: `s321 export` decides them with --rates
// examples/rates-orders.json (what --rates FILE writes), as the README says.
import { createWriteStream, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { stringify } from 'csv-stringify/sync';
import { formatEntryNumber } from '../core/records/index.ts';
import { civilFromDays, daysFromCivil, formatDay } from '../core/time/new-york.ts';
import { ORDER_COLUMNS } from '../cli/records-orders.ts';

/** mulberry32: small, fast, good enough for test data */
function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)],
    chance: (p: number) => next() < p,
  };
}

interface Product {
  description: string;
  hts: string;
  usd: [number, number];
  pga?: boolean;
  pgaFee?: boolean;
}
const PRODUCTS: Product[] = [
  { description: 'Cotton T-shirt, crew neck, printed', hts: '6109100012', usd: [9, 45] },
  { description: "Women's cotton trousers", hts: '6204624011', usd: [25, 120] },
  { description: 'Wool knit sweater, hand made', hts: '6110110010', usd: [60, 260] },
  { description: 'Leather handbag with shoulder strap', hts: '4202210000', usd: [80, 650] },
  { description: 'Smartphone, 128 GB, unlocked', hts: '8517130000', usd: [180, 900] },
  { description: 'Wireless earbuds with charging case', hts: '8518300000', usd: [25, 220] },
  { description: 'Mirrorless camera body', hts: '8525891000', usd: [450, 1400] },
  { description: 'Wooden toy train set, 24 pieces', hts: '9503000073', usd: [15, 90] },
  { description: 'Face cream with hyaluronic acid, 50 ml', hts: '3304990000', usd: [12, 85], pga: true },
  { description: 'Green tea leaves, loose, 200 g', hts: '0902109000', usd: [8, 60], pga: true },
  { description: 'Dried mango snacks, 500 g', hts: '0804502000', usd: [6, 35], pga: true, pgaFee: true },
  { description: 'Printed novel, hardcover', hts: '4901990093', usd: [10, 40] },
  { description: 'Road bike wheelset, carbon', hts: '8714929000', usd: [300, 1100] },
  { description: 'Stainless steel wristwatch, automatic', hts: '9102210000', usd: [90, 700] },
  { description: 'Ceramic tea cups, set of 4', hts: '6912004400', usd: [18, 95] },
];

interface Market {
  name: string;
  url: string;
  currency: string;
  sellerCountries: string[];
  origins: string[];
  modes: Array<[string, string]>; // [core mode, pilot transport]
  ports: string[];
}
const MARKETS: Market[] = [
  {
    name: 'Amazon.de',
    url: 'https://www.amazon.de',
    currency: 'EUR',
    sellerCountries: ['DE'],
    origins: ['DE', 'DE', 'CN', 'IT', 'PL'],
    modes: [
      ['express', 'AIR'],
      ['air', 'AIR'],
    ],
    ports: ['4701', '4196'],
  },
  {
    name: 'eBay UK',
    url: 'https://www.ebay.co.uk',
    currency: 'GBP',
    sellerCountries: ['GB'],
    origins: ['GB', 'GB', 'CN', 'IE'],
    modes: [
      ['postal', ''],
      ['express', 'AIR'],
    ],
    ports: ['4701', '4771'],
  },
  {
    name: 'Etsy',
    url: 'https://www.etsy.com',
    currency: 'USD',
    sellerCountries: ['GB', 'FR', 'IN', 'UA', 'VN'],
    origins: ['GB', 'FR', 'IN', 'UA', 'VN'],
    modes: [
      ['postal', ''],
      ['air', 'AIR'],
    ],
    ports: ['4701', '2720'],
  },
  {
    name: 'Rakuten',
    url: 'https://www.rakuten.co.jp',
    currency: 'JPY',
    sellerCountries: ['JP'],
    origins: ['JP', 'JP', 'CN'],
    modes: [
      ['express', 'AIR'],
      ['air', 'AIR'],
    ],
    ports: ['2720', '3001'],
  },
  {
    name: 'AliExpress',
    url: 'https://www.aliexpress.com',
    currency: 'USD',
    sellerCountries: ['CN', 'HK'],
    origins: ['CN', 'CN', 'HK', 'VN'],
    modes: [
      ['air', 'AIR'],
      ['postal', ''],
      ['ocean', 'OCEAN'],
    ],
    ports: ['2720', '2704', '3901'],
  },
  {
    name: 'Amazon.ca',
    url: 'https://www.amazon.ca',
    currency: 'CAD',
    sellerCountries: ['CA'],
    origins: ['CA', 'CA', 'CN', 'MX'],
    modes: [
      ['truck', 'TRUCK'],
      ['express', 'TRUCK'],
      ['rail', 'RAIL'],
    ],
    ports: ['0901', '3004', '3801'],
  },
  {
    name: 'Mercado Libre',
    url: 'https://www.mercadolibre.com.mx',
    currency: 'MXN',
    sellerCountries: ['MX'],
    origins: ['MX', 'MX', 'CN'],
    modes: [
      ['truck', 'TRUCK'],
      ['express', 'AIR'],
    ],
    ports: ['2304', '2601'],
  },
];

/** Illustrative units per USD (NOT CBP-certified rates): one quarterly rate per quarter. */
const BASE_RATES: Record<string, number> = { EUR: 0.91, GBP: 0.79, JPY: 132, CAD: 1.34, MXN: 18.9 };

/** A rates table covering 2019-2027 for every generated currency (see examples/rates-orders.json). */
export function ordersRates() {
  const table: Record<string, Array<{ date: string; kind: 'quarterly'; unitsPerUsd: string }>> = {};
  for (const [cur, base] of Object.entries(BASE_RATES)) {
    const list: Array<{ date: string; kind: 'quarterly'; unitsPerUsd: string }> = (table[cur] = []);
    for (let y = 2019; y <= 2027; y++) {
      for (const m of [1, 4, 7, 10]) {
        const wobble = 1 + (((y * 5 + m * 3) % 11) - 5) / 100;
        const d = m === 1 ? '02' : '01';
        list.push({ date: `${y}-${String(m).padStart(2, '0')}-${d}`, kind: 'quarterly', unitsPerUsd: (base * wobble).toFixed(cur === 'JPY' ? 2 : 4) });
      }
    }
  }
  return table;
}

const FIRST = [
  'Ana',
  'Ben',
  'Cara',
  'Dev',
  'Eli',
  'Fatima',
  'George',
  'Hana',
  'Ivan',
  'Julia',
  'Kwame',
  'Lena',
  'Miguel',
  'Nora',
  'Omar',
  'Priya',
  'Quinn',
  'Rosa',
  'Sam',
  'Tomas',
  'Uma',
  'Victor',
  'Wen',
  'Yara',
  'Zoe',
];
const LAST = [
  'Diaz',
  'Okafor',
  'Lind',
  'Patel',
  'Wong',
  'Haddad',
  'Miller',
  'Sato',
  'Petrov',
  'Rossi',
  'Mensah',
  'Fischer',
  'Garcia',
  'Novak',
  'Khan',
  'Iyer',
  'Brennan',
  'Costa',
  'Levi',
  'Horvath',
];
const STREETS = ['Main St', 'Oak Ave', 'Maple Dr', 'Cedar Ln', 'Elm St', 'Washington Blvd', 'Lake Rd', 'Hill St', 'Park Ave', 'Sunset Blvd'];
const CITIES: Array<[string, string, string]> = [
  ['Springfield', 'IL', '62701'],
  ['Austin', 'TX', '78701'],
  ['Portland', 'OR', '97201'],
  ['Brooklyn', 'NY', '11201'],
  ['Denver', 'CO', '80202'],
  ['Miami', 'FL', '33101'],
  ['Seattle', 'WA', '98101'],
  ['Columbus', 'OH', '43004'],
  ['Phoenix', 'AZ', '85001'],
  ['Boston', 'MA', '02108'],
];
const SELLER_NAMES: Record<string, string[]> = {
  DE: ['Müller Textil GmbH', 'Rheinland Outdoor GmbH', 'Kaffee & Kultur KG'],
  GB: ['Thistle & Thread Ltd', 'Baker Street Books Ltd', 'Harbour Ceramics'],
  FR: ['Atelier Lumière SARL', 'Maison Bleue'],
  IN: ['Jaipur Handloom Pvt Ltd'],
  UA: ['Karpaty Crafts'],
  VN: ['Saigon Silk Co'],
  JP: ['Kyoto Kogei Co., Ltd.', 'Tokyo Camera Works K.K.'],
  CN: ['Shenzhen Bright Electronics Co., Ltd.', 'Yiwu Happy Toys Co., Ltd.'],
  HK: ['Kowloon Gadget Trading Ltd'],
  CA: ['Maple Leaf Goods Inc.', 'Laurentian Outfitters'],
  MX: ['Artesanías Oaxaca S.A. de C.V.'],
};
const SELLER_CITIES: Record<string, [string, string]> = {
  DE: ['Berlin', '10115'],
  GB: ['London', 'EC1A 1BB'],
  FR: ['Lyon', '69001'],
  IN: ['Jaipur', '302001'],
  UA: ['Lviv', '79000'],
  VN: ['Ho Chi Minh City', '700000'],
  JP: ['Kyoto', '600-8216'],
  CN: ['Shenzhen', '518000'],
  HK: ['Kowloon', '999077'],
  CA: ['Toronto', 'M5H 2N2'],
  MX: ['Oaxaca', '68000'],
};
const FILERS = ['ABC', 'K7Q', '9X2', 'ZZ1'];

export interface GenOptions {
  seed?: number;
  /** how many rows to spoil on purpose (spread evenly) */
  bad?: number;
  /** first and last export date */
  from?: string;
  to?: string;
}

const isoDay = (d: number) => formatDay(d);

function amountIn(usd: number, currency: string, exportDay: number): string {
  const [y, m] = civilFromDays(exportDay);
  const wobble = 1 + (((y * 5 + (m - ((m - 1) % 3)) * 3) % 11) - 5) / 100;
  const rate = currency === 'USD' ? 1 : BASE_RATES[currency] * wobble;
  const v = usd * rate;
  return currency === 'JPY' ? String(Math.round(v / 10) * 10) : v.toFixed(2);
}

/** Corruptions for the deliberately bad rows: each one a mistake real exports contain. */
const SPOILERS: Array<(row: string[], col: (c: string) => number) => string[]> = [
  (r, c) => {
    r[c('currency')] = 'EURO';
    return r;
  },
  (r, c) => {
    r[c('arrival')] = r[c('arrival')].slice(0, 8) + '31';
    return r;
  }, // e.g. 2024-02-31 or -04-31
  (r, c) => {
    r[c('hts')] = r[c('hts')].slice(0, 6);
    return r;
  },
  (r, c) => {
    r[c('price')] = '-12.00';
    return r;
  },
  (r, c) => {
    r[c('ship_to_country')] = 'USA';
    return r;
  },
  (r, c) => {
    r[c('entry_number')] = r[c('entry_number')].slice(0, 10) + String((+r[c('entry_number')].slice(10) + 3) % 10);
    return r;
  },
  (r, c) => {
    r[c('quantity')] = 'two';
    return r;
  },
  (r) => r.slice(0, r.length - 3), // a short row: columns missing at the end
  (r, c) => {
    r[c('seller_vetted')] = 'maybe';
    return r;
  },
  (r, c) => {
    r[c('tracking_number')] = '';
    r[c('house_bill')] = '';
    r[c('master_bill')] = '';
    return r;
  },
];

/** Yields `n` rows (cell arrays in ORDER_COLUMNS order), in export-date order. */
export function* orderRows(n: number, options: GenOptions = {}): Generator<string[]> {
  const r = rng(options.seed ?? 321);
  const from = daysFromCivil(...((options.from ?? '2019-10-01').split('-').map(Number) as [number, number, number]));
  const to = daysFromCivil(...((options.to ?? '2026-02-28').split('-').map(Number) as [number, number, number]));
  const span = Math.max(1, to - from);
  const buyers = Math.max(10, Math.floor(n / 4));
  const col = (c: string) => (ORDER_COLUMNS as readonly string[]).indexOf(c);
  const badEvery = options.bad ? Math.max(1, Math.floor(n / options.bad)) : 0;
  let badLeft = options.bad ?? 0;
  const serial = new Map<string, number>();
  let i = 0;
  let order = 0;
  while (i < n) {
    order++;
    const exportDay = from + Math.floor((i / n) * span);
    const m = r.pick(MARKETS);
    const sellerCountry = r.pick(m.sellerCountries);
    const seller = r.pick(SELLER_NAMES[sellerCountry]);
    const sellerId = `${m.name.slice(0, 3).toUpperCase()}-${(seller.length * 7919 + sellerCountry.charCodeAt(0)) % 100000}`;
    const b = r.int(1, buyers);
    const first = FIRST[b % FIRST.length],
      last = LAST[(b * 7) % LAST.length];
    const [city, region, zip] = CITIES[(b * 3) % CITIES.length];
    const street = `${(b % 980) + 12} ${STREETS[(b * 11) % STREETS.length]}`;
    const [mode, transport] = r.pick(m.modes);
    // most orders are one parcel; some are split into 2-3 parcels (same buyer, same or next day)
    const parcels = r.chance(0.08) ? r.int(2, 3) : 1;
    const transit = mode === 'ocean' ? r.int(12, 13) : mode === 'postal' ? r.int(4, 9) : r.int(1, 5);
    const orderId = `${m.name
      .replace(/[^A-Za-z]/g, '')
      .slice(0, 3)
      .toUpperCase()}-${String(100000 + order)}`;
    for (let p = 0; p < parcels && i < n; p++, i++) {
      const prod = r.pick(PRODUCTS);
      const qty = r.chance(0.8) ? 1 : r.int(2, 4);
      const unitUsd = prod.usd[0] + r.next() * (prod.usd[1] - prod.usd[0]);
      const arrivalDay = exportDay + transit + (p > 0 && r.chance(0.3) ? 1 : 0);
      const filer = r.pick(FILERS);
      const s = (serial.get(filer) ?? 1000) + 1;
      serial.set(filer, s);
      const entry = formatEntryNumber(filer, String(s).padStart(7, '0'))!;
      const port = r.pick(m.ports);
      // filed the day before arrival; before 2024-02-15 some were filed up to 15 days after
      let filedDay = arrivalDay - 1;
      if (arrivalDay < daysFromCivil(2024, 2, 15) && r.chance(0.15)) filedDay = arrivalDay + r.int(1, 15);
      if (r.chance(0.01)) filedDay = arrivalDay + r.int(16, 30); // late filings, flagged
      const tracking =
        mode === 'postal'
          ? `L${String.fromCharCode(65 + (s % 26))}${String(100000000 + ((s * 7919) % 900000000))}${sellerCountry}`
          : `1Z${String(s * 7919 + order)
              .padStart(12, '0')
              .slice(-12)}`;
      const house = mode === 'postal' ? '' : `H${filer}${String(s).padStart(8, '0')}`;
      const master =
        mode === 'postal'
          ? ''
          : mode === 'ocean'
            ? `MSCU${String(order * 31).padStart(7, '0')}`
            : `${r.int(100, 999)}-${String(order * 97)
                .padStart(8, '0')
                .slice(-8)}`;
      const origin = r.chance(0.75) ? sellerCountry : r.pick(m.origins);
      const row: string[] = new Array(ORDER_COLUMNS.length).fill('');
      const set = (c: string, v: string) => (row[col(c)] = v);
      set('order_id', orderId);
      set('marketplace', m.name);
      set('marketplace_url', m.url);
      set('seller_id', sellerId);
      set('seller_name', seller);
      set('seller_address', `${r.int(1, 200)} ${sellerCountry === 'DE' ? 'Hauptstraße' : sellerCountry === 'JP' ? 'Shijo-dori' : 'High Street'}`);
      set('seller_city', SELLER_CITIES[sellerCountry][0]);
      set('seller_postal_code', SELLER_CITIES[sellerCountry][1]);
      set('seller_country', sellerCountry);
      set('seller_vetted', r.chance(0.7) ? 'yes' : 'no');
      set('buyer_id', `B${String(b).padStart(6, '0')}`);
      set('buyer_name', `${first} ${last}`);
      set('ship_to_address', street);
      set('ship_to_city', city);
      set('ship_to_region', region);
      set('ship_to_postal_code', zip);
      set('ship_to_country', 'US');
      set('tracking_number', tracking);
      set('house_bill', house);
      set('master_bill', master);
      set('mode', mode);
      set('transport', transport);
      set('ship_from', sellerCountry);
      set('export_date', isoDay(exportDay));
      set('arrival', isoDay(arrivalDay));
      set('kind', r.chance(0.03) ? 'gift' : 'purchase');
      set('description', prod.description);
      set('quantity', String(qty));
      set('price', amountIn(unitUsd * qty, m.currency, exportDay));
      set('currency', m.currency);
      set('origin', origin);
      set('hts', prod.hts);
      set('flags', prod.pgaFee && r.chance(0.5) ? 'pga-fee' : '');
      set('pga', prod.pga ? 'yes' : 'no');
      set('listing_url', `${m.url}/item/${sellerId.toLowerCase()}-${prod.hts.slice(0, 6)}`);
      set('port_of_entry', port);
      set('entry_number', entry);
      if (prod.pga) {
        set('importer_number', `${String(10 + (b % 89))}-${String(1000000 + ((b * 7919) % 8999999))}`);
        set('importer_type', 'IRS');
      }
      set('filed_at', isoDay(filedDay));
      if (badEvery && badLeft > 0 && i % badEvery === badEvery - 1) {
        badLeft--;
        yield SPOILERS[(options.bad! - badLeft - 1) % SPOILERS.length](row, col);
      } else yield row;
    }
  }
}

/** Writes a CSV of `n` rows to a file (streaming, for a million rows and more). */
export async function writeOrdersCsv(path: string, n: number, options: GenOptions = {}): Promise<void> {
  const out = createWriteStream(path);
  let batch: string[][] = [[...ORDER_COLUMNS]];
  for (const row of orderRows(n, options)) {
    batch.push(row);
    if (batch.length >= 2000) {
      if (!out.write(stringify(batch))) await once(out, 'drain');
      batch = [];
    }
  }
  if (batch.length) out.write(stringify(batch));
  await new Promise<void>((resolve, reject) => out.end((e?: Error | null) => (e ? reject(e) : resolve())));
}

/** examples/orders.csv and examples/rates-orders.json: what they are generated with */
export const EXAMPLE = { rows: 1200, seed: 321, bad: 15, out: 'examples/orders.csv', rates: 'examples/rates-orders.json' };

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const parsed = parseArgs({
    options: {
      rows: { type: 'string' },
      seed: { type: 'string' },
      bad: { type: 'string' },
      out: { type: 'string' },
      rates: { type: 'string' },
      example: { type: 'boolean' },
    },
  });
  const values = parsed.values.example ? { ...parsed.values, ...Object.fromEntries(Object.entries(EXAMPLE).map(([k, v]) => [k, String(v)])) } : parsed.values;
  if (values.rates) writeFileSync(values.rates, JSON.stringify(ordersRates(), null, 1) + '\n');
  if (values.out || !values.rates) {
    const n = Number(values.rows ?? 1000);
    const opts = { seed: Number(values.seed ?? 321), bad: Number(values.bad ?? 0) };
    if (values.out) {
      await writeOrdersCsv(values.out, n, opts);
      // the prices are in five currencies at illustrative rates: say which rates file decides them
      process.stderr.write(`wrote ${n} rows to ${values.out}; export them with --rates examples/rates-orders.json (the rates the rows were made with)\n`);
    } else {
      // `gen-orders.ts | head` : the reader has what it wanted
      process.stdout.on('error', (e: NodeJS.ErrnoException) => {
        if (e.code !== 'EPIPE') throw e;
        process.exit(0);
      });
      process.stdout.write(stringify([[...ORDER_COLUMNS]]));
      for (const row of orderRows(n, opts)) process.stdout.write(stringify([row]));
    }
  }
}

// The adapter contract. An adapter is a pure
// module: it reads the document and URL it is given and touches no global, no `browser.*`
// API (webextension-polyfill throws outside an extension), no network and no clock, so the same
// file runs in the content script, in a Web Test Runner page and in Node under `s321 extract`.

/** What a page is, as far as an adapter can tell. */
export type PageKind = 'product' | 'order' | 'seller-order' | 'other';
/** 'order' is a shopper's own order page (it feeds the popup's same-day totals); 'seller-order'
 * is a seller dashboard's order page (it feeds Data Pilot record drafts). */
export const PAGE_KINDS: readonly PageKind[] = ['product', 'order', 'seller-order', 'other'];

/** Where a value came from, so a draft can be checked against the page: 'dom' is a site
 * adapter's own selectors; 'json-ld', 'microdata', 'meta' (OpenGraph / product: meta) and 'state'
 * (the JSON a site embeds for its own scripts, e.g. __NEXT_DATA__) are the structured-data layer;
 * 'visible' is the visible-page layer (the price a person sees next to the title and buy button);
 * 'title' the document <title>; 'url' a value the page's address states (an item number);
 * 'domain' a currency inferred from the site's country domain or the page's language. */
export type Source = 'json-ld' | 'microdata' | 'meta' | 'title' | 'dom' | 'state' | 'visible' | 'url' | 'domain';
export const SOURCES: readonly Source[] = ['json-ld', 'microdata', 'meta', 'title', 'dom', 'state', 'visible', 'url', 'domain'];

export type DraftField = 'title' | 'price' | 'currency' | 'seller' | 'shipsFrom' | 'origin' | 'page' | 'importCharges' | 'order' | 'sku' | 'brand' | 'availability';
export const DRAFT_FIELDS: readonly DraftField[] = ['title', 'price', 'currency', 'seller', 'shipsFrom', 'origin', 'page', 'importCharges', 'order', 'sku', 'brand', 'availability'];

/** schema.org ItemAvailability, by its short name, as a page states it. */
export type Availability = 'InStock' | 'OutOfStock' | 'PreOrder' | 'BackOrder' | 'LimitedAvailability' | 'SoldOut' | 'Discontinued' | 'InStoreOnly' | 'OnlineOnly' | 'PreSale' | 'MadeToOrder' | 'Reserved';
export const AVAILABILITIES: readonly Availability[] = ['InStock', 'OutOfStock', 'PreOrder', 'BackOrder', 'LimitedAvailability', 'SoldOut', 'Discontinued', 'InStoreOnly', 'OnlineOnly', 'PreSale', 'MadeToOrder', 'Reserved'];

/** Why a field is null, or what a reader should know about its value. Codes are stable. */
export interface DraftNote {
  field: DraftField;
  code: string;
  message: string;
}

/** One line of an order page (kind "order": the order-history adapters). */
export interface DraftLine {
  title: string | null;
  quantity: number | null;
  price: string | null;
  currency: string | null;
  origin: string | null;
  /** the marketplace's item number / SKU of the line, when the order page shows it */
  sku?: string | null;
}

/** A name and address as an order page shows it (seller and shopper order pages). */
export interface DraftParty {
  name: string | null;
  line1: string | null;
  line2: string | null;
  city: string | null;
  region: string | null;
  postalCode: string | null;
  /** ISO 3166-1 alpha-2 */
  country: string | null;
}

/** An amount as a page states it; currency null when the page does not say which. */
export interface DraftMoney {
  amount: string;
  currency: string | null;
}

/** What an order page states about the order itself; every field null when not shown. */
export interface DraftOrder {
  /** who looks at the page: the shopper (order 'order' pages) or the seller ('seller-order') */
  role: 'shopper' | 'seller';
  /** the order date as the page states it, YYYY-MM-DD */
  date: string | null;
  total: DraftMoney | null;
  /** the account number the marketplace assigns to the seller, when the page shows it */
  sellerAccount: string | null;
  /** the party that placed and paid for the order */
  buyer: DraftParty | null;
  /** the final deliver-to party (ship-to name and address) */
  deliverTo: DraftParty | null;
  trackingNumber: string | null;
  carrier: string | null;
}

/** A separate import-charges line a marketplace shows (Temu "Import charges", eBay "Import
 * charges", Amazon "Import Fees Deposit"): not part of the listed price. */
export interface DraftCharge {
  amount: string;
  currency: string | null;
  /** the page's own label, e.g. "Import Fees Deposit" */
  label: string;
}

/**
 * What a page shows, and nothing invented: every field the page does not state is null, and a
 * note says why. Amounts are plain decimal strings that core's parseAmount reads ("1234.56").
 */
export interface Draft {
  /** id of the adapter that produced it */
  adapter: string;
  url: string;
  kind: PageKind;
  title: string | null;
  /** the price of one unit as the page states it; null when absent, unreadable or a range */
  price: string | null;
  currency: string | null;
  /** when the page shows a range of prices (variants) instead of one */
  priceRange: { min: string; max: string } | null;
  seller: string | null;
  /** ISO 3166-1 alpha-2 of the country the goods ship from, when the page states it */
  shipsFrom: string | null;
  /** ISO 3166-1 alpha-2 country of origin, when the page states it */
  origin: string | null;
  sku: string | null;
  brand: string | null;
  /** schema.org availability of the offer, when the page states it (optional: drafts stored
   * before it existed lack it) */
  availability?: Availability | null;
  /** order pages only */
  orderId: string | null;
  lines: DraftLine[];
  sources: Partial<Record<DraftField, Source>>;
  notes: DraftNote[];
  /** optional, absent unless a site adapter sets it: the import-charges line shown
   * next to the price, null when the page shows none */
  importCharges?: DraftCharge | null;
  /** the page's own words saying duties/tariffs are included in the price (Shein) */
  tariffsIncluded?: string | null;
  /** order pages (kind 'order' or 'seller-order') */
  order?: DraftOrder;
}

export interface Adapter {
  /** stable id, also the file name: "generic", "amazon", ... */
  id: string;
  /** the marketplace's name as people write it ("eBay", "AliExpress"): shown to the user and
   * written as the marketplace's name in seller records */
  name: string;
  /** whether this adapter knows this URL's site; the generic adapter takes any http(s) page */
  matches(url: URL): boolean;
  pageKinds: readonly PageKind[];
  /** pure: reads `document` (a browser, DOMParser or linkedom document) and returns a draft */
  extract(document: Document, url: URL): Draft;
  /** example URLs it must match; every other adapter must reject them (meta test) */
  examples: readonly string[];
  /**
   * The manifest match patterns of this site's supported marketplace hosts (host permissions
   * only for supported marketplaces): the content script runs there on its own,
   * and anywhere else only after the user clicks the toolbar button (activeTab). The built
   * manifests' content_scripts matches and host_permissions are the union of these, in registry
   * order (vite.config.ts writes them; test/node/extension/manifest.test.ts checks the builds),
   * every pattern is a host `matches()` accepts, and every example and fixture URL is covered (test/node/extension/adapters/meta.test.ts). Absent for
   * the generic adapter and for hosts an adapter reads only after a click.
   */
  hosts?: readonly string[];
  /**
   * Optional: whether this page is one of this adapter's although its URL is not
   * (Shopify storefronts live on their shops' own domains). The registry asks it only when no
   * site adapter claims the URL, so it can never take another site's page. Pure and cheap;
   * must not throw.
   */
  detects?(document: Document, url: URL): boolean;
}

// The adapter contract (issue 5; site adapters of issue 6 follow it). An adapter is a pure
// module: it reads the document and URL it is given and touches no global, no `browser.*`
// API (webextension-polyfill throws outside an extension), no network and no clock, so the same
// file runs in the content script, in a Web Test Runner page and in Node under `s321 extract`.

/** What a page is, as far as an adapter can tell. */
export type PageKind = 'product' | 'order' | 'other';
export const PAGE_KINDS: readonly PageKind[] = ['product', 'order', 'other'];

/** Where a value came from, so a draft can be checked against the page. */
export type Source = 'json-ld' | 'microdata' | 'meta' | 'title' | 'dom';
export const SOURCES: readonly Source[] = ['json-ld', 'microdata', 'meta', 'title', 'dom'];

export type DraftField = 'title' | 'price' | 'currency' | 'seller' | 'shipsFrom' | 'origin' | 'page';
export const DRAFT_FIELDS: readonly DraftField[] = ['title', 'price', 'currency', 'seller', 'shipsFrom', 'origin', 'page'];

/** Why a field is null, or what a reader should know about its value. Codes are stable. */
export interface DraftNote {
  field: DraftField;
  code: string;
  message: string;
}

/** One line of an order page (kind "order"; issue 6's order-history adapters). */
export interface DraftLine {
  title: string | null;
  quantity: number | null;
  price: string | null;
  currency: string | null;
  origin: string | null;
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
  /** order pages only */
  orderId: string | null;
  lines: DraftLine[];
  sources: Partial<Record<DraftField, Source>>;
  notes: DraftNote[];
}

export interface Adapter {
  /** stable id, also the file name: "generic", "amazon", ... */
  id: string;
  /** whether this adapter knows this URL's site; the generic adapter takes any http(s) page */
  matches(url: URL): boolean;
  pageKinds: readonly PageKind[];
  /** pure: reads `document` (a browser, DOMParser or linkedom document) and returns a draft */
  extract(document: Document, url: URL): Draft;
  /** example URLs it must match; every other adapter must reject them (meta test) */
  examples: readonly string[];
}

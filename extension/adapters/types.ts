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

export type DraftField =
  | 'title'
  | 'price'
  | 'currency'
  | 'seller'
  | 'shipsFrom'
  | 'origin'
  | 'page'
  | 'importCharges'
  | 'order'
  | 'sku'
  | 'brand'
  | 'availability';
export const DRAFT_FIELDS: readonly DraftField[] = [
  'title',
  'price',
  'currency',
  'seller',
  'shipsFrom',
  'origin',
  'page',
  'importCharges',
  'order',
  'sku',
  'brand',
  'availability',
];

/** schema.org ItemAvailability, by its short name, as a page states it. */
export type Availability =
  | 'InStock'
  | 'OutOfStock'
  | 'PreOrder'
  | 'BackOrder'
  | 'LimitedAvailability'
  | 'SoldOut'
  | 'Discontinued'
  | 'InStoreOnly'
  | 'OnlineOnly'
  | 'PreSale'
  | 'MadeToOrder'
  | 'Reserved';
export const AVAILABILITIES: readonly Availability[] = [
  'InStock',
  'OutOfStock',
  'PreOrder',
  'BackOrder',
  'LimitedAvailability',
  'SoldOut',
  'Discontinued',
  'InStoreOnly',
  'OnlineOnly',
  'PreSale',
  'MadeToOrder',
  'Reserved',
];

// The draft's types are derived from its contract (draft-schema.ts), which states each field.
import type { Draft } from './draft-schema.ts';
export type { Draft, DraftCharge, DraftLine, DraftMoney, DraftNote, DraftOrder, DraftParty } from './draft-schema.ts';

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
